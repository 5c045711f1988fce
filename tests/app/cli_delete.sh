#!/usr/bin/env bash
# spiegel delete (issue #13 §2): Anna deletes her project's recording once
# it is no longer needed. Without --yes she is shown what would go and
# nothing goes. With it the vault, its key and the recording's caches (not
# another recording's) are gone, the audit log holds each file's SHA-256
# (the same as sha256sum's) and stays intact, and the tags and notes are
# gone from the file itself, not only hidden. With --original --keep-work
# the original goes and the tags stay.
. "$(dirname "$0")/cli_setup.inc" "$@"
cd "$dir" || exit 1
export XDG_CONFIG_HOME="$dir/anna" XDG_CACHE_HOME="$dir/cache"
make_clip talk.mp4 2 || die "ffmpeg failed"
cp talk.mp4 other.mp4
"$bin" delete --help | grep -q -- "--original" || die "delete --help"
"$bin" delete --help | grep -q "SSD" || die "the help says nothing about SSDs"

"$bin" project new a.spiegel --recording talk.mp4 >/dev/null || die "project new"
"$bin" tags add a.spiegel --at 0.5 --element bond --note "zeervertrouwelijk" --reviewer Anna >/dev/null || die "tag"
"$bin" vault a.spiegel >/dev/null || die "vault"
vault=$(sqlite3 a.spiegel "select path from recordings")
key=$(ls anna/spiegel/keys/*.key) || die "no key"
fp=$(sqlite3 a.spiegel "select fingerprint from recordings")
mkdir -p cache/spiegel
touch "cache/spiegel/peaks-$fp-100.bin" "cache/spiegel/thumbs-$fp-160.bin" "cache/spiegel/thumbs-99-ffff-160.bin"
vault_sha=$(sha256sum "$vault" | cut -d' ' -f1)

"$bin" delete a.spiegel >plan.txt 2>err.txt; [ $? -eq 2 ] || die "deleted without --yes"
grep -q "add --yes" err.txt || die "no --yes sentence: $(cat err.txt)"
grep -q "$vault" plan.txt && grep -q "its key" plan.txt && grep -q "^  2 thumbnail" plan.txt || die "plan: $(cat plan.txt)"
[ -f "$vault" ] && [ -f "$key" ] && [ -f "cache/spiegel/peaks-$fp-100.bin" ] || die "something went without --yes"

"$bin" delete a.spiegel --yes >out.txt || die "delete: $(cat out.txt)"
[ -e "$vault" ] && die "the vault is still there"
[ -e "$key" ] && die "the key is still there"
[ -e "cache/spiegel/peaks-$fp-100.bin" ] || [ -e "cache/spiegel/thumbs-$fp-160.bin" ] && die "caches left"
[ -e cache/spiegel/thumbs-99-ffff-160.bin ] || die "another recording's cache was deleted"
[ -f talk.mp4 ] || die "the original went without --original"
sqlite3 a.spiegel "select detail from audit where action = 'destroy'" | grep -q "sha256 $vault_sha" ||
  die "no proof with the vault's hash: $(sqlite3 a.spiegel "select detail from audit where action = 'destroy'")"
"$bin" audit verify a.spiegel >/dev/null || die "the log is not intact after deleting"
[ "$(sqlite3 a.spiegel "select count(*) from annotations where deleted = 0")" = 0 ] || die "tags left"
grep -qa "zeervertrouwelijk" a.spiegel a.spiegel-wal 2>/dev/null && die "the note is still in the file"

"$bin" project new b.spiegel --recording other.mp4 >/dev/null || die "project b"
"$bin" tags add b.spiegel --at 0.5 --element bond --note "houden" --reviewer Anna >/dev/null || die "tag b"
other_sha=$(sha256sum other.mp4 | cut -d' ' -f1)
"$bin" delete b.spiegel >plan.txt 2>/dev/null
grep -q "The original stays (add --original" plan.txt || die "the plan does not say the original stays: $(cat plan.txt)"
"$bin" delete b.spiegel --original --keep-work --yes >out.txt || die "delete b: $(cat out.txt)"
[ -e other.mp4 ] && die "the original stayed with --original"
sqlite3 b.spiegel "select detail from audit where action = 'destroy'" | grep -q "sha256 $other_sha" || die "no proof for b"
[ "$(sqlite3 b.spiegel "select note from annotations where deleted = 0")" = houden ] || die "the kept tag is gone"
"$bin" delete missing.spiegel --yes 2>err.txt; [ $? -eq 3 ] && grep -q missing.spiegel err.txt || die "missing: $(cat err.txt)"
echo "cli delete: ok"
