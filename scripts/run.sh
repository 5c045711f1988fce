#!/usr/bin/env bash
# Quick start, command 1: install what is missing, build a Release build,
# generate the demo and open Spiegel on it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake -S . -B build/release -DCMAKE_BUILD_TYPE=Release -DSPIEGEL_TESTS=OFF -DSPIEGEL_WERROR=OFF >/dev/null
cmake --build build/release -j"$(nproc)"
demo=build/demo
if [ ! -e "$demo/.complete" ]; then
  build/release/app/spiegel demo --out "$demo"
  touch "$demo/.complete"
fi
open="$demo/demo.spiegel"
[ -e "$open" ] || open="$demo/demo.mp4"
exec build/release/app/spiegel "$open" "$@"
