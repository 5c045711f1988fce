#pragma once
// The strip under the Tags table: all of the selected tag — element,
// valence, time, indicator, people, reviewer and its whole note — wrapped to
// the panel's width, so nothing needs sideways scrolling. A note is never
// cut: when the strip would take more than its share of the tab it scrolls
// up and down instead. With nothing selected, one line says what it is for.
//
//   const float h = tagDetailHeight(state, ImGui::GetContentRegionAvail());
//   ...the table, leaving h below it...; drawTagDetail(state, h);
//
// UI thread only.
#include "gui/shell/app_state.hpp"

#include <imgui.h>

namespace spiegel::app::gui {

// The strip's height for the current selection and language when drawn
// `avail.x` wide; at most kShare of `avail.y` (the room for table and strip)
// unless that is less than a few lines.
[[nodiscard]] float tagDetailHeight(const AppState &state, ImVec2 avail);
// Draws the strip at the cursor, as wide as the room there, `height` high.
// A member who revealed in a coding round may agree the tag as the group's
// consensus here (Workspace::promoteToConsensus); a consensus tag says who agreed.
void drawTagDetail(AppState &state, float height);

} // namespace spiegel::app::gui
