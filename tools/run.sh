#!/usr/bin/env bash
# The main job.  Until the trace replay engine lands this builds the release
# preset and prints the benchmark figures of the layers that exist.
set -euo pipefail
cd "$(dirname "$0")/.."
exec tools/bench.sh "$@"
