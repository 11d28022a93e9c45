#!/usr/bin/env bash
# The test command: install what is missing, then build and run every test
# twice: the debug preset (ASan + UBSan, -Werror) and the tsan preset
# (ThreadSanitizer: the free-mode runs are truly parallel).  Chromium is
# installed if it can be, for the HTML picture's rendering test.
set -euo pipefail
cd "$(dirname "$0")/.."

tools/setup.sh
tools/setup.sh --browser || echo "test: no Chromium; the HTML rendering test will be skipped"
for preset in debug tsan; do
	echo "== $preset"
	cmake --preset "$preset" >/dev/null
	cmake --build --preset "$preset" -j"$(nproc)"
	ctest --preset "$preset"
done
