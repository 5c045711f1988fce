#pragma once
// The compare view's controls (issue #12 §2), drawn by the timeline above
// its rows while AppState::compare.on: which element (or every element
// stacked per reviewer), the reference reviewer, a legend of the marks, and
// one line of summary (matched, only the reference, only the others, the
// tolerance). And its keys, through the keymap: V turns the view on and
// off, D / Shift+D go to the next / previous disagreement (an unmatched
// tag), selecting it. UI thread only.
#include "gui/shell/app_state.hpp"

namespace spiegel::app::gui {

// Two lines: the controls with the legend, then the summary.
[[nodiscard]] float compareBarHeight();
// What the lanes could not show last frame, said after the summary.
struct CompareNotes {
  bool lanesCut = false;    // not every lane fitted the timeline
  bool linksHidden = false; // some lanes' pairs were too dense to draw as lines
};
void drawCompareBar(AppState &state, CompareNotes notes);
// Every frame, whether or not the view is on (V turns it on).
void handleCompareKeys(AppState &state);
// View ▸ Compare reviewers, and V.
void toggleCompareView(AppState &state);

} // namespace spiegel::app::gui
