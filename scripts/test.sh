#!/usr/bin/env bash
# Quick start, command 2: install what is missing, build the Debug build with
# AddressSanitizer + UBSan, and run the whole suite with ctest (GUI tests
# under Xvfb).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh --test
build=build/debug-asan
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Debug -DSPIEGEL_SANITIZE=ON -DSPIEGEL_WERROR=ON >/dev/null
cmake --build "$build" -j"$(nproc)"
export UBSAN_OPTIONS=print_stacktrace=1
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp"
export SPIEGEL_LANG=en
# One virtual display for every GUI test; GLFW finds it through DISPLAY.
exec xvfb-run -a -s "-screen 0 1920x1080x24" \
  ctest --test-dir "$build" --output-on-failure -j"$(nproc)" --timeout 900 "$@"
