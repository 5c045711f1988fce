#!/usr/bin/env bash
# spiegel vault (issue #13 §4): Anna keeps her project's recording encrypted
# beside the project. The vault holds none of the recording's bytes in the
# clear, the project plays from it (probe, the frame at a time: the same
# pixels as the original's), the key sits in her own config folder (0600)
# and an audit entry says so; without the key (Bert's config) the frame is
# one sentence; a second vault of the same recording changes nothing.
. "$(dirname "$0")/cli_setup.inc" "$@"
cd "$dir" || exit 1
make_clip talk.mp4 4 || die "ffmpeg failed"
as() { local who=$1; shift; XDG_CONFIG_HOME="$dir/$who" "$bin" "$@"; }

as anna project new a.spiegel --recording talk.mp4 --title "Gesprek" >/dev/null || die "project new"
as anna vault a.spiegel >out.txt || die "vault: $(cat out.txt)"
grep -q "kept encrypted in" out.txt && grep -q "The original is still at" out.txt || die "vault sentence: $(cat out.txt)"
vault=$(sqlite3 a.spiegel "select path from recordings")
case "$vault" in *.spiegelvault) ;; *) die "project not pointed at the vault: $vault" ;; esac
[ -f "$vault" ] && [ -f talk.mp4 ] || die "vault or original missing"
ls "$dir" | grep -q '\.part' && die ".part left"
# No 64-byte stretch of the original in the clear.
tail -c +20001 talk.mp4 | head -c 64 >probe.bin
grep -qF -f <(od -An -tx1 -v probe.bin | tr -d " \n") <(od -An -tx1 -v "$vault" | tr -d " \n") && die "plaintext in the vault"
key=$(ls anna/spiegel/keys/*.key) || die "no key file"
[ "$(stat -c %a "$key")" = 600 ] || die "key mode $(stat -c %a "$key")"
sqlite3 a.spiegel "select action from audit" | grep -qx vault || die "no vault audit entry"
# It plays from the vault: the same frame as the original's.
as anna frame "$vault" --at 2.5 --out v.png >/dev/null || die "frame from the vault"
as anna frame talk.mp4 --at 2.5 --out o.png >/dev/null || die "frame from the original"
cmp -s v.png o.png || die "the vault's frame differs from the original's"
as anna probe "$vault" >/dev/null || die "probe the vault"
# Another person's computer has no key: one sentence, nothing written.
as bert frame "$vault" --at 1 --out b.png >/dev/null 2>err.txt && die "played without the key"
[ "$(wc -l <err.txt)" -eq 1 ] || die "more than one line: $(cat err.txt)"
grep -q "key" err.txt || die "missing-key sentence: $(cat err.txt)"
[ -e b.png ] && die "a frame was written without the key"
# Twice: nothing new.
as anna vault a.spiegel >again.txt || die "second vault"
grep -q "already" again.txt || die "second vault sentence: $(cat again.txt)"
[ "$(ls "$dir"/*.spiegelvault | wc -l)" -eq 1 ] || die "a second vault was made"
# A phone's recording: where and with what it was filmed stays out of the
# vault (and the vault says so); a Matroska file's cannot, and it says that.
ffmpeg -nostdin -v error -y -i talk.mp4 -c copy -metadata location=+52.3702+004.8952/ -metadata make=Spiegeltest \
  phone.mov || die "ffmpeg phone.mov"
as anna project new p.spiegel --recording phone.mov >/dev/null || die "project new phone"
as anna vault p.spiegel >phone.txt || die "vault phone: $(cat phone.txt)"
grep -q "Left out of the encrypted copy: .*location" phone.txt || die "no left-out sentence: $(cat phone.txt)"
sqlite3 p.spiegel "select detail from audit where action = 'vault'" | grep -q "left out: .*make" ||
  die "audit does not say what was left out"
ffmpeg -nostdin -v error -y -i talk.mp4 -c copy talk.mkv || die "ffmpeg talk.mkv"
as anna project new m.spiegel --recording talk.mkv >/dev/null || die "project new mkv"
as anna vault m.spiegel >mkv.txt || die "vault mkv: $(cat mkv.txt)"
grep -q "only MP4 and MOV are stripped" mkv.txt || die "no honest sentence for mkv: $(cat mkv.txt)"
echo "ok"
