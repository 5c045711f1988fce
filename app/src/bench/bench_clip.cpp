#include "bench/bench_clip.hpp"

#include "bench/bench_util.hpp"
#include "spiegel/media/background.hpp"
#include "spiegel/media/generator.hpp"

#include <chrono>
#include <filesystem>
#include <ostream>
#include <random>
#include <stdexcept>

namespace spiegel::app::bench {
namespace {

// What a camcorder or phone writes for a 1080p conversation recording.
constexpr std::int64_t kBitRate = 16'000'000;
constexpr int kBFrames = 3;
constexpr double kGopSeconds = 2.0;
// Bump when the clip's recipe changes, so an old cached clip is not reused.
constexpr int kRecipe = 1;

} // namespace

std::vector<std::int64_t> randomFrames(const ClipPaths &clip, int n, unsigned seed) {
  const auto frames = static_cast<std::int64_t>(clip.seconds * kFps);
  std::mt19937 rng(seed);
  std::uniform_int_distribution<std::int64_t> pick(kFps, frames - 3 * kFps);
  std::vector<std::int64_t> out;
  for (int i = 0; i < n; ++i)
    out.push_back(pick(rng));
  return out;
}

std::string secondsArg(Micros t) { return std::to_string(static_cast<double>(t) / kMicrosPerSecond); }

ClipPaths benchClip(int seconds, std::ostream &log) {
  const std::filesystem::path dir = std::filesystem::path(media::cacheDirectory()) / "bench";
  std::filesystem::create_directories(dir);
  const std::string stem = "camera-1080p30-" + std::to_string(seconds) + "s-r" + std::to_string(kRecipe);
  ClipPaths p{(dir / (stem + ".mp4")).string(), (dir / (stem + ".m4a")).string(), static_cast<double>(seconds)};
  if (!std::filesystem::exists(p.video)) {
    log << "generating " << p.video << " (" << seconds << " s of 1080p, once; cached for later runs)\n" << std::flush;
    const auto t0 = std::chrono::steady_clock::now();
    media::SyntheticSpec s;
    s.path = (dir / (stem + ".partial.mp4")).string();
    s.duration = seconds * kMicrosPerSecond;
    s.width = 1920;
    s.height = 1080;
    s.fpsNum = kFps;
    s.gopSeconds = kGopSeconds;
    s.bFrames = kBFrames;
    s.videoBitRate = kBitRate;
    s.noise = true;
    // "superfast" keeps what makes camera streams costly to decode (CABAC,
    // deblocking, B-frames) while generating several times quicker than
    // the default preset.
    s.preset = "superfast";
    s.caption = "Spiegel bench";
    media::writeSynthetic(s);
    std::filesystem::rename(s.path, p.video);
    log << "generated in " << secondsSince(t0) << " s\n" << std::flush;
  }
  if (!std::filesystem::exists(p.audio)) {
    const std::string tmp = (dir / (stem + ".partial.m4a")).string();
    if (runQuiet({"ffmpeg", "-v", "error", "-y", "-i", p.video, "-vn", "-c:a", "copy", tmp}) != 0)
      throw std::runtime_error("ffmpeg could not copy the audio track to " + tmp);
    std::filesystem::rename(tmp, p.audio);
  }
  return p;
}

} // namespace spiegel::app::bench
