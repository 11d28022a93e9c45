#!/usr/bin/env bash
# Long traces replay in the deterministic modes.  The livelock bound counts
# scheduling points without progress (no statement completing), not points in
# all: a 60,000-event `mixed` trace takes well over the old fixed bound of
# 1,000,000 points and must finish clean.  The step budget (--max-steps) stops
# a run without a violation: result BUDGET, exit 3, JSON status "budget", the
# actors drained so the teardown finds nothing.
# Usage: long_trace_test.sh GMEMSIM TRACEGEN
set -euo pipefail
gmemsim=$(realpath "$1")
tracegen=$(realpath "$2")
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

fail() { echo "long_trace_test: $*" >&2; exit 1; }

"$tracegen" --profile mixed --events 60000 --vcpus 2 --seed 5 -o "$out/long.gms" 2>/dev/null
json=$("$gmemsim" replay --mode det --json --check-every 1000 "$out/long.gms") ||
	fail "det replay of a 60,000-event trace failed: $json"
steps=$(sed 's/.*"steps":\([0-9]*\).*/\1/' <<<"$json")
[ "$steps" -gt 1000000 ] || fail "the trace took only $steps points: not past the old bound"
"$gmemsim" replay --mode ordered --quiet --check-every 1000 "$out/long.gms" >/dev/null ||
	fail "ordered replay of a 60,000-event trace failed"

for mode in det ordered; do
	rc=0
	"$gmemsim" replay --mode "$mode" --max-steps 5000 "$out/long.gms" >"$out/budget" \
		2>"$out/budget.err" || rc=$?
	[ "$rc" -eq 3 ] || fail "$mode: a run at its budget exited $rc, not 3: $(cat "$out/budget.err")"
	grep -q ' BUDGET ' "$out/budget" || fail "$mode: no BUDGET result: $(cat "$out/budget")"
	grep -q 'stopped at its budget of 5000 scheduling points' "$out/budget.err" ||
		fail "$mode: the budget is not named: $(cat "$out/budget.err")"
	! grep -q VIOLATION "$out/budget.err" ||
		fail "$mode: a run stopped at its budget reported: $(cat "$out/budget.err")"
	rc=0
	"$gmemsim" replay --mode "$mode" --max-steps 5000 --json "$out/long.gms" >"$out/budget.json" ||
		rc=$?
	[ "$rc" -eq 3 ] && grep -q '"status":"budget","violations":0' "$out/budget.json" ||
		fail "$mode: JSON of a budget stop: rc $rc, $(cat "$out/budget.json")"
done

rc=0
"$gmemsim" replay --max-steps 0 "$out/long.gms" >/dev/null 2>&1 || rc=$?
[ "$rc" -eq 2 ] || fail "--max-steps 0 exited $rc, not 2"
echo "long_trace_test: ok ($steps points in det mode)"
