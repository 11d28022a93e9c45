#!/usr/bin/env bash
# The command line as a user meets it: --help on each subcommand, and the
# replay line explore prints for a failure must reproduce that failure as
# plain `gmemsim replay FILE` (the trace's run line names the knobs).
# Usage: cli_test.sh GMEMSIM
set -euo pipefail
gmemsim=$(realpath "$1")
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

fail() { echo "cli_test: $*" >&2; exit 1; }

for sub in replay check explore explain; do
	"$gmemsim" "$sub" --help >"$out/help" || fail "$sub --help exited $?"
	grep -q '^usage: gmemsim' "$out/help" || fail "$sub --help printed no usage"
done

# explore --profile: the programs name the host, a legacy host gets default
# VMs on the legacy MMU, an unknown profile is bad input.
rc=0
"$gmemsim" explore --profile 6.18-legacy --family all --iterations 40 --small --out "$out" \
	--no-progress --json >"$out/legacy.json" 2>&1 || rc=$?
[ "$rc" -eq 0 ] || fail "explore --profile 6.18-legacy exited $rc: $(tail -3 "$out/legacy.json")"
rc=0
"$gmemsim" explore --profile 6.18-bogus --iterations 1 >"$out/bogus" 2>&1 || rc=$?
[ "$rc" -eq 2 ] && grep -q "unknown --profile '6.18-bogus'" "$out/bogus" ||
	fail "explore --profile 6.18-bogus: exit $rc, $(cat "$out/bogus")"

# Seed 5876 under PCT finds B2 in one execution (explore_test finds it by search;
# the seed moves whenever the fault path gains or loses scheduling points).
rc=0
"$gmemsim" explore --inject fault-seq-after-attr --seed 5876 --iterations 1 \
	--strategy pct --out "$out" --no-progress >"$out/explore" 2>&1 || rc=$?
