#!/usr/bin/env bash
# spiegel frame on camcorder-shaped files made with the ffmpeg CLI, as a user
# runs it: an AVCHD-like interlaced H.264 + AC-3 MPEG-TS an hour from zero,
# and the same file cut mid-GOP. The still must be the frame ffmpeg shows at
# that time when it decodes the file from the start (the last frame whose
# time, from the container's start, is at or before T).
. "$(dirname "$0")/cli_setup.inc" "$@"

ts="$dir/camcorder.mts"
clip_size=320x240 make_clip "$ts" 8 -g 50 -flags +ildct+ilme -x264opts tff=1 -c:a ac3 \
  -output_ts_offset 3600 -f mpegts || die "ffmpeg could not make the camcorder file"

# Index of the frame on screen at $2 seconds in $1, as ffmpeg decodes it.
frame_at() {
  local start
  start=$(ffprobe -v error -show_entries format=start_time -of csv=p=0 "$1")
  ffprobe -v error -select_streams v:0 -show_entries frame=best_effort_timestamp_time -of csv=p=0 "$1" |
    tr -d ',' | grep -E '^[0-9.]+$' |
    awk -v s="$start" -v t="$2" '{ if ($1 - s <= t + 0.0000005) n = NR - 1 } END { print n + 0 }'
}
# Sum of absolute byte differences between ffmpeg's frame $2 of $1 and $3.
distance() {
  ffmpeg -nostdin -v error -y -i "$1" -vf "select=eq(n\\,$2)" -frames:v 1 -f rawvideo -pix_fmt rgb24 "$dir/ref.rgb"
  cmp -l "$dir/ref.rgb" "$3" | awk 'function oct(s,  v,i){v=0; for(i=1;i<=length(s);i++) v=v*8+substr(s,i,1); return v}
    {d=oct($2)-oct($3); if(d<0)d=-d; t+=d} END{print t+0}'
}

for t in 0.3 3.37 5.1 7.8; do
  "$bin" frame "$ts" --at "$t" --out "$dir/still.png" || die "frame --at $t exited non-zero"
  ffmpeg -nostdin -v error -y -i "$dir/still.png" -f rawvideo -pix_fmt rgb24 "$dir/ours.rgb"
  n=$(frame_at "$ts" "$t")
  here=$(distance "$ts" "$n" "$dir/ours.rgb")
  before=$(distance "$ts" $((n > 0 ? n - 1 : n + 2)) "$dir/ours.rgb")
  after=$(distance "$ts" $((n + 1)) "$dir/ours.rgb")
  echo "at $t s: frame $n, distances $before / $here / $after"
  [ "$here" -lt "$before" ] && [ "$here" -lt "$after" ] || die "still at $t s is not frame $n"
done

# The same file without its first 20 % of bytes starts inside a GOP: before
# its first picture there is nothing true to show; say so and write nothing.
size=$(stat -c %s "$ts")
tail -c +$((size / 5 / 188 * 188 + 1)) "$ts" >"$dir/cut.mts"
err=$("$bin" frame "$dir/cut.mts" --at 0.1 --out "$dir/cut.png" 2>&1 >/dev/null); rc=$?
[ $rc -eq 3 ] || die "a time before the first picture exited $rc ($err)"
grep -q "has no picture before" <<<"$err" || die "unexpected message: $err"
[ "$(wc -l <<<"$err")" -eq 1 ] || die "expected one line, got: $err"
[ ! -e "$dir/cut.png" ] || die "a still was written for a time with no picture"
err=$(SPIEGEL_LANG=nl "$bin" frame "$dir/cut.mts" --at 0.1 --out "$dir/cut.png" 2>&1 >/dev/null)
grep -q "heeft geen beeld vóór" <<<"$err" || die "no Dutch message: $err"
"$bin" frame "$dir/cut.mts" --at 5 --out "$dir/cut.png" || die "a time after the first picture failed"
echo "camcorder stills: ok"
