#pragma once
// A recording's transcript: its WebVTT cues in start order, and which of
// them are spoken at a moment (the subtitles and the transcript strip).
//   const Transcript t(parseWebVtt(text).cues);
//   for (std::size_t i : t.activeAt(position)) show(t.cues()[i].text);
// A plain value: build it once, then read it from any one thread.
#include <cstddef>
#include <vector>

#include "spiegel/annotate/types.hpp"
#include "spiegel/annotate/webvtt.hpp"

namespace spiegel::annotate {

class Transcript {
public:
  Transcript() = default;
  // Sorts the cues by start (stable: cues that start together keep file order).
  explicit Transcript(std::vector<WebVttCue> cues);

  [[nodiscard]] const std::vector<WebVttCue> &cues() const { return m_cues; }
  [[nodiscard]] bool empty() const { return m_cues.empty(); }
  // The indices of the cues with start <= t < end, in start order (cues may
  // overlap: two people speaking at once). O(log n + the cues that overlap t).
  [[nodiscard]] std::vector<std::size_t> activeAt(Micros t) const;

private:
  std::vector<WebVttCue> m_cues;
  std::vector<Micros> m_reach; // m_reach[i]: the latest end among cues 0..i (so a search can stop early)
};

} // namespace spiegel::annotate
