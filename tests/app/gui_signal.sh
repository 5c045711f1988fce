#!/usr/bin/env bash
# SIGTERM (what `kill` and a logout send first) and SIGINT (Ctrl+C in the
# terminal) close the window as Quit does: exit code 0, the state printed on
# exit, the settings saved — also while a recording is open and its sound
# device (SDL) runs, which would otherwise swallow both signals.
. "$(dirname "$0")/gui_display.inc" && gui_setup "$@"
gui_need xdotool
gui_make_clip "$PWD/opname.mp4" || { echo "ffmpeg could not make the clip"; exit 1; }

for sig in TERM INT; do
  rm -f state.json config/spiegel/settings.json
  # As gui_launch, but with sound: SDL's dummy driver stands in for a sound card.
  rm -f "$GUI_LAYOUT"
  SDL_AUDIODRIVER=dummy "$bin" "$PWD/opname.mp4" --play --layout-file "$GUI_LAYOUT" --print-state-on-exit \
    --quit-after 150 >state.json 2>app.log &
  GUI_PID=$!
  GUI_WID=$(timeout 60 xdotool search --sync --onlyvisible --name Spiegel | head -1)
  [ -n "$GUI_WID" ] || { kill "$GUI_PID"; echo "the window did not appear"; exit 1; }
  gui_wait "V['has_frame']" >/dev/null || exit 1
  kill -s "$sig" "$GUI_PID"
  t0=$(date +%s)
  while kill -0 "$GUI_PID" 2>/dev/null; do
    [ $(( $(date +%s) - t0 )) -lt 10 ] || { kill -9 "$GUI_PID"; echo "SIG$sig: the window still runs after 10 s"; exit 1; }
    sleep 0.1
  done
  wait "$GUI_PID"; rc=$?
  [ $rc -eq 0 ] || { cat app.log; echo "SIG$sig: exit code $rc, expected 0"; exit 1; }
  grep -q '"position_us"' state.json || { echo "SIG$sig: no state printed on exit"; exit 1; }
  [ -s config/spiegel/settings.json ] || { echo "SIG$sig: the settings were not saved"; exit 1; }
  echo "SIG$sig: closed as Quit in $(( $(date +%s) - t0 )) s"
done
echo "gui signal: ok"
