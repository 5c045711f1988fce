#pragma once
#include <cstdint>

namespace spiegel {
// Time crossing any module boundary: microseconds from the start of the
// recording's timeline (container start offsets are removed inside media/).
using Micros = std::int64_t;
inline constexpr Micros kMicrosPerSecond = 1'000'000;
} // namespace spiegel
