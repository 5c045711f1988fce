#pragma once
#include "spiegel/media/frame.hpp"
#include "spiegel/media/time.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace spiegel::media {

// Synthetic recordings for tests, benchmarks and the demo. Every picture
// carries its frame number as a block barcode (readable after lossy
// compression), so a test can assert which frame it got.
struct SyntheticSpec {
  std::string path;            // container chosen by extension (.mp4 .mkv .mov .ts .avi .webm; .m4a .mp3 .wav .ogg .flac audio only)
  Micros duration = 10 * kMicrosPerSecond;
  int width = 640, height = 360;
  int fpsNum = 25, fpsDen = 1;
  bool video = true;
  bool audio = true;
  int sampleRate = 48000;
  int channels = 2;
  double gopSeconds = 2.0;     // keyframe interval
  int bFrames = 2;
  std::int64_t videoBitRate = 0; // 0 = CRF default
  bool noise = false;          // camera-like noise (benchmarks)
  int rotation = 0;            // display-matrix rotation to write (0/90/180/270)
  Micros startOffset = 0;      // container start time (e.g. MPEG-TS camcorder)
  bool variableFps = false;    // jittered frame durations
  bool interlaced = false;     // encode as interlaced (tff)
  std::string caption;         // optional line drawn in the picture
  // Optional: per-frame hook to draw extra content into the luma plane.
  std::function<void(std::int64_t frameIndex, Micros pts, std::uint8_t *y, int stride, int w, int h)> drawLuma;
  // Optional mono PCM (sampleRate) to use as the audio instead of tones.
  std::vector<float> pcm;
};

// Writes the file. Throws MediaError(EncodeFailed) on failure.
void writeSynthetic(const SyntheticSpec &spec);

// The barcode: drawn into / read from a luma plane of at least 64×16 px.
void drawFrameCode(std::uint8_t *y, int stride, int width, int height, std::int64_t number);
// Returns the number, or nullopt when no valid code is found.
[[nodiscard]] std::optional<std::int64_t> readFrameCode(const std::uint8_t *y, int stride, int width, int height);
[[nodiscard]] std::optional<std::int64_t> readFrameCode(const VideoFrame &frame);

} // namespace spiegel::media
