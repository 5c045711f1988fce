#!/usr/bin/env bash
# A blind round in the window, three people on three config dirs: Fenna
# starts it on the group's project (in the window), Anne and Bram tag on their own copies,
# which Fenna merges in. Anne's window shows only her own tags; the
# Reviewers tab says who is done; she reveals with the button and its
# confirmation, and still sees only her own until Bram reveals; then her
# window shows both, and she agrees Bram's tag as the group's consensus.
# Screenshots: round_start.png (the start dialog),
# round_blind.png (English, before reveal),
# round_reveal.png (the confirmation), round_after_nl.png (Dutch, the consensus tag).
. "$(dirname "$0")/gui_display.inc" && gui_setup "$@"
gui_need xdotool import
gui_make_clip talk.mp4 || { echo "ffmpeg failed"; exit 1; }
as() { local who=$1; shift; XDG_CONFIG_HOME="$dir/$who" "$bin" "$@"; }
as fenna project new g.spiegel --recording talk.mp4 >/dev/null || exit 1
as fenna tags list g.spiegel --reviewer Fenna >/dev/null 2>&1 || exit 1 # Fenna's profile, in her config

shown_ids() { gui_wait "' '.join(sorted(t['id'] for t in L['lane_tags'])) if V['tags'] == $1 and len(L.get('lane_tags', [])) == $1 else None"; }

# Fenna starts the round in the window: blind (the default), Anne and Bram by name.
export XDG_CONFIG_HOME=$dir/fenna
gui_launch g.spiegel --side-tab reviewers
gui_wait "V['has_frame'] and 'round.start' in R" >/dev/null || exit 1
gui_press round.start "'round.more' in R"
gui_press round.more "V.get('popup_open')"
xdotool type --delay 30 "Anne, Bram"
sleep 0.3
gui_shot round_start.png
gui_press round.go "V.get('round.expected') == 2 and not V.get('popup_open')"
gui_quit
as fenna round status g.spiegel --json | /usr/bin/python3 -c 'import json,sys; j=json.load(sys.stdin); assert j["blind"] and [m["name"] for m in j["members"]] == ["Anne","Bram"], j' ||
  { echo "the round started in the window is not as chosen"; exit 1; }
cp g.spiegel anne.spiegel && cp g.spiegel bram.spiegel
as anne tags add anne.spiegel --reviewer Anne --at 0.5 --element engagement >/dev/null || exit 1
as anne tags add anne.spiegel --at 2.5 --element safety --negative >/dev/null || exit 1
as bram tags add bram.spiegel --reviewer Bram --at 1.5 --element bond >/dev/null || exit 1
as anne rate anne.spiegel --subject family --element system --value 1 >/dev/null || exit 1
as bram rate bram.spiegel --subject family --element system --value 3 >/dev/null || exit 1
as fenna merge g.spiegel anne.spiegel >/dev/null && as fenna merge g.spiegel bram.spiegel >/dev/null || exit 1
anne_ids=$(as anne tags list g.spiegel --json 2>/dev/null | /usr/bin/python3 -c 'import json,sys; print(" ".join(sorted(t["id"] for t in json.load(sys.stdin))))')
[ "$(echo $anne_ids | wc -w)" -eq 2 ] || { echo "Anne's tags: $anne_ids"; exit 1; }

export XDG_CONFIG_HOME=$dir/anne
gui_launch g.spiegel --side-tab reviewers
gui_wait "V['has_frame'] and V.get('round.expected') == 2" >/dev/null || exit 1
[ "$(shown_ids 2)" = "$anne_ids" ] || { echo "before reveal Anne's window shows other tags"; exit 1; }
gui_wait "V.get('round.done') == 0 and V.get('round.revealed') == 0" >/dev/null || exit 1
sleep 0.3
gui_shot round_blind.png
gui_press round.reveal "V.get('popup_open')"
sleep 0.3
gui_shot round_reveal.png
gui_press round.reveal.confirm "V.get('round.revealed') == 1 and not V.get('popup_open')"
gui_wait "V.get('round.done') == 1" >/dev/null || exit 1
[ "$(shown_ids 2)" = "$anne_ids" ] || { echo "Anne sees Bram's tag before he revealed"; exit 1; }
gui_quit
[ "$(sqlite3 g.spiegel "SELECT count(*) FROM audit WHERE action = 'reveal'")" -eq 1 ] || { echo "no reveal logged"; exit 1; }

as bram round reveal g.spiegel >/dev/null || exit 1
bram_tag=$(as bram tags list g.spiegel --json 2>/dev/null | /usr/bin/python3 -c 'import json,sys; print(next(t["id"] for t in json.load(sys.stdin) if t["reviewer"] == "Bram"))')
# Now Anne sees all three, and agrees Bram's tag as the group's consensus
# in the Tags tab's detail strip (Dutch).
export SPIEGEL_LANG=nl
gui_launch g.spiegel --side-tab tags
gui_wait "V['has_frame']" >/dev/null || exit 1
[ "$(shown_ids 3 | wc -w)" -eq 3 ] || { echo "after both revealed Anne does not see all three tags"; exit 1; }
gui_click_row "$bram_tag" "V.get('tags.detail_tag') == '$bram_tag' and 'tags.detail_agree' in R"
gui_press tags.detail_agree "V['tags'] == 4"
sleep 0.3
gui_shot round_after_nl.png
# ... and the family's consensus rating in the Ratings tab, side by side.
gui_press tab.Beoordelingen "'ratings.side_by_side' in R"
gui_press ratings.side_by_side "'consensus.family.system' in R"
gui_press consensus.family.system "'consensus.option.2' in R"
gui_press consensus.option.2 "not V.get('popup_open')"
sleep 0.5
gui_shot round_consensus_nl.png
gui_quit
[ "$(sqlite3 g.spiegel "SELECT value || ':' || length(agreed_by) FROM ratings r JOIN reviewers v ON v.id = r.reviewer WHERE v.profile LIKE 'consensus:%' AND r.deleted = 0")" = "2:73" ] ||
  { echo "no consensus rating of 2 agreed by two from the window"; exit 1; }
as anne tags list g.spiegel --json 2>/dev/null | /usr/bin/python3 -c '
import json, sys
t = json.load(sys.stdin)
c = [x for x in t if x["reviewer"] == "Consensus"]
assert len(c) == 1 and c[0]["start_us"] == 1500000, t' || { echo "no consensus tag from the window"; exit 1; }
for f in round_consensus_nl.png round_start.png round_blind.png round_reveal.png round_after_nl.png; do [ -s "$f" ] || { echo "no $f"; exit 1; }; done
echo "gui round: ok"
