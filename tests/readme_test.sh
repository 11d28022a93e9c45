#!/usr/bin/env bash
# Every `gmemsim ...` example in README.md, run word for word (placeholders
# FILE and FAILURE.gms replaced by a shipped trace and a shipped failure),
# from a scratch directory that sees the repository's traces/: each must
# exit as the README says -- 0, or 1 for an example that re-creates a bug
# (it must stop on it).  The README's first two lines (tools/run.sh,
# tools/test.sh) are what CI itself runs.
# Usage: readme_test.sh GMEMSIM SOURCE_DIR
set -euo pipefail
gmemsim=$(realpath "$1")
src=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ln -s "$src/traces" "$work/traces"
mkdir -p "$work/bin"
ln -s "$gmemsim" "$work/bin/gmemsim"
export PATH="$work/bin:$PATH"
cd "$work"

n=0
while IFS= read -r line; do
	cmd=${line#    }
	cmd=${cmd%%  #*}
	cmd=$(sed -e 's/[[:space:]]*$//' \
		-e 's#\bFAILURE\.gms\b#traces/failures/fault-seq-after-attr.gms#g' \
		-e 's#\bFILE\b#traces/examples/private_fault.gms#g' <<<"$cmd")
	want=0
	case "$cmd" in *--inject*) want=1 ;; esac
	rc=0
	start=$(date +%s)
	bash -c "$cmd" >"$work/out" 2>&1 || rc=$?
	if [ "$rc" -ne "$want" ]; then
		echo "readme_test: '$cmd' exited $rc, the README promises $want" >&2
		tail -n 30 "$work/out" >&2
		exit 1
	fi
	echo "readme_test: ok ($rc, $(( $(date +%s) - start )) s): $cmd"
	n=$((n + 1))
done < <(grep -E '^    gmemsim ' "$src/README.md")
[ "$n" -ge 10 ] || { echo "readme_test: only $n examples found in README.md" >&2; exit 1; }
echo "readme_test: all $n README examples behave as documented"
