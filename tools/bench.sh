#!/usr/bin/env bash
# Build the release preset and print every benchmark figure (or those named).
set -euo pipefail
cd "$(dirname "$0")/.."

tools/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release -j"$(nproc)" --target gmemsim-bench >/dev/null
exec build/release/tools/bench/gmemsim-bench "$@"
