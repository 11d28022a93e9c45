#!/usr/bin/env bash
# Build the libFuzzer harnesses (the fuzz preset: clang, ASan + UBSan) and run
# them.  See tools/fuzz/README.md.
#
#   tools/fuzz/run.sh [--time SECONDS] [--jobs N] [--strict] [--merge] [HARNESS...]
#
# HARNESS: trace_parse, replay, schedule, import (default: all four, one
# after the other).  Each starts from its committed corpus (tools/fuzz/corpus/HARNESS)
# and every shipped trace, writes what it learns to build/fuzz/work/HARNESS
# and any crash, leak, timeout or OOM to build/fuzz/artifacts/HARNESS/.
# --time: seconds per harness (default 60: the CI smoke run).  --jobs: that
# many fuzzing processes per harness.  --strict: the replay harness also
# stops on violations that are not unmet expectations (GMEMSIM_FUZZ_STRICT).
# --merge: afterwards, minimise the work corpus into the committed one.
# Exit status 1 if any harness left an artifact.
set -euo pipefail
cd "$(dirname "$0")/../.."

time=60 jobs=1 merge=0 harnesses=()
while [ $# -gt 0 ]; do
	case "$1" in
	--time) time=$2; shift ;;
	--jobs) jobs=$2; shift ;;
	--strict) export GMEMSIM_FUZZ_STRICT=1 ;;
	--merge) merge=1 ;;
	trace_parse|replay|schedule|import) harnesses+=("$1") ;;
	*) echo "fuzz: unknown argument '$1' (see tools/fuzz/run.sh)" >&2; exit 2 ;;
	esac
	shift
done
[ ${#harnesses[@]} -gt 0 ] || harnesses=(trace_parse replay schedule import)
case "$time$jobs" in *[!0-9]*) echo "fuzz: --time and --jobs take whole numbers" >&2; exit 2 ;; esac

tools/setup.sh --fuzz
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j"$(nproc)" --target "${harnesses[@]/#/fuzz_}" >/dev/null

# Every shipped trace seeds the trace harnesses; run lines' preempt= lists
# and schedule= strings seed the schedule decoder.
seeds=(traces/examples traces/bugs traces/failures traces/findings traces/bad)
mkdir -p build/fuzz/seeds/schedule
grep -rhoE '(preempt|schedule)=[^ ]+' traces | sed 's/^[a-z]*=//' | sort -u |
	while read -r s; do printf '%s' "$s" >"build/fuzz/seeds/schedule/$(printf '%s' "$s" | md5sum | cut -c1-16)"; done

fork=()
[ "$jobs" -le 1 ] || fork=(-fork="$jobs")
status=0
for h in "${harnesses[@]}"; do
	work=build/fuzz/work/$h art=build/fuzz/artifacts/$h corpus=tools/fuzz/corpus/$h
	mkdir -p "$work" "$art" "$corpus"
	case $h in
	schedule) extra=(build/fuzz/seeds/schedule) dict=() ;;
	trace_parse) extra=("${seeds[@]}" traces/realsize) dict=(-dict=tools/fuzz/trace.dict) ;;
	replay) extra=("${seeds[@]}") dict=(-dict=tools/fuzz/trace.dict) ;;
	import) extra=(traces/real) dict=(-dict=tools/fuzz/recording.dict) ;;
	esac
	echo "fuzz: $h for ${time} s ($jobs job(s)); artifacts in $art"
	rc=0
	# The replay harness bounds each input itself; 10 s is a hang, 2G an OOM.
	build/fuzz/tools/fuzz/fuzz_"$h" -max_total_time="$time" -timeout=10 -rss_limit_mb=2048 \
		-max_len="$([ "$h" = import ] && echo 65536 || echo 8192)" -print_final_stats=1 \
		-artifact_prefix="$art/" \
		"${fork[@]}" "${dict[@]}" "$work" "$corpus" "${extra[@]}" \
		>"build/fuzz/$h.log" 2>&1 || rc=$?
	grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "build/fuzz/$h.log" |
		sed "s/^/fuzz: $h: /" || true
	if [ "$rc" -ne 0 ] || [ -n "$(ls -A "$art")" ]; then
		echo "fuzz: $h FOUND something (exit $rc): $(ls "$art")" >&2
		grep -E 'FINDING|ERROR|SUMMARY' -A3 "build/fuzz/$h.log" | head -30 >&2 || true
		status=1
	fi
	if [ "$merge" -eq 1 ]; then
		build/fuzz/tools/fuzz/fuzz_"$h" -merge=1 \
			-max_len="$([ "$h" = import ] && echo 65536 || echo 8192)" "$corpus" "$work" \
			>>"build/fuzz/$h.log" 2>&1
		echo "fuzz: $h: corpus now $(ls "$corpus" | wc -l) files"
	fi
done
exit $status
