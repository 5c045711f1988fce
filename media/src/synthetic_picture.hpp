#pragma once
// Private: paints one synthetic picture (yuv420p planes) for writeSynthetic.
#include "spiegel/media/generator.hpp"

#include <cstdint>
#include <vector>

namespace spiegel::media {

struct Planes {
  std::uint8_t *y = nullptr, *u = nullptr, *v = nullptr;
  int strideY = 0, strideUV = 0;
};

// Owns the precomputed background and the noise generator state; used by
// one thread (the writer's).
class PicturePainter {
public:
  explicit PicturePainter(const SyntheticSpec &spec);
  // Background, a moving bar, timecode, caption, the spec's drawLuma hook,
  // optional grain, then the frame-number barcode on top.
  void paint(const Planes &planes, std::int64_t index, Micros pts);

private:
  void addGrain(const Planes &planes);

  const SyntheticSpec &m_spec;
  int m_w, m_h;
  std::vector<std::uint8_t> m_bgY, m_bgU, m_bgV; // static gradient, tightly packed
  std::uint64_t m_rng = 0x9E3779B97F4A7C15ULL;
};

} // namespace spiegel::media
