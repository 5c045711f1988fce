#pragma once
// The one maker of test recordings for the Catch2 runners. A clip is made
// once per build tree under tmp/clips/ (SPIEGEL_TEST_TMP) and shared by the
// test processes: written under a private name, then renamed into place, so
// processes running at once never see half a file.
//
//   media::SyntheticSpec spec = support::smallClip(4 * kMicrosPerSecond);
//   const std::string path = support::sharedClip("tiny_v1.mp4", spec);
//
// Clips come from our own generator (media::writeSynthetic: the frame number
// as a barcode in every picture, so a test can assert which frame it got).
// Only shapes the generator cannot write (other codecs, containers and
// stream layouts that need an encoder library: the conformance suite) are
// made by the ffmpeg CLI, through the same sharedFile() and ffmpeg() here.
// Keep clips small and short: CI has 2 cores for the whole suite.
#include "spiegel/media/generator.hpp"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string>

namespace spiegel::test::support {

// A small frame-coded recording: 160×90, 25 fps, GOP 1 s, no B-frames,
// AAC stereo tones, libx264 "ultrafast". Callers change what they need.
[[nodiscard]] inline media::SyntheticSpec smallClip(Micros duration) {
  media::SyntheticSpec s;
  s.duration = duration;
  s.width = 160;
  s.height = 90;
  s.gopSeconds = 1.0;
  s.bFrames = 0;
  s.preset = "ultrafast";
  return s;
}

// The path of the shared file `name` (relative to tmp/clips/; its extension
// is kept), made first by `make(path)` when it is not there. `make` writes
// the whole file at the private path it is given or throws. An existing
// file is reused as it is: a name carries a version (coded_v1.mp4) that is
// raised whenever what makes it changes.
inline std::string sharedFile(const std::string &name, const std::function<void(const std::string &path)> &make) {
  namespace fs = std::filesystem;
  const fs::path final = fs::path(SPIEGEL_TEST_TMP) / "clips" / name;
  if (fs::exists(final))
    return final.string();
  fs::create_directories(final.parent_path());
  const fs::path mine =
      final.parent_path() / (final.stem().string() + "." + std::to_string(::getpid()) + final.extension().string());
  make(mine.string());
  if (!fs::exists(mine))
    throw std::runtime_error("the clip " + name + " was not made");
  fs::rename(mine, final);
  return final.string();
}

// sharedFile() written by our generator from `spec` (its path is set here).
inline std::string sharedClip(const std::string &name, media::SyntheticSpec spec) {
  return sharedFile(name, [&](const std::string &path) {
    spec.path = path;
    media::writeSynthetic(spec);
  });
}

// Runs the ffmpeg CLI quietly (for shapes the generator cannot write, and
// as an independent judge); true on success.
inline bool ffmpeg(const std::string &args) {
  return std::system(("ffmpeg -nostdin -v error -y " + args).c_str()) == 0;
}

} // namespace spiegel::test::support
