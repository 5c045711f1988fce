#pragma once
// The benchmark recording: camera-like 1080p H.264 with AAC, generated once
// and kept in the cache folder between runs.
#include "spiegel/media/time.hpp"

#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

namespace spiegel::app::bench {

struct ClipPaths {
  std::string video; // 1920×1080 30 fps H.264 ~16 Mb/s, noise, GOP 2 s, 3 B-frames, AAC stereo
  std::string audio; // the same AAC track copied into an .m4a
  double seconds = 0;
};

inline constexpr int kFps = 30; // the bench clip's frame rate
// The middle of frame i: a target that is unambiguously inside that frame.
[[nodiscard]] inline Micros middleOfFrame(std::int64_t i) {
  return i * kMicrosPerSecond / kFps + kMicrosPerSecond / (2 * kFps);
}
// `n` random frame numbers away from both ends of the clip, the same for
// the same seed.
[[nodiscard]] std::vector<std::int64_t> randomFrames(const ClipPaths &clip, int n, unsigned seed);
// A time in µs as the ffmpeg CLI's seconds ("12.350000").
[[nodiscard]] std::string secondsArg(Micros t);

// Returns the cached clip for this length, writing it first when missing
// (minutes for 10 minutes of 1080p; progress lines go to `log`). Throws
// media::MediaError or std::runtime_error.
[[nodiscard]] ClipPaths benchClip(int seconds, std::ostream &log);

} // namespace spiegel::app::bench
