#!/usr/bin/env bash
# The invariant checker's incremental mode (re-checking only the SPTEs the
# MMU logged as written, sim/invariants.c) must find what walking everything
# at every check finds.  For every bug knob, the same 100-execution campaign
# (same seeds, no shrinking) with and without --full-checks must give the
# same steps, failing executions, distinct violations and first failing
# execution (checks reach no scheduling point, so the schedules are the
# same); and every shipped failure and finding, and every failure those
# campaigns wrote, reports its first violation at the same step both ways.
# Usage: full_checks_test.sh GMEMSIM SOURCE_DIR
set -euo pipefail
gmemsim=$(realpath "$1")
src=$(realpath "$2")
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

fail() { echo "full_checks_test: $*" >&2; exit 1; }

# A campaign's summary (executions, steps, violations, when first found).
summary() {
	"$gmemsim" explore --inject "$1" --iterations 100 --no-shrink --json --no-progress \
		--out "$out/$1$2" $2 2>/dev/null |
		sed -n 's/.*"executions":\([0-9]*\),"steps":\([0-9]*\),"violations":\([0-9]*\),"distinct":\([0-9]*\),"first_found_exec":\([0-9]*\).*/\1 \2 \3 \4 \5/p' || true
}

knobs=$("$gmemsim" explore --list-bugs | awk '/^B[0-9]/ { print $2 }')
[ -n "$knobs" ] || fail "no bug knobs listed"
found=0
for k in $knobs; do
	inc=$(summary "$k" "")
	full=$(summary "$k" --full-checks)
	[ -n "$inc" ] || fail "$k: no summary"
	[ "$inc" = "$full" ] || fail "$k: incremental checks: '$inc'; full checks: '$full'"
	[ "$(cut -d' ' -f3 <<<"$inc")" -eq 0 ] || found=$((found + 1))
done
[ "$found" -ge 4 ] || fail "only $found knobs found in 100 executions: the test compares too little"

# The first report of a replay: what broke, and by whom at which step.
first() {
	{ "$gmemsim" replay "$@" 2>&1 || true; } |
		awk '/VIOLATION/ { v = $0 } !done && / actor .*, step / { print v " /" $0; done = 1 }'
}

cd "$src"
n=0
for f in traces/failures/*.gms traces/findings/*.gms "$out"/*/gmemsim-failure-*.gms; do
	[ -e "$f" ] || continue
	a=$(first "$f")
	b=$(first --full-checks "$f")
	[ -n "$a" ] || fail "$f: no violation reported"
	[ "$a" = "$b" ] || fail "$f: first report '$a'; with --full-checks '$b'"
	n=$((n + 1))
done
[ "$n" -ge 6 ] || fail "only $n failing traces compared"
echo "full_checks_test: ok ($(wc -w <<<"$knobs") knobs, $found found in the window, $n first reports alike)"
