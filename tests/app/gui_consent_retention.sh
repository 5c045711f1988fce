#!/usr/bin/env bash
# The keep-until day from the consents, in the Consent tab (issue #13 §2),
# in Dutch: the organisation keeps working material at most 6 months
# (settings.json retention_months). Sanne's demo recording is set to be
# kept for two years; the tab says the consents allow only until six months
# after the recording and that the day is later than that. She clicks
# "Bewaren tot die dag": the project's day is that day (the CLI reads it
# back), the advice no longer asks to bring it forward, and the change is
# in the audit log. Screenshot: consent_retention_nl.png.
. "$(dirname "$0")/gui_display.inc" && gui_setup "$@"
gui_need xdotool import
gui_demo
export SPIEGEL_LANG=nl
project=demo/demo.spiegel
printf '{"retention_months": 6}\n' >config/spiegel/settings.json
recorded=$("$bin" consent list "$project" --json | /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["recording"]["recorded_on"])')
[ -n "$recorded" ] || { echo "the demo has no day of recording"; exit 1; }
allowed=$(date -d "$recorded +6 months" +%Y-%m-%d)
"$bin" consent recording "$project" --retain-until "$(date -d "$recorded +2 years" +%Y-%m-%d)" >/dev/null || exit 1

gui_launch "$project" --side-tab consent
gui_wait "'tot $allowed' in V.get('consent.retention', '') and 'zet hem eerder' in V['consent.retention']" >/dev/null ||
  { echo "no advice to keep until $allowed: $(cat "$GUI_LAYOUT")"; exit 1; }
gui_shot consent_retention_nl.png
gui_press consent.retention_use "'dagen van de opname zijn bewaard' in V.get('status', '')"
gui_wait "not R.get('consent.retention_use') and 'zet hem eerder' not in V['consent.retention']" >/dev/null ||
  { echo "the advice still asks to bring the day forward: $(cat "$GUI_LAYOUT")"; exit 1; }
gui_quit

"$bin" consent list "$project" --json >list.json || { echo "consent list failed"; exit 1; }
/usr/bin/python3 - list.json "$allowed" <<'PY' || { echo "the day was not saved: $(cat list.json)"; exit 1; }
import json, sys
r = json.load(open(sys.argv[1]))["recording"]
assert r["retain_until"] == sys.argv[2], r
PY
"$bin" audit export "$project" --csv --out audit.csv >/dev/null || { echo "audit export failed"; exit 1; }
grep -q "$allowed" audit.csv || { echo "the new day is not in the audit log: $(tail -3 audit.csv)"; exit 1; }
echo "gui consent retention: ok"
