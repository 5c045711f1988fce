#pragma once
// Draws a Peaks waveform between two times into a rectangle: one vertical
// bar per pixel column spanning the min…max of the buckets under it. Used by
// the timeline's waveform row and, large, in place of the video for
// audio-only recordings. Cost: O(visible buckets), no allocation.
#include <spiegel/media/background.hpp>

#include <imgui.h>

#include <memory>

namespace spiegel::app::gui {

// `gain` scales the samples (see WaveformGain) and is clamped to ±1 after.
void drawWaveform(ImDrawList *dl, ImVec2 min, ImVec2 max, const media::Peaks &peaks, Micros from, Micros to,
                  ImU32 color, float gain = 1.0f);

// Normalises quiet recordings: a conversation recorded from across the room
// peaks at −20 dB and would draw as a flat line. Gain brings the loudest peak
// to 90 % of the row, at most 20× (so near-silence is not blown up to noise).
// Computed once per Peaks result (O(buckets)), then cached. UI thread only.
class WaveformGain {
public:
  [[nodiscard]] float get(const std::shared_ptr<const media::Peaks> &peaks);

private:
  std::shared_ptr<const media::Peaks> m_for; // the result the gain was computed for
  float m_gain = 1.0f;
};

} // namespace spiegel::app::gui
