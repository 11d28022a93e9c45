#!/usr/bin/env bash
# Coverage of the model: build the coverage preset (gcov), run every test,
# and write an lcov HTML report to build/coverage/html.  The last line is the
# one-line summary:  "coverage: lines 81.2% functions 90.1% branches 60.3%".
set -euo pipefail
cd "$(dirname "$0")/.."

tools/setup.sh
cmake --preset coverage >/dev/null
cmake --build --preset coverage -j"$(nproc)" >/dev/null
find build/coverage -name '*.gcda' -delete
ctest --preset coverage >/dev/null || { echo "coverage: tests failed" >&2; exit 1; }

out=build/coverage
lcov --quiet --capture --directory "$out" --rc lcov_branch_coverage=1 \
	--output-file "$out/all.info" 2>/dev/null
# The model's own code only: no tests, benchmarks or system headers.
lcov --quiet --rc lcov_branch_coverage=1 --extract "$out/all.info" \
	"$PWD/kernel/*" "$PWD/mm_model/*" "$PWD/kvm_model/*" "$PWD/sim/*" \
	--output-file "$out/model.info" 2>/dev/null
genhtml --quiet --branch-coverage --output-directory "$out/html" "$out/model.info" >/dev/null

lcov --rc lcov_branch_coverage=1 --summary "$out/model.info" 2>&1 | awk '
	/lines\.*:/     { l = $2 }
	/functions\.*:/ { f = $2 }
	/branches\.*:/  { b = $2 }
	END { printf "coverage: lines %s functions %s branches %s (report: build/coverage/html/index.html)\n", l, f, b }'
