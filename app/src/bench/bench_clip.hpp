#pragma once
// The benchmark recording: camera-like 1080p H.264 with AAC, generated once
// and kept in the cache folder between runs.
#include <iosfwd>
#include <string>

namespace spiegel::app::bench {

struct ClipPaths {
  std::string video; // 1920×1080 30 fps H.264 ~16 Mb/s, noise, GOP 2 s, 3 B-frames, AAC stereo
  std::string audio; // the same AAC track copied into an .m4a
  double seconds = 0;
};

// Returns the cached clip for this length, writing it first when missing
// (minutes for 10 minutes of 1080p; progress lines go to `log`). Throws
// media::MediaError or std::runtime_error.
[[nodiscard]] ClipPaths benchClip(int seconds, std::ostream &log);

} // namespace spiegel::app::bench
