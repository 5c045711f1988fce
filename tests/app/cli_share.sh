#!/usr/bin/env bash
# spiegel share / unpack (issue #13 §4): Anna shares her tagged project with
# its recording as one encrypted file; Bert (his own config dir) unpacks it
# into a folder of his choosing, sees Anna's tags and the recording probes
# from there. A wrong passphrase and a flipped byte are each one sentence
# and leave nothing in the folder; a short passphrase, an existing --out, a
# past expiry date and a missing passphrase without a terminal are refused.
. "$(dirname "$0")/cli_setup.inc" "$@"
cd "$dir" || exit 1
make_clip talk.mp4 6 || die "ffmpeg failed"
as() { local who=$1; shift; XDG_CONFIG_HOME="$dir/$who" "$bin" "$@"; }
printf 'een lange wachtzin\n' >pass.txt
printf 'verkeerde wachtzin\n' >wrong.txt
printf 'kort\n' >short.txt

as anna project new a.spiegel --recording talk.mp4 --title "Gesprek Jansen" >/dev/null || die "project new"
as anna tags add a.spiegel --reviewer Anna --at 1 --element engagement >/dev/null || die "tag 1"
as anna tags add a.spiegel --at 3 --element safety --negative >/dev/null || die "tag 2"
as anna share a.spiegel --out a.spiegelpkg --passphrase-file short.txt 2>err.txt && die "short passphrase accepted"
grep -q "too short" err.txt || die "short passphrase sentence: $(cat err.txt)"
as anna share a.spiegel --out a.spiegelpkg </dev/null 2>err.txt && die "no passphrase accepted"
grep -qx "spiegel: No terminal to ask the passphrase on: give it with --passphrase-file F." err.txt ||
  die "no-terminal sentence: $(cat err.txt)"
as anna share a.spiegel --out a.spiegelpkg --expires 2020-01-01 --passphrase-file pass.txt 2>err.txt &&
  die "past expiry accepted"
[ -e a.spiegelpkg ] && die "a refused share left a package"
as anna share a.spiegel --out a.spiegelpkg --with-recording --passphrase-file pass.txt >/dev/null || die "share"
head -c 7 a.spiegelpkg | grep -q SPGLPKG || die "no magic"
cmp -s <(head -c 7 a.spiegelpkg) <(printf SPGLPKG) || die "magic"
grep -q 'Gesprek Jansen' a.spiegelpkg && die "plaintext title in the package"
as anna share a.spiegel --out a.spiegelpkg --passphrase-file pass.txt 2>err.txt && die "overwrote --out"
grep -q "nothing was overwritten" err.txt || die "overwrite sentence: $(cat err.txt)"
sqlite3 a.spiegel "select action, object, detail from audit" | grep -q '^share|a.spiegelpkg|with recording' ||
  die "no share audit: $(sqlite3 a.spiegel 'select action, object, detail from audit')"

mkdir in
size=$(stat -c %s a.spiegelpkg)
[ "$size" -gt 140000 ] || die "package too small for a later chunk ($size)"
# Wrong passphrase: one sentence, nothing in the folder.
as bert unpack a.spiegelpkg --out in --passphrase-file wrong.txt >/dev/null 2>err.txt && die "wrong passphrase accepted"
[ "$(wc -l <err.txt)" -eq 1 ] || die "not one sentence: $(cat err.txt)"
grep -q "the passphrase is wrong or it is not a Spiegel package" err.txt || die "wrong sentence: $(cat err.txt)"
[ -z "$(ls -A in)" ] || die "wrong passphrase left $(ls -A in)"
# A flipped byte near the end (a later chunk): damaged.
cp a.spiegelpkg bad.spiegelpkg
printf '\x55' | dd of=bad.spiegelpkg bs=1 seek=$((size - 2000)) conv=notrunc 2>/dev/null
as bert unpack bad.spiegelpkg --out in --passphrase-file pass.txt >/dev/null 2>err.txt && die "damaged accepted"
grep -q "is damaged or incomplete" err.txt || die "damaged sentence: $(cat err.txt)"
[ -z "$(ls -A in)" ] || die "damaged package left $(ls -A in)"
# Cut short: damaged.
head -c $((size - 100)) a.spiegelpkg >cut.spiegelpkg
as bert unpack cut.spiegelpkg --out in --passphrase-file pass.txt >/dev/null 2>err.txt && die "cut accepted"
grep -q "is damaged or incomplete" err.txt || die "cut sentence: $(cat err.txt)"
[ -z "$(ls -A in)" ] || die "cut package left $(ls -A in)"

# The real thing.
as bert unpack a.spiegelpkg --out in --passphrase-file pass.txt >out.txt || die "unpack"
[ -f in/a.spiegel ] && [ -f in/talk.mp4 ] || die "unpacked: $(ls in)"
cmp -s talk.mp4 in/talk.mp4 || die "recording differs"
ls in | grep -q '\.part' && die ".part left"
as bert tags list in/a.spiegel >list.txt || die "tags list"
grep -q engagement list.txt && grep -q safety list.txt || die "Anna's tags: $(cat list.txt)"
sqlite3 in/a.spiegel "select path from recordings" | grep -qx "$dir/in/talk.mp4" ||
  die "recording path: $(sqlite3 in/a.spiegel 'select path from recordings')"
mv talk.mp4 gone.mp4
as bert probe "$(sqlite3 in/a.spiegel 'select path from recordings')" >/dev/null || die "probe the unpacked recording"
sqlite3 in/a.spiegel "select action, object from audit" | grep -qx 'unpack|a.spiegelpkg' || die "no unpack audit"
# Unpacking again over it: refused, the folder unchanged.
as bert unpack a.spiegelpkg --out in --passphrase-file pass.txt >/dev/null 2>err.txt && die "unpacked over files"
[ "$(ls in | wc -l)" -eq 2 ] || die "second unpack left $(ls in)"
# Expired: made to last through tomorrow, opened a year later.
as anna share a.spiegel --out late.spiegelpkg --expires "$(date -d tomorrow +%F)" --passphrase-file pass.txt >/dev/null ||
  die "share with expiry"
sqlite3 a.spiegel "select detail from audit where object = 'late.spiegelpkg'" |
  grep -qE '^without recording, expires [0-9]{4}-[0-9]{2}-[0-9]{2}T' || die "expiry in the share audit"
mkdir late
SPIEGEL_NOW_MS=$(( ($(date +%s) + 400 * 86400) * 1000 )) as bert unpack late.spiegelpkg --out late \
  --passphrase-file pass.txt >/dev/null 2>err.txt && die "expired package opened"
grep -qx 'spiegel: late.spiegelpkg has expired and may no longer be opened; ask the sender for a new package, nothing was unpacked.' err.txt ||
  die "expired sentence: $(cat err.txt)"
[ -z "$(ls -A late)" ] || die "expired package left $(ls -A late)"
as bert unpack late.spiegelpkg --out late --passphrase-file pass.txt >/dev/null || die "unexpired package refused"
# Dutch.
SPIEGEL_LANG=nl as bert unpack a.spiegelpkg --out late --passphrase-file wrong.txt 2>err.txt && die "nl wrong passphrase"
grep -q "de wachtzin klopt niet of het is geen Spiegel-pakket" err.txt || die "Dutch sentence: $(cat err.txt)"
echo "ok"
