#pragma once
// The transcript's cues at the playhead, drawn over the foot of the picture
// as subtitles: centred lines on a dark band each, wrapped to the picture
// and scaled with it. UI thread only (draws into the current ImGui window).
//   drawSubtitles(session, fonts.large, pictureMin, pictureMax);
#include "gui/shell/app_state.hpp"

#include <imgui.h>

namespace spiegel::app::gui {

// Draws the cues of s.transcript active at s.state.position inside the
// rectangle [min, max] (the picture, or the panel of a sound-only
// recording); nothing when none is active.
void drawSubtitles(const Session &s, ImFont *font, ImVec2 min, ImVec2 max);

} // namespace spiegel::app::gui
