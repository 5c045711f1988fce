#pragma once
// Small recordings for the player/probe tests, made once per test run:
// with our generator (frame number as a barcode) or the ffmpeg CLI.
#include "spiegel/media/generator.hpp"
#include "test_util.hpp"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>

namespace spiegel::test {

// 25 fps, so frame n starts at exactly n * 40 000 µs.
inline constexpr Micros kFrameUs = 40'000;

// 6 s, 320×180, 25 fps, GOP 1 s (keyframes at multiples of 25), 2 B-frames,
// AAC stereo. Made once per build tree and shared by the test processes
// (written under a private name, then renamed into place).
inline const std::string &codedClip() {
  static const std::string path = [] {
    const std::filesystem::path dir = std::filesystem::path(SPIEGEL_TEST_TMP) / "media" / "shared_clips";
    std::filesystem::create_directories(dir);
    const std::string final = (dir / "coded_v1.mp4").string();
    if (std::filesystem::exists(final))
      return final;
    media::SyntheticSpec s;
    s.path = (dir / ("coded_" + std::to_string(::getpid()) + ".mp4")).string();
    s.duration = 6 * kMicrosPerSecond;
    s.width = 320;
    s.height = 180;
    s.gopSeconds = 1.0;
    s.bFrames = 2;
    s.preset = "ultrafast";
    media::writeSynthetic(s);
    std::filesystem::rename(s.path, final);
    return final;
  }();
  return path;
}

// Runs the ffmpeg CLI quietly; true on success.
inline bool ffmpeg(const std::string &args) {
  return std::system(("ffmpeg -nostdin -v error -y " + args).c_str()) == 0;
}

} // namespace spiegel::test
