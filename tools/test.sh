#!/usr/bin/env bash
# The test command: install what is missing, then build and run every test
# twice: the debug preset (ASan + UBSan, -Werror) and the tsan preset
# (ThreadSanitizer: the free-mode runs are truly parallel).
set -euo pipefail
cd "$(dirname "$0")/.."

tools/setup.sh
for preset in debug tsan; do
	echo "== $preset"
	cmake --preset "$preset" >/dev/null
	cmake --build --preset "$preset" -j"$(nproc)"
	ctest --preset "$preset"
done
