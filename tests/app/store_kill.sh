#!/usr/bin/env bash
# Crash safety and concurrent writers (issue §6):
# 1. kill -9 `spiegel tags import` of 10 000 tags at random moments, 20 times:
#    the project always opens, integrity_check says ok, and the import is all
#    there or not there at all.
# 2. kill -9 a stream of single `spiegel tags add` edits 20 times: every
#    acknowledged edit (id printed) is present.
# 3. two processes adding tags to one project at once: both succeed (they
#    wait for each other: busy timeout + BEGIN IMMEDIATE) and no edit is lost.
# Usage: store_kill.sh SPIEGEL_BINARY SCRATCH_DIR
set -u
bin=$1; dir=$2
rm -rf "$dir"; mkdir -p "$dir"; cd "$dir" || exit 1
export SPIEGEL_LANG=en
fails=0
bad() { echo "FAIL: $*"; fails=$((fails + 1)); }
# random_ms MAX: a random whole number 0 … MAX-1
random_ms() { echo $(( (RANDOM * 32768 + RANDOM) % $1 )); }
sleep_ms() { sleep "$(awk -v ms="$1" 'BEGIN { printf "%.3f", ms / 1000 }')"; }
now_ms() { date +%s%3N; }
check_opens() { # check_opens P: integrity ok and the CLI opens it
  [ "$(sqlite3 "$1" 'PRAGMA integrity_check')" = ok ] || { bad "$1: integrity_check failed"; return 1; }
  "$bin" project info "$1" >/dev/null 2>err.txt || { bad "$1 does not open: $(cat err.txt)"; return 1; }
}

. "$(dirname "$0")/clips.inc"
make_silence rec.wav 600 || { echo "ffmpeg failed"; exit 1; }
"$bin" project new base.spiegel --recording rec.wav >/dev/null 2>&1 || { echo "project new failed"; exit 1; }
rec=$(sqlite3 base.spiegel 'SELECT id FROM recordings')
sqlite3 base.spiegel "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 9999)
  SELECT json_object('format', 'spiegel-package', 'format_version', 1, 'annotations',
    (SELECT json_group_array(json_object('id', printf('%08x-3333-4000-8000-000000000000', i), 'recording', '$rec',
       'start_us', i * 50000, 'end_us', i * 50000 + 1000000, 'element', 'bond', 'note', 'tag ' || i,
       'updated_at', 1700000000000)) FROM n))" > tags.json

# How long an uninterrupted import takes, to spread the kills over it.
cp base.spiegel full.spiegel
t0=$(now_ms)
"$bin" tags import full.spiegel tags.json >/dev/null 2>&1 || bad "uninterrupted import failed"
span=$(( $(now_ms) - t0 ))
[ "$(sqlite3 full.spiegel 'SELECT count(*) FROM annotations')" = 10000 ] || bad "uninterrupted import incomplete"
echo "import of 10000 tags: ${span} ms"

all=0; none=0
for i in $(seq 1 20); do
  cp base.spiegel k.spiegel; rm -f k.spiegel-wal k.spiegel-shm
  "$bin" tags import k.spiegel tags.json >/dev/null 2>&1 &
  pid=$!
  if [ $((i % 2)) -eq 1 ]; then
    sleep_ms "$(random_ms $((span + 50)))"      # anywhere in the process' life
  else
    # Inside the write transaction: wait until the WAL grows, then a little more.
    for _ in $(seq 1 2000); do
      [ "$(stat -c %s k.spiegel-wal 2>/dev/null || echo 0)" -gt 0 ] && break
      kill -0 $pid 2>/dev/null || break
      sleep 0.005
    done
    sleep_ms "$(random_ms 200)"
  fi
  kill -9 $pid 2>/dev/null
  wait $pid 2>/dev/null
  check_opens k.spiegel || continue
  n=$(sqlite3 k.spiegel 'SELECT count(*) FROM annotations')
  case $n in
    0) none=$((none + 1)) ;;
    10000) all=$((all + 1)) ;;
    *) bad "kill $i: $n of 10000 tags after a killed import" ;;
  esac
done
echo "killed imports: $none left nothing, $all completed, $((20 - none - all)) broken"

# A stream of single edits (one process, each edit its own transaction,
# each id printed once committed), killed at random moments.
cp base.spiegel s.spiegel
: > acked.txt
for i in $(seq 1 20); do
  "$bin" tags add s.spiegel --at "$i.5" --element safety --note "stream $i" --reviewer Kim --repeat 100000 >>acked.txt 2>/dev/null &
  pid=$!
  sleep_ms $(( 200 + $(random_ms 800) ))
  kill -9 $pid 2>/dev/null
  wait $pid 2>/dev/null
  check_opens s.spiegel || break
done
# The last line may be cut off mid-id by the kill: only whole ids count.
grep -E '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$' acked.txt > acked-ids.txt
mv acked-ids.txt acked.txt
acked=$(grep -c . acked.txt)
missing=0
# Every acknowledged id must be in the project (compared in a scratch
# database so the project itself is only read).
missing=$(sqlite3 :memory: "ATTACH 's.spiegel' AS p" "CREATE TABLE acked(id TEXT)" ".import acked.txt acked" \
  "SELECT count(*) FROM acked WHERE id NOT IN (SELECT id FROM p.annotations)")
[ -n "$missing" ] || { bad "could not compare the acknowledged ids"; missing=0; }
[ "$acked" -gt 0 ] || bad "no edit was acknowledged"
[ $missing -eq 0 ] || bad "$missing of $acked acknowledged edits are missing"
echo "edit stream: $acked acknowledged edits, $missing missing"

# Two writers at once.
cp base.spiegel two.spiegel
writer() {
  local rc=0
  for j in $(seq 1 8); do
    "$bin" tags add two.spiegel --at "$1$j" --element engagement --reviewer Kim >>"acks-$1.txt" 2>>"err-$1.txt" || rc=1
  done
  return $rc
}
writer 1 & a=$!
"$bin" tags import two.spiegel tags.json >/dev/null 2>err-import.txt & b=$!
writer 2 & c=$!
wait $a || bad "writer 1 failed: $(cat err-1.txt)"
wait $b || bad "the concurrent import failed: $(cat err-import.txt)"
wait $c || bad "writer 2 failed: $(cat err-2.txt)"
n=$(sqlite3 two.spiegel 'SELECT count(*) FROM annotations')
[ "$n" = 10016 ] || bad "two writers: $n tags, expected 10016"
check_opens two.spiegel

if [ $fails -ne 0 ]; then echo "store kill: $fails failures"; exit 1; fi
echo "store kill: ok"
