#include "spiegel/annotate/transcript.hpp"

#include <algorithm>

namespace spiegel::annotate {

Transcript::Transcript(std::vector<WebVttCue> cues) : m_cues(std::move(cues)) {
  std::stable_sort(m_cues.begin(), m_cues.end(),
                   [](const WebVttCue &a, const WebVttCue &b) { return a.start < b.start; });
  m_reach.reserve(m_cues.size());
  for (const WebVttCue &c : m_cues)
    m_reach.push_back(m_reach.empty() ? c.end : std::max(m_reach.back(), c.end));
}

std::vector<std::size_t> Transcript::activeAt(Micros t) const {
  // Cues after `after` start later than t; walking back, once no earlier cue
  // reaches past t none can be active.
  const auto after =
      std::upper_bound(m_cues.begin(), m_cues.end(), t, [](Micros v, const WebVttCue &c) { return v < c.start; });
  std::vector<std::size_t> active;
  for (auto i = static_cast<std::size_t>(after - m_cues.begin()); i > 0 && m_reach[i - 1] > t; --i)
    if (m_cues[i - 1].end > t)
      active.push_back(i - 1);
  std::reverse(active.begin(), active.end());
  return active;
}

} // namespace spiegel::annotate
