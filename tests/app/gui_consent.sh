#!/usr/bin/env bash
# The Consent tab (issue #13 §1), as a user works it: Sanne opens the demo
# for teaching; the status line names once who has not consented (the
# father refused, the young person's consent is for face not seen). She
# clicks the father's teaching cell and records that he agreed after all,
# then records the mother's withdrawal of consent for reflection. The CLI
# (the same check) must see both: teaching then blocked only by the young
# person, reflection blocked by the mother, the recording marked for
# deletion. Screenshot: consent_form.png. The window is 1280x720, so the
# form opens below the grid, scrolled into view.
. "$(dirname "$0")/gui_display.inc" && gui_setup "$@"
gui_need xdotool import
gui_demo
project=demo/demo.spiegel

gui_launch "$project" --side-tab consent --purpose teaching
gui_wait "V['has_frame'] and 'not complete for: father, young person' in V.get('status', '')" >/dev/null ||
  { echo "no consent notice on opening: $(cat "$GUI_LAYOUT")"; exit 1; }
gui_press consent.vader.teaching "R.get('consent.agreed.vader')"
gui_press consent.agreed.vader "'father agreed to teaching' in V.get('status', '')"
gui_shot consent_form.png
# The form was scrolled into view, over the grid: close it to see the grid again.
gui_press consent.form.close "not R.get('consent.agreed.vader') and R.get('consent.moeder.reflection')"
gui_press consent.moeder.reflection "R.get('consent.withdrawn.moeder')"
gui_press consent.withdrawn.moeder "'mother withdrew consent for own reflection' in V.get('status', '')"
gui_quit

"$bin" consent list "$project" --json >list.json || { echo "consent list failed"; exit 1; }
/usr/bin/python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["recording"]; assert r["deletion_requested_on"], r' list.json ||
  { echo "the recording is not marked for deletion: $(cat list.json)"; exit 1; }
"$bin" consent check "$project" --purpose teaching --json >teaching.json
[ $? -eq 4 ] || { echo "teaching is allowed, but the young person's face was to be hidden"; exit 1; }
/usr/bin/python3 - list.json teaching.json <<'PY' || { echo "teaching check: $(cat teaching.json)"; exit 1; }
import json, sys
names = {p["id"]: p["name"] for p in json.load(open(sys.argv[1]))["people"]}
v = json.load(open(sys.argv[2]))
people = {names[p["person"]] for p in v["problems"]}
assert people == {"young person"}, people
PY
"$bin" consent check "$project" --purpose reflection >reflection.txt
[ $? -eq 4 ] && grep -q "withdr" reflection.txt || { echo "reflection still allowed: $(cat reflection.txt)"; exit 1; }
[ -s consent_form.png ] || { echo "no screenshot"; exit 1; }
echo "gui consent: ok"
