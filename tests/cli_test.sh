#!/usr/bin/env bash
# The command line as a user meets it: --help on each subcommand, and the
# replay line explore prints for a failure must reproduce that failure
# (it names the --inject knobs the failure was found with).
# Usage: cli_test.sh GMEMSIM
set -euo pipefail
gmemsim=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

fail() { echo "cli_test: $*" >&2; exit 1; }

for sub in replay explore; do
	"$gmemsim" "$sub" --help >"$out/help" || fail "$sub --help exited $?"
	grep -q '^usage: gmemsim' "$out/help" || fail "$sub --help printed no usage"
done

# Seed 3310 under PCT finds B2 in one execution (explore_test finds it by search).
rc=0
"$gmemsim" explore --inject fault-seq-after-attr --seed 3310 --iterations 1 \
	--strategy pct --out "$out" --no-progress >"$out/explore" 2>&1 || rc=$?
[ "$rc" -eq 1 ] || fail "explore with B2 exited $rc, not 1 (a violation): $(cat "$out/explore")"
line=$(sed -n 's/^  replay: //p' "$out/explore" | head -1)
[ -n "$line" ] || fail "no replay line in: $(cat "$out/explore")"
case "$line" in
*"--inject fault-seq-after-attr "*) ;;
*) fail "replay line lacks the knob: $line" ;;
esac
# The trace expects the violation: replaying it as printed passes, without the knob it does not.
read -ra words <<<"$line"
"$gmemsim" "${words[@]:1}" >"$out/replay" 2>&1 || fail "printed replay line exited $?: $line"
rc=0
"$gmemsim" replay "${words[-1]}" >"$out/replay" 2>&1 || rc=$?
[ "$rc" -eq 1 ] || fail "replay without the knob exited $rc, not 1 (expectation unmet)"
grep -q '^# found with --inject fault-seq-after-attr' "${words[-1]}" ||
	fail "the failure trace does not say which knobs it needs"
echo "cli_test: ok"
