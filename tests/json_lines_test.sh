#!/usr/bin/env bash
# Every JSON line the CLI can print parses (jq), one JSON value per line:
# replay --json over every shipped trace in every mode (clean runs, the
# failures with their violations, a budget stop, a file name that needs
# escaping) and explore --json (failure events, the summary, an interrupted
# campaign).
# Usage: json_lines_test.sh GMEMSIM SOURCE_DIR
set -euo pipefail
gmemsim=$(realpath "$1")
src=$(realpath "$2")
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

fail() { echo "json_lines_test: $*" >&2; exit 1; }
command -v jq >/dev/null || { echo "json_lines_test: no jq (tools/setup.sh)"; exit 77; }

# @1: a file of JSON lines, @2: what printed it; every line one value.
check() {
	local lines values
	[ -s "$1" ] || fail "$2 printed no JSON"
	jq -c . "$1" >"$out/parsed" 2>"$out/jq.err" || fail "$2: invalid JSON: $(cat "$out/jq.err")"
	lines=$(wc -l <"$1")
	values=$(wc -l <"$out/parsed")
	[ "$lines" -eq "$values" ] || fail "$2: $lines lines but $values JSON values"
	n=$((n + lines))
}
n=0

cd "$src"
for mode in free det ordered; do
	"$gmemsim" replay --json --mode "$mode" traces/examples/*.gms >"$out/ex.$mode" || true
	check "$out/ex.$mode" "replay --json --mode $mode traces/examples"
done
"$gmemsim" replay --json traces/failures/*.gms traces/findings/*.gms >"$out/fail" 2>/dev/null || true
check "$out/fail" "replay --json of the failures and findings"
grep -q '"violations":[1-9]' "$out/fail" || fail "no violation in the failures' JSON"
"$gmemsim" replay --json --max-steps 50 traces/examples/punch_race.gms >"$out/budget" 2>/dev/null || true
check "$out/budget" "replay --json --max-steps"
grep -q '"status":"budget"' "$out/budget" || fail "no budget status: $(cat "$out/budget")"
cp traces/examples/private_fault.gms "$out/we\"ird\\name	tab.gms"
"$gmemsim" replay --json "$out/we\"ird\\name	tab.gms" >"$out/weird" 2>/dev/null || true
check "$out/weird" "replay --json of a file name with a quote, a backslash and a tab"
[ "$(jq -r .trace "$out/weird")" = "$out/we\"ird\\name	tab.gms" ] ||
	fail "the file name did not survive: $(cat "$out/weird")"

rc=0
"$gmemsim" explore --json --inject fault-seq-after-attr --seed 5876 --iterations 1 --strategy pct --out "$out/f" \
	--no-progress >"$out/explore" 2>/dev/null || rc=$?
[ "$rc" -eq 1 ] || fail "explore --json with B2 exited $rc"
check "$out/explore" "explore --json"
grep -q '"event":"summary"' "$out/explore" || fail "no summary event"
grep -q '"event":"violation"' "$out/explore" ||
	fail "no failure event: $(head -3 "$out/explore")"

# Ctrl-C: the summary so far, interrupted, exit 130 (nothing failed).
"$gmemsim" explore --json --time 60 --out "$out/g" --no-progress >"$out/int" 2>/dev/null &
pid=$!
# The handler is in place once explore has made its --out directory (a
# loaded machine running TSan can take longer than a fixed sleep to get there).
for _ in $(seq 300); do
	[ -d "$out/g" ] && break
	sleep 0.1
done
sleep 1
kill -INT "$pid"
rc=0
wait "$pid" || rc=$?
[ "$rc" -eq 130 ] || fail "an interrupted campaign exited $rc, not 130"
check "$out/int" "explore --json interrupted"
grep -q '"interrupted":true' "$out/int" || fail "the summary does not say interrupted: $(cat "$out/int")"
echo "json_lines_test: ok ($n lines)"
