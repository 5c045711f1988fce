#pragma once
// Small recordings for the player/probe tests, made once per test run:
// with our generator (frame number as a barcode) or the ffmpeg CLI.
#include "spiegel/media/generator.hpp"
#include "test_util.hpp"

#include <filesystem>
#include <string>

namespace spiegel::test {

// 25 fps, so frame n starts at exactly n * 40 000 µs.
inline constexpr Micros kFrameUs = 40'000;

// 6 s, 320×180, 25 fps, GOP 1 s (keyframes at multiples of 25), 2 B-frames,
// AAC stereo. Generated once per process.
inline const std::string &codedClip() {
  static const std::string path = [] {
    const std::string dir = scratchDir("clips_" + std::to_string(::getpid()));
    media::SyntheticSpec s;
    s.path = dir + "/coded.mp4";
    s.duration = 6 * kMicrosPerSecond;
    s.width = 320;
    s.height = 180;
    s.gopSeconds = 1.0;
    s.bFrames = 2;
    s.preset = "ultrafast";
    media::writeSynthetic(s);
    return s.path;
  }();
  return path;
}

// Runs the ffmpeg CLI quietly; true on success.
inline bool ffmpeg(const std::string &args) {
  return std::system(("ffmpeg -nostdin -v error -y " + args).c_str()) == 0;
}

} // namespace spiegel::test
