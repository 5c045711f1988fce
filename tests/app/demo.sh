#!/usr/bin/env bash
# spiegel demo writes an H.264/AAC 1280x720 recording with speech and a
# WebVTT transcript; without espeak-ng it says so and exits 1.
set -u
bin=$1
dir=$2
rm -rf "$dir"; mkdir -p "$dir"
die() { echo "demo: $*"; exit 1; }

"$bin" demo --help | grep -q "demo.vtt" || die "--help does not describe the output"
"$bin" demo 2>/dev/null; [ $? -eq 2 ] || die "missing --out should exit 2"
PATH=/nonexistent "$bin" demo --out "$dir/none" 2>"$dir/err.txt"; rc=$?
[ $rc -eq 1 ] || die "without espeak-ng the exit code was $rc, expected 1"
grep -q "espeak-ng" "$dir/err.txt" || die "the missing espeak-ng message does not name it"

"$bin" demo --out "$dir/out" --seconds 12 >/dev/null 2>"$dir/log.txt" || { cat "$dir/log.txt"; die "demo failed"; }
mp4=$dir/out/demo.mp4
vtt=$dir/out/demo.vtt
[ -s "$mp4" ] || die "no demo.mp4"
v=$(ffprobe -v error -select_streams v:0 -show_entries stream=codec_name,width,height -of csv=p=0 "$mp4")
[ "$v" = "h264,1280,720" ] || die "video stream is '$v'"
a=$(ffprobe -v error -select_streams a:0 -show_entries stream=codec_name,sample_rate -of csv=p=0 "$mp4")
[ "$a" = "aac,48000" ] || die "audio stream is '$a'"
d=$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$mp4")
awk -v d="$d" 'BEGIN { exit !(d > 11.8 && d < 12.3) }' || die "duration $d, expected 12 s"
[ "$(head -n1 "$vtt")" = "WEBVTT" ] || die "vtt does not start with WEBVTT"
cues=$(grep -c -- "-->" "$vtt")
[ "$cues" -ge 2 ] || die "vtt has $cues cues"
grep -q "^<v Hulpverlener>" "$vtt" || die "vtt has no speaker tags"
# Every cue lies inside the recording and starts after the previous one ends.
awk -v d="$d" -F' --> ' '/-->/ {
  split($1, a, ":"); s = a[1]*3600 + a[2]*60 + a[3]; split($2, b, ":"); e = b[1]*3600 + b[2]*60 + b[3];
  if (s < last || e <= s || e > d) bad = 1; last = e }
  END { exit bad }' "$vtt" || die "vtt cue times are out of order or outside the recording"
# Speech is where the transcript says: the first cue is louder than the lead-in.
first=$(awk -F' --> ' '/-->/ { split($1, a, ":"); print a[3]; exit }' "$vtt")
loud() { ffmpeg -hide_banner -nostats -ss "$1" -t "$2" -i "$mp4" -vn -af volumedetect -f null - 2>&1 | sed -n 's/.*mean_volume: \(-*[0-9.]*\) dB/\1/p'; }
quiet=$(loud 0 1); speech=$(loud "$first" 1.5)
awk -v q="$quiet" -v s="$speech" 'BEGIN { exit !(s > q + 20) }' || die "speech ($speech dB) not louder than the lead-in ($quiet dB)"
echo "demo: ok"
