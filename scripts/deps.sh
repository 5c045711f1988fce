#!/usr/bin/env bash
# Installs the Debian 12 packages Spiegel needs to build, run and test, but
# only those that are missing. Uses sudo when not root.
set -euo pipefail
pkgs=(
  cmake g++ make pkg-config git
  libavformat-dev libavcodec-dev libavutil-dev libavfilter-dev libswscale-dev libswresample-dev
  libimgui-dev libstb-dev libfreetype-dev libglfw3-dev libgl-dev libsdl2-dev libsqlite3-dev nlohmann-json3-dev libsodium-dev
  libcairo2-dev libpango1.0-dev
  fonts-dejavu-core espeak-ng
)
if [ "${1:-}" = "--test" ]; then
  # x11-xserver-utils: xrdb, to set Xft.dpi for the HiDPI test (tests/app/gui_hidpi.sh);
  # x11-utils (xdpyinfo, xprop) and x11-xkb-utils (xkbcomp) for the xdotool GUI tests;
  # python3-xlib: xdotool cannot drag (XDND), so tests/app/xdnd_drop.py, the
  # XDND source of the drop test (tests/app/gui_drop.sh), speaks X11 itself;
  # poppler-utils: pdftotext and pdftoppm read the reflection record's PDF (tests/app/cli_record.sh)
  pkgs+=(catch2 ffmpeg xvfb xauth xdotool x11-utils x11-xkb-utils x11-xserver-utils imagemagick libgl1-mesa-dri sqlite3 procps python3-xlib poppler-utils)
fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
