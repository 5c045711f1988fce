#!/usr/bin/env bash
# The demo's WebVTT transcript in the window: the Transcript tab lists its
# cues; a click on a cue goes to its start and stays paused, and the cue
# is then shown as a subtitle over the foot of the picture (the layout file
# reports its text and rectangle). C turns the subtitles off, and that is
# remembered at the next start. A malformed .vtt is ignored with one
# sentence in the status line and no tab; a missing one shows nothing and
# says nothing. Screenshots: subtitles_on.png, subtitles_off.png.
. "$(dirname "$0")/gui_display.inc" && gui_setup "$@"
gui_need xdotool import
gui_demo
project=demo/demo.spiegel
[ -f demo/demo.vtt ] || { echo "the demo wrote no demo.vtt"; exit 1; }

# The cues as the demo wrote them: "start_us<TAB>text" per cue, in order.
/usr/bin/python3 - demo/demo.vtt >cues.tsv <<'PY' || exit 1
import re, sys
def us(t):
    h, m, s = t.split(":")
    return (int(h) * 3600 + int(m) * 60) * 1_000_000 + round(float(s) * 1_000_000)
for block in open(sys.argv[1], encoding="utf-8").read().split("\n\n")[1:]:
    lines = block.strip().split("\n")
    if len(lines) >= 3:
        print(f"{us(lines[1].split(' --> ')[0])}\t{re.sub(r'<[^>]*>', '', chr(10).join(lines[2:]))}")
PY
[ "$(wc -l <cues.tsv)" -ge 2 ] || { echo "the demo's transcript has fewer than two cues"; exit 1; }
cue() { sed -n "$(($1 + 1))p" cues.tsv | cut -f"$2"; } # cue N FIELD (1 start, 2 text)
settings=config/spiegel/settings.json

# go_to_cue N: click the cue's row until the paused position is its start.
go_to_cue() {
  gui_press "transcript.row.$1" "not V['playing'] and V.get('paused_at_us') == $(cue "$1" 1) and V.get('transcript.current') == $1"
}

gui_launch "$project" --side-tab transcript
gui_wait "V['has_frame'] and 'transcript.row.1' in R and V.get('side_tab') == 'Transcript'" >/dev/null || exit 1
go_to_cue 1
want=$(cue 1 2)
gui_wait "V.get('subtitle') == '''$want''' and 'subtitle' in R" >/dev/null || exit 1
# Over the foot of the picture: inside the video panel, in its lower half.
gui_wait "(R['video']['x0'] <= R['subtitle']['x0'] < R['subtitle']['x1'] <= R['video']['x1'] and
           (R['video']['y0'] + R['video']['y1']) / 2 < R['subtitle']['y0'] < R['subtitle']['y1'] <= R['video']['y1'])" \
  >/dev/null || exit 1
echo "cue 1 at $(cue 1 1) us: subtitle \"$want\""
gui_shot subtitles_on.png
xdotool key c
gui_wait "'subtitle' not in V and 'subtitle' not in R" >/dev/null || exit 1
gui_shot subtitles_off.png
gui_quit
/usr/bin/python3 -c 'import json, sys; sys.exit(json.load(open(sys.argv[1])).get("subtitles") is not False)' "$settings" ||
  { echo "subtitles off was not remembered"; exit 1; }

# Remembered: off at the next start, until C turns them on again.
gui_launch "$project" --side-tab transcript
gui_wait "V['has_frame'] and 'transcript.row.0' in R" >/dev/null || exit 1
go_to_cue 0
# The same frame that reports the cue as current would report its subtitle.
gui_poll "'subtitle' not in V" 0 >/dev/null || { echo "subtitles shown although turned off"; exit 1; }
xdotool key c
gui_wait "V.get('subtitle') == '''$(cue 0 2)'''" >/dev/null || exit 1
gui_quit

# A malformed file: one sentence saying which line, no tab, no subtitles.
printf 'WEBVTT\n\n00:02.000 --> 00:01.000\nx\n' >demo/demo.vtt
gui_launch "$project"
gui_wait "'line 3 of demo.vtt' in V.get('status', '')" >/dev/null || exit 1
gui_wait "V['has_frame'] and 'tab.Tags' in R and 'tab.Transcript' not in R and 'subtitle' not in V" >/dev/null || exit 1
gui_quit

# None at all: nothing shown, nothing said.
rm demo/demo.vtt
gui_launch "$project"
gui_wait "V['has_frame'] and 'tab.Tags' in R and 'status' in V" >/dev/null || exit 1
gui_wait "'tab.Transcript' not in R and 'subtitle' not in V and 'subtitles' not in V['status'].lower()" >/dev/null || exit 1
gui_quit
[ -s subtitles_on.png ] && [ -s subtitles_off.png ] || { echo "no screenshots"; exit 1; }
echo "gui subtitles: ok"
