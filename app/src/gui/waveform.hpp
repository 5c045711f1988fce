#pragma once
// Draws a Peaks waveform between two times into a rectangle: one vertical
// bar per pixel column spanning the min…max of the buckets under it. Used by
// the timeline's waveform row and, large, in place of the video for
// audio-only recordings. Cost: O(visible buckets), no allocation.
#include <spiegel/media/background.hpp>

#include <imgui.h>

namespace spiegel::app::gui {

void drawWaveform(ImDrawList *dl, ImVec2 min, ImVec2 max, const media::Peaks &peaks, Micros from, Micros to,
                  ImU32 color);

} // namespace spiegel::app::gui
