#pragma once
// Private: facts about one stream that probe() and the Player both need.
#include "av_ptr.hpp"

namespace spiegel::media {

// Clockwise degrees (0/90/180/270) to turn the picture upright, from the
// stream's display matrix.
[[nodiscard]] int rotationOf(const AVStream &stream);
// Interlaced according to the container/decoder field order.
[[nodiscard]] bool interlacedOf(const AVStream &stream);

} // namespace spiegel::media
