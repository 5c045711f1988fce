#!/usr/bin/env bash
# HiDPI without SPIEGEL_UI_SCALE: GLFW 3.3 on X11 takes the window content
# scale from the X resource Xft.dpi (dpi / 96). On its own Xvfb screen of
# 2560x1600 (never the shared display: xrdb there would change the other GUI
# tests), the demo project is opened once at Xft.dpi 96 and once at 192;
# --print-state-on-exit must report UI scale 1 and 2, the font twice as
# large, and the screenshot's menu bar must be about twice as tall.
# Also a restart keeps the window's size and place and both dragged splits.
command -v xrdb >/dev/null || { echo "SKIP: no xrdb (scripts/deps.sh --test installs x11-xserver-utils)"; exit 0; }
# xrdb changes the server: a private one, never the shared display.
. "$(dirname "$0")/gui_display.inc" && gui_setup "$1" "$2" 2560x1600 141 189
die() { echo "gui hidpi: $*"; exit 1; }

"$bin" demo --out demo --seconds 8 >/dev/null 2>demo.log || { cat demo.log; echo "SKIP: demo could not be made"; exit 0; }
mkdir -p config/spiegel
echo '{"name":"Sanne","role":"trainee"}' >config/spiegel/identity.json

# json KEY FILE: a number from the one-line state JSON.
json() { grep -o "\"$1\":[-0-9.e]*" "$2" | head -1 | cut -d: -f2; }
# The menu bar's height in the middle column of a screenshot: rows from the
# top until the colour changes from the menu bar's (theme MenuBarBg 36,37,41).
menubar() {
  convert "$1" -crop "1x400+$(($(identify -format %w "$1") / 2))+0" +repage txt:- |
    awk 'NR > 1 && !done { if ($0 ~ /\(36,37,41\)/) n++; else done = 1 } END { print n + 0 }'
}

run_at() { # DPI
  echo "Xft.dpi: $1" | xrdb -override - || die "xrdb failed"
  rm -f config/spiegel/settings.json # the default 1280x800 window, in screen coordinates
  "$bin" demo/demo.spiegel --no-audio --print-state-on-exit --screenshot-after 3 "dpi$1.png" >"dpi$1.json" ||
    die "spiegel failed at $1 dpi"
  [ -s "dpi$1.png" ] || die "no screenshot at $1 dpi"
}
run_at 96
run_at 192
s1=$(json ui_scale dpi96.json) s2=$(json ui_scale dpi192.json)
f1=$(json font_px dpi96.json) f2=$(json font_px dpi192.json)
m1=$(menubar dpi96.png) m2=$(menubar dpi192.png)
echo "96 dpi: UI scale $s1, font $f1 px, menu bar $m1 px, screenshot $(identify -format %wx%h dpi96.png)"
echo "192 dpi: UI scale $s2, font $f2 px, menu bar $m2 px, screenshot $(identify -format %wx%h dpi192.png)"
awk -v s="$s1" 'BEGIN { exit !(s > 0.99 && s < 1.01) }' || die "UI scale at 96 dpi is $s1, not 1"
awk -v s="$s2" 'BEGIN { exit !(s > 1.99 && s < 2.01) }' || die "UI scale at 192 dpi is $s2, not 2"
awk -v a="$f1" -v b="$f2" 'BEGIN { exit !(b > a * 1.9 && b < a * 2.1) }' || die "font $f1 px at 96 dpi, $f2 px at 192"
awk -v a="$m1" -v b="$m2" 'BEGIN { exit !(a > 10 && b > a * 1.7 && b < a * 2.3) }' ||
  die "menu bar $m1 px at 96 dpi but $m2 px at 192 (expected about twice)"

# A restart keeps the window and the dragged splits (settings.json in the
# config directory; the splits in unscaled pixels, so they survive a DPI change).
echo "Xft.dpi: 96" | xrdb -override -
cat >config/spiegel/settings.json <<'EOF'
{"window": {"x": 40, "y": 30, "width": 1100, "height": 700, "maximized": false},
 "sidePanelWidth": 430, "timelineHeight": 240}
EOF
for round in 1 2; do
  "$bin" demo/demo.spiegel --no-audio --print-state-on-exit --quit-after 2 >"restart$round.json" ||
    die "spiegel failed on restart $round"
done
cat restart2.json
[ "$(json width restart2.json)" = 1100 ] || die "the window width did not survive a restart"
[ "$(json height restart2.json)" = 700 ] || die "the window height did not survive a restart"
[ "$(json x restart2.json)" = 40 ] && [ "$(json y restart2.json)" = 30 ] || die "the window place did not survive a restart"
awk -v w="$(json side_width_px restart2.json)" 'BEGIN { exit !(w > 429 && w < 431) }' || die "the side panel width did not survive"
awk -v h="$(json timeline_height_px restart2.json)" 'BEGIN { exit !(h > 239 && h < 241) }' ||
  die "the timeline height did not survive"
grep -q '"sidePanelWidth": 430' config/spiegel/settings.json || die "settings.json lost the side panel width"
grep -q '"timelineHeight": 240' config/spiegel/settings.json || die "settings.json lost the timeline height"
echo "gui hidpi: ok"
