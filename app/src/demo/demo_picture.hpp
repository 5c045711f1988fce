#pragma once
// The picture of the demo recording: four role panels with the current
// speaker lit, the spoken line as a subtitle and a large timecode. Drawn into
// the luma plane through SyntheticSpec::drawLuma.
#include "demo/demo_script.hpp"

#include <cstdint>
#include <memory>
#include <vector>

namespace spiegel::app::demo {

class DemoPicture {
public:
  explicit DemoPicture(std::vector<Cue> cues) : m_cues(std::make_shared<const std::vector<Cue>>(std::move(cues))) {}
  // Called by the generator on its thread, once per frame.
  void operator()(std::int64_t index, Micros pts, std::uint8_t *y, int stride, int w, int h) const;

private:
  std::shared_ptr<const std::vector<Cue>> m_cues; // immutable, shared by copies
};

} // namespace spiegel::app::demo
