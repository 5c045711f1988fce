#!/usr/bin/env bash
# spiegel probe --json and spiegel frame on recordings made with the ffmpeg CLI.
. "$(dirname "$0")/cli_setup.inc" "$@"

make_clip "$dir/clip.mp4" 2 || die "ffmpeg could not make the clip"
ffmpeg -nostdin -v error -y -i "$dir/clip.mp4" -c copy -metadata:s:v:0 rotate=90 "$dir/turned.mp4" || die "remux"

json=$("$bin" probe "$dir/clip.mp4" --json) || die "probe --json exited non-zero"
for key in '"duration_us": 2000000' '"start_offset_us": 0' '"container": "mov,mp4' '"type": "video"' \
           '"codec": "h264"' '"width": 320' '"height": 180' '"fps": 25.0' '"variable_fps": false' \
           '"rotation": 0' '"interlaced": false' '"type": "audio"' '"codec": "aac"' '"sample_rate": 48000' \
           '"channels": 1' '"index": 1'; do
  grep -qF "$key" <<<"$json" || die "probe --json lacks $key: $json"
done
"$bin" probe "$dir/clip.mp4" | grep -q "320x180" || die "probe table lacks the picture size"
"$bin" probe "$dir/turned.mp4" --json | grep -qF '"rotation": 270' || die "rotation not reported"
"$bin" probe --help | grep -q -- "--json" || die "probe --help"
"$bin" --help | grep -q "probe" || die "probe not listed in spiegel --help"

# A still at 1.5 s: a PNG of the picture size; turned upright and scaled when asked.
"$bin" frame "$dir/clip.mp4" --at 1.5 --out "$dir/still.png" || die "frame exited non-zero"
size=$(ffprobe -v error -show_entries stream=codec_name,width,height -of csv=p=0 "$dir/still.png")
[ "$size" = "png,320,180" ] || die "still is $size, expected png,320,180"
"$bin" frame "$dir/turned.mp4" --at 0:01 --out "$dir/turned.png" --width 90 || die "frame --width exited non-zero"
size=$(ffprobe -v error -show_entries stream=width,height -of csv=p=0 "$dir/turned.png")
[ "$size" = "90,160" ] || die "turned still is $size, expected 90,160"
# The same picture ffmpeg shows (testsrc2 moves every frame): at 1.5 s the
# frame on screen is frame 37 (1.48 s); ours must be closer to ffmpeg's
# frame 37 than to its neighbours 36 and 38.
ffmpeg -nostdin -v error -y -i "$dir/still.png" -f rawvideo -pix_fmt rgb24 "$dir/ours.rgb"
distance() { # sum of absolute byte differences between ffmpeg's frame N and ours
  ffmpeg -nostdin -v error -y -i "$dir/clip.mp4" -vf "select=eq(n\\,$1)" -frames:v 1 -f rawvideo -pix_fmt rgb24 "$dir/ref$1.rgb"
  cmp -l "$dir/ref$1.rgb" "$dir/ours.rgb" | awk 'function oct(s,  v,i){v=0; for(i=1;i<=length(s);i++) v=v*8+substr(s,i,1); return v}
    {d=oct($2)-oct($3); if(d<0)d=-d; t+=d} END{print t+0}'
}
d36=$(distance 36); d37=$(distance 37); d38=$(distance 38)
[ "$d37" -lt "$d36" ] && [ "$d37" -lt "$d38" ] || die "still at 1.5 s is not frame 37 (distances 36:$d36 37:$d37 38:$d38)"
echo "distances to frames 36/37/38: $d36 / $d37 / $d38"

# Wrong arguments: exit 2.
"$bin" frame "$dir/clip.mp4" --out "$dir/x.png" 2>/dev/null; [ $? -eq 2 ] || die "frame without --at should exit 2"
"$bin" frame "$dir/clip.mp4" --at soon --out "$dir/x.png" 2>/dev/null; [ $? -eq 2 ] || die "bad time should exit 2"
"$bin" probe 2>/dev/null; [ $? -eq 2 ] || die "probe without a file should exit 2"
# Unwritable output: exit 1, one sentence.
err=$("$bin" frame "$dir/clip.mp4" --at 1 --out "$dir/no/such/dir/x.png" 2>&1 >/dev/null); rc=$?
[ $rc -eq 1 ] || die "unwritable output exited $rc"
[ "$(wc -l <<<"$err")" -eq 1 ] || die "expected one line, got: $err"
[ -e "$dir/no" ] && die "a failed still made a folder"
"$bin" frame "$dir/clip.mp4" --at 1 --out /proc/spiegel-still.png 2>/dev/null; rc=$?
[ $rc -eq 1 ] || die "output in /proc exited $rc"
[ -e /proc/spiegel-still.png ] && die "a still appeared in /proc"
# A disk that fills up mid-write (file size limit of 8 kB; the still is
# larger): exit 1, and neither a half-written still nor a temporary file is
# left; an older still at that name stays as it was.
cp "$dir/still.png" "$dir/keep.png"
for out in "$dir/full.png" "$dir/keep.png"; do
  err=$( (ulimit -f 8; trap '' XFSZ; "$bin" frame "$dir/clip.mp4" --at 0.5 --out "$out") 2>&1 >/dev/null); rc=$?
  [ $rc -eq 1 ] || die "a full disk exited $rc for $out: $err"
done
[ -e "$dir/full.png" ] && die "a half-written still was left behind"
cmp -s "$dir/still.png" "$dir/keep.png" || die "the older still was damaged by a failed write"
ls -A "$dir" | grep -q partial && die "a temporary file was left behind: $(ls -A "$dir")"
echo "probe and frame: ok"
