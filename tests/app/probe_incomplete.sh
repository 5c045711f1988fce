#!/usr/bin/env bash
# spiegel probe on an incomplete copy: a faststart MP4 (index first) cut to
# 40 %, as an interrupted copy from a share leaves it. Whole files show
# nothing new.
. "$(dirname "$0")/cli_setup.inc" "$@"

make_clip "$dir/whole.mp4" 10 -movflags +faststart || die "ffmpeg could not make the clip"
cp "$dir/whole.mp4" "$dir/cut.mp4"
truncate -s $(( $(stat -c %s "$dir/whole.mp4") * 2 / 5 )) "$dir/cut.mp4"

field() { python3 -c 'import json,sys; print(json.load(sys.stdin)[sys.argv[1]])' "$1"; }
json=$("$bin" probe "$dir/whole.mp4" --json) || die "probe --json (whole) exited non-zero"
[ "$(field playable_us <<<"$json")" = "$(field duration_us <<<"$json")" ] || die "a whole file is not whole: $json"
[ "$(field incomplete <<<"$json")" = "False" ] || die "a whole file is called incomplete: $json"
"$bin" probe "$dir/whole.mp4" | grep -q "Incomplete" && die "the words call a whole file incomplete"

json=$("$bin" probe "$dir/cut.mp4" --json) || die "probe --json (cut) exited non-zero"
playable=$(field playable_us <<<"$json")
[ "$(field duration_us <<<"$json")" = 10000000 ] || die "the cut copy's duration changed: $json"
[ "$(field incomplete <<<"$json")" = "True" ] || die "the cut copy is not called incomplete: $json"
# The truth by ffprobe: where the earlier of the two streams' packets ends.
truth=$(ffprobe -v quiet -show_entries packet=stream_index,pts_time,duration_time -of csv=p=0 "$dir/cut.mp4" |
  awk -F, 'NF>=3 && $1!="" {e=$2+$3; if (e>m[$1]) m[$1]=e} END {t=1e9; for (k in m) if (m[k]<t) t=m[k]; printf "%d", t*1e6}')
echo "playable_us $playable, ffprobe reads up to $truth µs"
awk -v a="$playable" -v b="$truth" 'BEGIN { d=a-b; if (d<0) d=-d; exit !(d < 1000000) }' ||
  die "playable_us $playable is more than 1 s from $truth"

words=$("$bin" probe "$dir/cut.mp4")
line=$(grep "^Incomplete:" <<<"$words") || die "no Incomplete line: $words"
echo "$line"
grep -Eq "^Incomplete: +0:0[2-5]\.[0-9] of 0:10\.0 present" <<<"$line" || die "unexpected words: $line"
line=$(SPIEGEL_LANG=nl "$bin" probe "$dir/cut.mp4" | grep "^Onvolledig:") || die "no Dutch Onvolledig line"
echo "$line"
grep -Eq "^Onvolledig: +0:0[2-5],[0-9] van 0:10,0 aanwezig" <<<"$line" || die "unexpected Dutch words: $line"
# spiegel frame: a time there gives its picture; a time in the missing
# stretch is refused with one sentence (exit 3), not given the last picture.
"$bin" frame "$dir/cut.mp4" --at 2 --out "$dir/two.png" || die "frame --at 2 on the cut copy failed"
err=$("$bin" frame "$dir/cut.mp4" --at 8 --out "$dir/eight.png" 2>&1 >/dev/null); rc=$?
[ $rc -eq 3 ] || die "frame --at 8 in the missing stretch exited $rc"
[ "$(wc -l <<<"$err")" -eq 1 ] || die "expected one line, got: $err"
grep -q "incomplete copy" <<<"$err" || die "unexpected words: $err"
echo "$err"
[ -e "$dir/eight.png" ] && die "a picture was written for a time that is not there"
"$bin" frame "$dir/whole.mp4" --at 8 --out "$dir/whole8.png" || die "frame --at 8 on the whole copy failed"
echo "probe incomplete: ok"
