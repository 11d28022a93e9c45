#!/usr/bin/env bash
# Install what gmemsim needs on a Debian machine, only what is missing.
# Called by tools/run.sh and tools/test.sh; safe to run again.
# --browser: also Chromium, which the HTML picture's test renders with
# (tests/html_test.sh); optional: that test is skipped where it cannot be
# installed, so a failure here does not stop the caller.
set -euo pipefail

pkgs=(build-essential cmake pkg-config liburcu-dev libjemalloc-dev libcmocka-dev lcov jq)
if [ "${1:-}" = "--browser" ]; then
	pkgs=(chromium)
elif [ "${1:-}" = "--fuzz" ]; then
	pkgs=(clang libclang-rt-dev)
fi
missing=()
for p in "${pkgs[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "setup: installing ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
