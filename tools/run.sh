#!/usr/bin/env bash
# The main job: install what is missing, build the release preset, then
# replay every bundled example trace (traces/examples/*.gms) in free mode
# (actors on real threads) and in deterministic mode (one seeded schedule),
# printing gmemsim's summary table for each.  Extra arguments go to both
# replays (e.g. --seed 7 --strategy pct, or --json).  Exit status: 0 if every
# trace passed in both modes, else gmemsim's (1 violation, 2 bad input).
set -euo pipefail
cd "$(dirname "$0")/.."

tools/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release -j"$(nproc)" --target gmemsim >/dev/null

gmemsim=build/release/gmemsim
status=0
for mode in free det; do
	echo "== gmemsim replay --mode $mode traces/examples/*.gms"
	"$gmemsim" replay --mode "$mode" "$@" traces/examples/*.gms || {
		rc=$?
		[ "$status" -ne 0 ] || status=$rc
	}
done
exit "$status"
