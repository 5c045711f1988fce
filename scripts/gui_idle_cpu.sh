#!/usr/bin/env bash
# Measures the CPU the player window uses while a recording is open, paused
# and untouched (DESIGN §2.4: idle costs nothing). Not a test: prints numbers.
# Usage: scripts/gui_idle_cpu.sh [SPIEGEL_BINARY] [SECONDS]   (needs Xvfb, ffmpeg)
set -euo pipefail
if [ -z "${DISPLAY:-}" ]; then exec xvfb-run -a -s "-screen 0 1920x1080x24" bash "$0" "$@"; fi
bin=$(readlink -f "${1:-build/dev/app/spiegel}")
secs=${2:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
ffmpeg -loglevel error -y -f lavfi -i testsrc2=size=1280x720:rate=25 -f lavfi -i sine=frequency=440 \
  -t 20 -c:v libx264 -pix_fmt yuv420p -c:a aac -shortest clip.mp4
export XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/cache ASAN_OPTIONS=detect_leaks=0
measure() {
  "$bin" clip.mp4 "$@" --quit-after $((secs + 12)) >/dev/null 2>&1 &
  local pid=$!
  sleep 8 # window up, first frame shown, thumbnails and waveform done
  local hz t0 t1
  hz=$(getconf CLK_TCK)
  t0=$(awk '{print $14 + $15}' /proc/$pid/stat)
  sleep "$secs"
  t1=$(awk '{print $14 + $15}' /proc/$pid/stat)
  awk -v a="$t0" -v b="$t1" -v hz="$hz" -v s="$secs" 'BEGIN { printf "%.2f %% of one core\n", (b - a) / hz / s * 100 }'
  wait $pid || true
}
run() {
  echo -n "paused, untouched, $secs s: "
  measure --no-audio
  echo -n "playing (1280x720 25 fps, null audio), $secs s: "
  measure --no-audio --play
}
run