[ "$rc" -eq 1 ] || fail "explore with B2 exited $rc, not 1 (a violation): $(cat "$out/explore")"
line=$(sed -n 's/^  replay: //p' "$out/explore" | head -1)
[ -n "$line" ] || fail "no replay line in: $(cat "$out/explore")"
case "$line" in
"gmemsim replay "*.gms) ;;
*) fail "replay line is not a plain 'gmemsim replay FILE': $line" ;;
esac
trace=${line#gmemsim replay }
grep -q '^run .* inject=fault-seq-after-attr' "$trace" ||
	fail "the failure trace's run line does not name the knob it needs"
# The trace expects the violation: replaying it as printed passes ...
read -ra words <<<"$line"
"$gmemsim" "${words[@]:1}" >"$out/replay" 2>&1 || fail "printed replay line exited $?: $line"
# ... and each violation is printed once, however many checks see it.
n=$(grep -c '^gmemsim: VIOLATION' "$out/replay" || true)
[ "$n" -eq 1 ] || fail "replay printed $n violation reports, not 1: $(cat "$out/replay")"
# Without the knob the kernel is fixed: the expected violation does not happen.
sed 's/ inject=[^ ]*//' "$trace" >"$out/fixed.gms"
rc=0
"$gmemsim" replay "$out/fixed.gms" >"$out/replay" 2>&1 || rc=$?
[ "$rc" -eq 1 ] || fail "replay without the knob exited $rc, not 1 (expectation unmet)"
# explain: the interleaving in words names the preemption, both racing
# statements, the invariant and the knob, and exits 0 (expected violation seen).
"$gmemsim" explain "$trace" >"$out/explain" 2>&1 || fail "explain exited $?: $(cat "$out/explain")"
for want in '\[preemption 1\]' 'set_memory_attributes' 'inv8-spte-privateness' \
	'^in words:' 'fault-seq-after-attr (bug-zoo B2)' 'vmm runs' 'vcpu0 resumes'; do
	grep -q "$want" "$out/explain" || fail "explain lacks '$want': $(cat "$out/explain")"
done
# The run line is short: preemptions, not one digit pair per decision.
len=$(grep '^run ' "$trace" | wc -c)
[ "$len" -lt 200 ] || fail "run line of $len characters"
# The README's bug example, word for word: with its default budget it stops on the bug.
rc=0
(cd "$out" && "$gmemsim" explore --inject fault-seq-after-attr --stop-after 1 \
	>"$out/readme" 2>&1) || rc=$?
[ "$rc" -eq 1 ] || fail "README example exited $rc, not 1: $(tail -3 "$out/readme")"
grep -q '^explore: violation inv8-spte-privateness' "$out/readme" ||
	fail "README example did not find B2: $(tail -3 "$out/readme")"
# Hostile arguments are bad input (exit 2) at once, not a run that never ends.
for args in "--time nan" "--time inf" "--time -1" "--iterations -1" "--iterations 1x"; do
	rc=0
	timeout 20 "$gmemsim" explore $args --no-progress >/dev/null 2>&1 || rc=$?
	[ "$rc" -eq 2 ] || fail "explore $args exited $rc, not 2"
done
rc=0
timeout 20 "$gmemsim" explore --iterations ' -1' --no-progress >/dev/null 2>&1 || rc=$?
[ "$rc" -eq 2 ] || fail "explore --iterations ' -1' exited $rc, not 2"
# An --out that cannot be written is found before the campaign, not at its first failure.
rc=0
timeout 20 "$gmemsim" explore --iterations 1 --out /proc/no/such --no-progress \
	>"$out/badout" 2>&1 || rc=$?
[ "$rc" -eq 2 ] || fail "explore --out /proc/no/such exited $rc, not 2"
grep -q 'cannot create /proc/no/such' "$out/badout" || fail "no message for a bad --out"
# A file name with a quote still gives valid JSON.
cp "$trace" "$out/a\"b.gms"
"$gmemsim" replay --json "$out/a\"b.gms" >"$out/json" 2>/dev/null || true
grep -q '^{"trace":"[^"]*a\\"b.gms","mode"' "$out/json" ||
	fail "--json does not escape a quote: $(cat "$out/json")"

# Host profiles: --list-profiles names them; --profile overrides the trace's;
# a VM the host cannot create, or an MMU it does not have, is bad input with
# FILE:LINE:COL; an unknown profile is bad input.
"$gmemsim" replay --list-profiles >"$out/profiles" || fail "--list-profiles exited $?"
grep -q '^6.18-tdp .*(default)$' "$out/profiles" || fail "no default 6.18-tdp in: $(cat "$out/profiles")"
grep -q '^6.18-legacy ' "$out/profiles" || fail "no 6.18-legacy in: $(cat "$out/profiles")"
printf 'gmemsim-trace 1\nvm type=sw_protected vcpus=1\n' >"$out/sw.gms"
"$gmemsim" replay --quiet "$out/sw.gms" >/dev/null || fail "a SW_PROTECTED VM on 6.18-tdp failed"
rc=0
"$gmemsim" replay --profile 6.18-legacy "$out/sw.gms" >/dev/null 2>"$out/err" || rc=$?
[ "$rc" -eq 2 ] || fail "SW_PROTECTED on 6.18-legacy exited $rc, not 2"
grep -q "sw.gms:2:1: KVM_CREATE_VM type 1 failed: -EINVAL (host profile 6.18-legacy offers the VM types 0x1)" \
	"$out/err" || fail "wrong message for SW_PROTECTED on 6.18-legacy: $(cat "$out/err")"
printf 'gmemsim-trace 1\nvm vcpus=1 mmu=tdp profile=6.18-legacy\n' >"$out/tdp.gms"
rc=0
"$gmemsim" replay "$out/tdp.gms" >/dev/null 2>"$out/err" || rc=$?
[ "$rc" -eq 2 ] || fail "mmu=tdp on 6.18-legacy exited $rc, not 2"
grep -q "tdp.gms:2:1: mmu=tdp: host profile 6.18-legacy has no TDP" "$out/err" ||
	fail "wrong message for mmu=tdp on 6.18-legacy: $(cat "$out/err")"
"$gmemsim" replay --quiet --profile 6.18-tdp "$out/tdp.gms" >/dev/null ||
	fail "--profile 6.18-tdp did not override the trace's profile"
rc=0
"$gmemsim" replay --profile 6.19 "$out/sw.gms" >/dev/null 2>"$out/err" || rc=$?
[ "$rc" -eq 2 ] && grep -q "unknown --profile '6.19' (6.18-tdp, 6.18-legacy)" "$out/err" ||
	fail "unknown --profile: exit $rc, $(cat "$out/err")"
echo "cli_test: ok"
