#pragma once
// Small recordings for the player/probe tests, made once per test run by
// the one clip maker (support/clips.hpp).
#include "support/clips.hpp"
#include "test_util.hpp"

#include <string>

namespace spiegel::test {

// 25 fps, so frame n starts at exactly n * 40 000 µs.
inline constexpr Micros kFrameUs = 40'000;

// 6 s, 320×180, 25 fps, GOP 1 s (keyframes at multiples of 25), 2 B-frames,
// AAC stereo. Made once per build tree and shared by the test processes.
inline const std::string &codedClip() {
  static const std::string path = [] {
    auto s = support::smallClip(6 * kMicrosPerSecond);
    s.width = 320;
    s.height = 180;
    s.bFrames = 2;
    return support::sharedClip("coded_v1.mp4", s);
  }();
  return path;
}

using support::ffmpeg;

} // namespace spiegel::test
