#!/usr/bin/env bash
# Every kind of bad input: probe and frame exit 3 with one sentence that
# names the file, in English and in Dutch.
. "$(dirname "$0")/cli_setup.inc" "$@"

make_clip "$dir/whole.mp4" 2 -an || die "ffmpeg could not make the clip"
head -c 20000 "$dir/whole.mp4" > "$dir/cut.mp4"
: > "$dir/empty.mp4"
echo "Aantekeningen bij het gesprek, geen video." > "$dir/notes.mp4"
mkdir -p "$dir/folder.mp4"
printf '1\n00:00:01,000 --> 00:00:02,000\nHallo\n\n' > "$dir/subs.srt"

check() { # FILE WHAT-IT-SHOULD-SAY(en) WHAT-IT-SHOULD-SAY(nl)
  local f=$1 en=$2 nl=$3 out rc
  for cmd in "probe $f" "probe $f --json" "frame $f --at 1 --out $dir/x.png"; do
    out=$(SPIEGEL_LANG=en "$bin" $cmd 2>&1 >/dev/null); rc=$?
    [ $rc -eq 3 ] || die "'$cmd' exited $rc, expected 3 ($out)"
    [ "$(wc -l <<<"$out")" -eq 1 ] || die "'$cmd' printed more than one line: $out"
    grep -qF "$f" <<<"$out" || die "'$cmd' does not name the file: $out"
    grep -qi "$en" <<<"$out" || die "'$cmd' does not say '$en': $out"
  done
  out=$(SPIEGEL_LANG=nl "$bin" probe "$f" 2>&1 >/dev/null)
  grep -qi "$nl" <<<"$out" || die "probe in Dutch does not say '$nl': $out"
}
check "$dir/missing.mp4" "does not exist" "bestaat niet"
check "$dir/folder.mp4" "is a folder" "is een map"
check "$dir/empty.mp4" "is empty" "is leeg"
check "$dir/notes.mp4" "not a video or audio" "geen video- of audio"
check "$dir/cut.mp4" "damaged or incomplete" "beschadigd of onvolledig"
check "$dir/subs.srt" "no picture and no sound" "geen beeld en geen geluid"
make_clip "$dir/voice.m4a" 1 -vn || die "ffmpeg could not make the audio"
out=$(SPIEGEL_LANG=en "$bin" frame "$dir/voice.m4a" --at 0.5 --out "$dir/x.png" 2>&1 >/dev/null); rc=$?
[ $rc -eq 3 ] || die "frame of an audio-only file exited $rc"
grep -q "without pictures" <<<"$out" || die "frame of an audio-only file says: $out"
[ -e "$dir/x.png" ] && die "a still was written for bad input"
echo "bad input: ok"
