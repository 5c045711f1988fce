#pragma once
// Draws a Peaks waveform between two times into a rectangle: one vertical
// bar per pixel column spanning the min…max of the buckets under it. Used by
// the timeline's waveform row and, large, in place of the video for
// audio-only recordings.
//   WaveformView wave;  wave.draw(dl, min, max, job.result(), from, to, colour);
#include <spiegel/media/background.hpp>

#include <imgui.h>

#include <memory>
#include <vector>

namespace spiegel::app::gui {

// Keeps, per Peaks result, what makes drawing cheap and readable:
// - coarser copies (each 8× fewer buckets), so a 90-minute recording shown
//   whole reads ~2 buckets per pixel instead of ~300: O(pixels) per frame;
// - a gain for quiet recordings: a conversation recorded from across the
//   room peaks at −20 dB and would draw as a flat line, so the loudest peak
//   is brought to 90 % of the row, at most 20× (near-silence stays calm).
// Rebuilt only when the result changes. UI thread only.
class WaveformView {
public:
  void draw(ImDrawList *dl, ImVec2 min, ImVec2 max, const std::shared_ptr<const media::Peaks> &peaks,
            Micros from, Micros to, ImU32 color);

private:
  void rebuild(const std::shared_ptr<const media::Peaks> &peaks);

  std::shared_ptr<const media::Peaks> m_for; // the result the caches belong to
  std::vector<media::Peaks> m_coarser;       // [0] = 8× coarser than *m_for, [1] = 64×, …
  float m_gain = 1.0f;
};

} // namespace spiegel::app::gui
