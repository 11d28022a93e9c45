#!/usr/bin/env bash
# The recorder (tools/record): libgmemsim-rec.so writes the marker the fake
# VMM expects for every call it makes, byte for byte, whether the KVM
# ioctls fail on a stand-in memfd or succeed on libfakekvm.so; what it
# writes imports; gmemsim-record skips cleanly without /dev/kvm or tracefs
# and refuses bad usage.  Where this host has both, it also records the
# fake VMM for real, checks the instance is removed afterwards, Ctrl-C
# included, and imports the recording.
# Usage: record_test.sh LIBGMEMSIM_REC LIBFAKEKVM FAKE_VMM GMEMSIM SOURCE_DIR
set -uo pipefail
shim=$(realpath "$1")
fake=$(realpath "$2")
vmm=$(realpath "$3")
gmemsim=$(realpath "$4")
rec=$(realpath "$5")/tools/record/gmemsim-record
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

fail() { echo "record_test: $*" >&2; exit 1; }

# run NAME PRELOAD [ENV...]: the fake VMM under the shim; markers vs expected.
run() {
	local name=$1 preload=$2
	shift 2
	: >"$out/$name.markers"
	env "$@" GMEMSIM_REC_MARKER="$out/$name.markers" LD_PRELOAD="$preload" "$vmm" \
		>"$out/$name.expected" 2>"$out/$name.err" || fail "$name: the fake VMM exited $?: $(cat "$out/$name.err")"
	diff "$out/$name.expected" "$out/$name.markers" >"$out/$name.diff" ||
		fail "$name: the shim's markers differ from the fake VMM's (< expected, > written): $(head -20 "$out/$name.diff")"
	[ -s "$out/$name.err" ] && fail "$name: the shim said something: $(cat "$out/$name.err")"
	return 0
}
# has NAME ERE: fd numbers depend on what the caller left open, so they are matched as FD.
has() {
	local re=${2//FD/[0-9]+}
	grep -qxE "gmemsim-rec: $re" "$out/$1.markers" || fail "$1: no marker matching '$re'"
}

# 1. No KVM: every KVM ioctl fails on a memfd, and is still recorded.
run nokvm "$shim" RECORD_FAKE_VMM_KVM=/nonexistent
has nokvm "memfd_create flags=0 ret=FD"
has nokvm "vm_create type=0 ret=-ENOTTY"
has nokvm "vcpu_create vm=FD id=0 ret=-ENOTTY"
has nokvm "create_guest_memfd vm=FD size=0x80000 flags=0 ret=-ENOTTY"
has nokvm "get_dirty_log vm=FD slot=1 ret=-ENOTTY"
has nokvm "note text=\"ioctl fd=FD req=0x40a0ae49 arg=0x10 unreadable ret=-ENOTTY\""
grep -q 'kvm_run' "$out/nokvm.markers" && fail "nokvm: a KVM_RUN on no vCPU was recorded"
[ "$(wc -l <"$out/nokvm.markers")" -ge 20 ] || fail "nokvm: only $(wc -l <"$out/nokvm.markers") markers"

# 2. The fake KVM: fds, vCPU ids, exit reasons, the dirty bitmap, pre-fault as asked.
run fakekvm "$shim $fake"
has fakekvm "vm_create type=0 ret=FD"
has fakekvm "vcpu_create vm=FD id=0 ret=FD"
has fakekvm "create_guest_memfd vm=FD size=0x80000 flags=0 ret=FD"
has fakekvm "kvm_run_end vcpu=0 ret=0 exit_reason=5 mmio_exits=0"
has fakekvm "kvm_run_end vcpu=0 ret=0 exit_reason=6 mmio_exits=0"
has fakekvm "pre_fault_memory vcpu=FD gpa=0x400000 size=0x2000 ret=0"
has fakekvm "get_dirty_log vm=FD slot=1 ret=0 dirty_pages=8"
has fakekvm "fallocate fd=FD mode=3 offset=0x1000 len=0x1000 ret=0"
has fakekvm "close fd=FD ret=0"

# What the shim writes is what the importer reads: as tracefs lines, it imports.
awk '{ printf " record_fake_vmm-4242    [000] ...1.   100.%06d: tracing_mark_write: %s\n", NR, $0 }' \
	"$out/fakekvm.markers" >"$out/fakekvm.txt"
"$gmemsim" import "$out/fakekvm.txt" -o "$out/fakekvm.gms" >"$out/fakekvm.summary" 2>&1 ||
	fail "the shim's markers do not import: $(cat "$out/fakekvm.summary")"
for want in "vmm: gmem_create name=g0 size=0x80000 flags=0 expect=0" \
	"vmm: get_dirty_log slot=1 as=0 expect=value:8" "vcpu0: pre_fault gpa=0x400000 size=0x2000 expect=0" \
	"vmm: gmem_fallocate gmem=g0 offset=0x1000 len=0x1000 mode=0x3 expect=0" "vmm: gmem_close gmem=g0 expect=0"; do
	grep -qF "$want" "$out/fakekvm.gms" || fail "the import lacks '$want': $(cat "$out/fakekvm.gms")"
done

# 3. gmemsim-record: skips where it cannot record, refuses bad usage.
expect_rc() {
	local want=$1 msg=$2 rc
	shift 2
	"$@" >"$out/rec.out" 2>&1
	rc=$?
	[ "$rc" = "$want" ] || fail "'$*' exited $rc, not $want: $(cat "$out/rec.out")"
	grep -qF -- "$msg" "$out/rec.out" || fail "'$*' did not say '$msg': $(cat "$out/rec.out")"
}
expect_rc 77 "skipped: no /nonexistent on this host" env GMEMSIM_REC_KVM=/nonexistent "$rec" --lib "$shim" -- true
expect_rc 77 "skipped: tracefs is not mounted" env GMEMSIM_REC_KVM=/dev/null GMEMSIM_TRACEFS=/nonexistent \
	"$rec" --lib "$shim" -- true
expect_rc 2 "Usage: gmemsim-record" "$rec" --lib "$shim"
expect_rc 2 "unknown option '--bogus'" "$rec" --bogus -- true
expect_rc 2 "--buffer-kb '0x10' is no size" "$rec" --buffer-kb 0x10 -- true
expect_rc 2 "no libgmemsim-rec.so" "$rec" --lib /nonexistent.so -- true

# 4. This host itself, where it has KVM and a writable tracefs.
tracefs=""
for t in /sys/kernel/tracing /sys/kernel/debug/tracing; do
	[ -w "$t/instances" ] && [ -d "$t/events/kvm" ] && { tracefs=$t; break; }
done
if [ ! -r /dev/kvm ] || [ ! -w /dev/kvm ] || [ -z "$tracefs" ]; then
	echo "record_test: no /dev/kvm or no writable tracefs here: recording on this host is not tried"
	exit 0
fi
before=$(ls "$tracefs/instances")
"$rec" --lib "$shim" -o "$out/real.txt" -- "$vmm" \
	>"$out/real.expected" 2>"$out/real.err" || fail "recording the fake VMM exited $?: $(cat "$out/real.err")"
grep -q "markers, \([0-9]*\) of \1 events kept (command exited 0)" "$out/real.err" ||
	fail "no clean summary: $(cat "$out/real.err")"
sed -n 's/.*tracing_mark_write: //p' "$out/real.txt" | diff "$out/real.expected" - >"$out/real.diff" ||
	fail "the recorded markers differ from the fake VMM's: $(head -20 "$out/real.diff")"
[ "$(ls "$tracefs/instances")" = "$before" ] || fail "the tracefs instance was left behind"
"$gmemsim" import "$out/real.txt" -o "$out/real.gms" >"$out/real.summary" 2>&1 ||
	fail "the real recording does not import: $(cat "$out/real.summary")"
grep -q "host profile: 6.18-legacy" "$out/real.summary" || [ "$(cat /sys/module/kvm/parameters/tdp_mmu)" = Y ] ||
	fail "a tdp_mmu=N host was not recognised as 6.18-legacy: $(cat "$out/real.summary")"

# Ctrl-C: the whole foreground group gets SIGINT; the recording is kept, the instance goes.
# (A background job of a script starts with SIGINT ignored, which bash cannot undo: perl can.)
setsid perl -e '$SIG{INT} = "DEFAULT"; exec @ARGV or die "exec: $!"' "$rec" --lib "$shim" -o "$out/int.txt" -- sleep 30 >"$out/int.err" 2>&1 &
pid=$!
for _ in $(seq 50); do
	[ "$(ls "$tracefs/instances")" != "$before" ] && pgrep -s "$pid" sleep >/dev/null && break
	sleep 0.1
done
kill -INT -- -"$pid"
wait "$pid"
rc=$?
[ "$rc" = 130 ] || fail "an interrupted recording exited $rc, not 130 (sleep's SIGINT): $(cat "$out/int.err")"
grep -q "interrupted" "$out/int.err" || fail "an interrupted recording did not say so: $(cat "$out/int.err")"
[ -s "$out/int.txt" ] || fail "an interrupted recording saved nothing"
[ "$(ls "$tracefs/instances")" = "$before" ] || fail "the instance was left behind after Ctrl-C"
echo "record_test: recorded on this host too ($tracefs)"
