#!/usr/bin/env bash
# A project in a folder this user may not write (a share, a write-protected
# stick, a mail attachment folder): SQLite cannot make its WAL index there,
# yet `tags list` and `project info` must read it, and `tags add` must refuse
# in one sentence (exit 1) and leave the file byte-identical. Root may write
# anywhere, so as root the commands run as user nobody (setpriv); the test
# is skipped when nobody cannot reach the binary or the scratch folder.
# Usage: store_readonly.sh SPIEGEL_BINARY SCRATCH_DIR
set -u
bin=$(readlink -f "$1")
dir=$2
. "$(dirname "$0")/clips.inc"
rm -rf "$dir"
mkdir -p "$dir/share"
cd "$dir" || exit 1
export SPIEGEL_LANG=en
die() { echo "store readonly: $*"; exit 1; }

make_silence share/talk.wav 60 || die "ffmpeg failed"
"$bin" project new share/talk.spiegel --recording share/talk.wav >/dev/null || die "project new failed"
"$bin" tags add share/talk.spiegel --at 5 --element engagement --reviewer Sanne >/dev/null || die "tags add failed"
"$bin" tags add share/talk.spiegel --at 9 --element safety --negative --reviewer Sanne >/dev/null ||
  die "tags add failed"
[ ! -e share/talk.spiegel-wal ] || die "the project was not closed cleanly"
before=$(sha256sum share/talk.spiegel | cut -d' ' -f1)
chmod 444 share/talk.spiegel
chmod 555 share

as_user=()
if [ "$(id -u)" -eq 0 ]; then
  command -v setpriv >/dev/null || { echo "SKIP: running as root without setpriv"; exit 0; }
  as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  "${as_user[@]}" test -x "$bin" -a -r share/talk.spiegel 2>/dev/null ||
    { chmod 755 share; echo "SKIP: user nobody cannot reach $bin or $dir"; exit 0; }
  "${as_user[@]}" touch share/probe 2>/dev/null && { chmod 755 share; echo "SKIP: nobody may write the folder"; exit 0; }
fi
trap 'chmod 755 "$dir/share" 2>/dev/null' EXIT
run() { HOME=/nonexistent XDG_CONFIG_HOME=/nonexistent "${as_user[@]}" "$bin" "$@"; }

run tags list share/talk.spiegel --json >list.json 2>list.err || die "tags list failed: $(cat list.err)"
python3 - list.json <<'PY' || exit 1
import json, sys
tags = json.load(open(sys.argv[1]))
print("read", len(tags), "tags")
assert [(t["element"], t["valence"]) for t in tags] == [("engagement", "positive"), ("safety", "negative")], tags
PY
run project info share/talk.spiegel >info.txt 2>info.err || die "project info failed: $(cat info.err)"

run tags add share/talk.spiegel --at 20 --element bond --reviewer Sanne >add.out 2>add.err
rc=$?
[ $rc -eq 1 ] || die "tags add on a read-only project exited $rc, not 1: $(cat add.err)"
grep -q "read-only" add.err || die "the refusal does not say read-only: $(cat add.err)"
[ "$(wc -l <add.err)" -eq 1 ] || die "the refusal is not one line: $(cat add.err)"
echo "refused: $(cat add.err)"
[ "$(sha256sum share/talk.spiegel | cut -d' ' -f1)" = "$before" ] || die "the read-only project changed"
ls share
[ "$(ls share | wc -l)" -eq 2 ] || die "files were left beside the project"
echo "store readonly: ok"
