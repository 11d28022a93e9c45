#!/usr/bin/env bash
# The test command: install what is missing, build the debug preset
# (ASan + UBSan, -Werror) from scratch if needed, and run every test.
set -euo pipefail
cd "$(dirname "$0")/.."

tools/setup.sh
cmake --preset debug >/dev/null
cmake --build --preset debug -j"$(nproc)"
ctest --preset debug
