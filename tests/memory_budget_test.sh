#!/usr/bin/env bash
# The memory budget (--max-memory, default 4G of model heap): a world that
# does not fit is refused before it runs (exit 2, FILE:LINE:COL naming the
# statement), a run that outgrows it mid-way stops like one at its step budget
# (result BUDGET, exit 3, JSON "out_of_memory":true, no violation reports:
# the failed allocations' wake is not a finding), and bad values are refused.
# Usage: memory_budget_test.sh GMEMSIM
set -euo pipefail
gmemsim=$(realpath "$1")
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

fail() { echo "memory_budget_test: $*" >&2; exit 1; }

# A 4T slot on the legacy MMU: memslot_rmap_alloc() asks for 8G of rmaps.
cat >"$out/huge_slot.gms" <<'T'
gmemsim-trace 1
vm type=default vcpus=1 mmu=legacy
memfd_create name=shm size=4T expect=0
mmap name=m len=4T prot=read|write shared memfd=shm expect=0
set_memory_region slot=0 gpa=0 size=4T mem=m expect=0
vcpu0: write gpa=0x100000 value=1 expect=0
T
for mode in det free ordered; do
	rc=0
	"$gmemsim" replay --mode $mode "$out/huge_slot.gms" >"$out/o" 2>"$out/e" || rc=$?
	[ "$rc" -eq 2 ] || fail "$mode: a world past the budget exited $rc, not 2: $(cat "$out/e")"
	grep -q "^$out/huge_slot.gms:5:1: the world does not fit in the memory budget of 4096 MiB" \
		"$out/e" || fail "$mode: refusal not named: $(cat "$out/e")"
	! grep -q VIOLATION "$out/e" || fail "$mode: the refused world reported: $(cat "$out/e")"
done

# 64M of private memory pre-faulted: the setup fits in 1M, the events do not.
cat >"$out/grow.gms" <<'T'
gmemsim-trace 1
vm type=sw_protected vcpus=1 mmu=tdp
gmem_create name=g size=64M expect=0
set_memory_region slot=0 gpa=0 size=64M gmem=g flags=guest_memfd expect=0
set_memory_attributes gpa=0 size=64M private expect=0
vcpu0: pre_fault gpa=0 size=64M expect=0
T
"$gmemsim" replay --quiet "$out/grow.gms" >/dev/null || fail "64M pre-fault fails in the default budget"
for mode in det free ordered; do
	rc=0
	"$gmemsim" replay --mode $mode --max-memory 1M "$out/grow.gms" >"$out/o" 2>"$out/e" || rc=$?
	[ "$rc" -eq 3 ] || fail "$mode: a run past its memory budget exited $rc, not 3: $(cat "$out/e")"
	grep -q ' BUDGET ' "$out/o" || fail "$mode: no BUDGET result: $(cat "$out/o")"
	grep -q 'stopped at its memory budget of 1 MiB' "$out/e" ||
		fail "$mode: the memory budget is not named: $(cat "$out/e")"
	grep -q 'asked with [0-9]* KiB held' "$out/e" ||
		fail "$mode: what it held is not in KiB under a 1 MiB budget: $(cat "$out/e")"
	! grep -q VIOLATION "$out/e" || fail "$mode: a run at its memory budget reported: $(cat "$out/e")"
	rc=0
	"$gmemsim" replay --mode $mode --max-memory 1M --json "$out/grow.gms" >"$out/j" 2>/dev/null ||
		rc=$?
	[ "$rc" -eq 3 ] && grep -q '"status":"budget","violations":0' "$out/j" &&
		grep -q '"out_of_memory":true' "$out/j" || fail "$mode: JSON of a memory stop: $(cat "$out/j")"
done

# explore: a world that never fits ends the campaign as bad input, at once.
rc=0
"$gmemsim" explore --scenario "$out/huge_slot.gms" --iterations 50 --no-progress >"$out/o" \
	2>"$out/e" || rc=$?
[ "$rc" -eq 2 ] || fail "explore past its memory budget exited $rc, not 2: $(cat "$out/e")"
grep -q 'does not fit in the memory budget' "$out/e" || fail "explore: refusal not named: $(cat "$out/e")"
[ "$(grep -c 'does not fit' "$out/e")" -eq 1 ] || fail "explore went on after the refusal"

# ... and executions that outgrow it are counted apart, not failures.
"$gmemsim" explore --scenario "$out/grow.gms" --max-memory 1M --iterations 2 --no-progress \
	>"$out/o" 2>"$out/e" || fail "explore with budget stops exited $?: $(cat "$out/o" "$out/e")"
grep -q '^explore: 2 executions stopped at their step or memory budget' "$out/o" ||
	fail "explore does not count its budget stops: $(cat "$out/o")"

for v in 1x 0x -1 " 1G" 512K 1G5 nan; do
	rc=0
	"$gmemsim" replay --max-memory "$v" "$out/grow.gms" >/dev/null 2>"$out/e" || rc=$?
	[ "$rc" -eq 2 ] && grep -q "bad --max-memory" "$out/e" || fail "--max-memory '$v': exit $rc"
done
"$gmemsim" replay --quiet --max-memory 0 "$out/grow.gms" >/dev/null || fail "--max-memory 0 (none)"
echo "memory_budget_test: ok"
