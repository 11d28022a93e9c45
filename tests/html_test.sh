#!/usr/bin/env bash
# The picture of a failure as a person meets it: `gmemsim replay --html` on a
# shipped failure writes a self-contained page (nothing to fetch, no script)
# that names the invariant and every actor, and headless Chromium renders it
# to a PNG without a console error.  Exit 77 (skipped) without Chromium.
# Usage: html_test.sh GMEMSIM TRACE
set -euo pipefail
gmemsim=$(realpath "$1")
trace=$(realpath "$2")
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

fail() { echo "html_test: $*" >&2; exit 1; }

"$gmemsim" replay --quiet --html "$out/f.html" "$trace" >"$out/replay" 2>&1 ||
	fail "replay --html exited $?: $(cat "$out/replay")"
kind=$(sed -n 's/^expect_violation kind=\([^ ]*\).*/\1/p' "$trace")
grep -q "<h1>$kind" "$out/f.html" || fail "the page's heading does not name $kind"
for a in $(sed -n 's/^\(vmm\|host\|vcpu[0-9]*\): .*/\1/p' "$trace" | sort -u); do
	grep -q ">$a<" "$out/f.html" || fail "no lane for actor $a"
done
grep -q 'class="pr"' "$out/f.html" || fail "no preemption marked"
grep -q 'class="viol"' "$out/f.html" || fail "the violating step is not highlighted"
if grep -Eq '<script|src=|href=|@import|url\(http' "$out/f.html"; then
	fail "the page is not self-contained"
fi
# An unknown option next to --html, and --html with two traces, are bad input.
rc=0
"$gmemsim" replay --html "$out/g.html" "$trace" "$trace" >/dev/null 2>&1 || rc=$?
[ "$rc" -eq 2 ] || fail "--html with two traces exited $rc, not 2"

browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
	echo "html_test: no Chromium (tools/setup.sh --browser): rendering skipped"
	exit 77
fi
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$out/profile")
timeout 120 "$browser" "${flags[@]}" --enable-logging=stderr --v=0 --dump-dom \
	"file://$out/f.html" >"$out/dom" 2>"$out/log" || fail "chromium --dump-dom failed: $(tail "$out/log")"
grep -q "$kind" "$out/dom" || fail "the rendered page does not contain $kind"
grep -q "In words" "$out/dom" || fail "the rendered page has no explanation"
if grep -E 'CONSOLE|Uncaught|Refused to' "$out/log"; then
	fail "console errors while rendering"
fi
timeout 120 "$browser" "${flags[@]}" --window-size=1400,1000 --screenshot="$out/f.png" \
	"file://$out/f.html" >/dev/null 2>&1 || fail "chromium --screenshot failed"
[ "$(stat -c %s "$out/f.png")" -gt 20000 ] || fail "the screenshot is (nearly) empty"
echo "html_test: $kind drawn and rendered ($(stat -c %s "$out/f.png") byte PNG)"
