#pragma once
#include "spiegel/media/frame.hpp"
#include "spiegel/media/time.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
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
  bool timecode = true;        // draw "HH:MM:SS.mmm #frame" under the barcode
  // libx264 speed preset: "veryfast" keeps test and demo generation quick;
  // benchmarks that want a realistic bitstream may ask for "medium".
  std::string preset = "veryfast";
  int crf = 23;                // quality when videoBitRate == 0 (x264 default)
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
// Rows at the top of a picture `height` px high that the barcode covers
// (drawLuma hooks keep out of them).
[[nodiscard]] int frameCodeHeight(int height);

// The tone writeSynthetic puts in second `second` of the audio when no pcm
// is given: a different frequency each second, so a test can tell where in
// the audio it is (repeats every 16 s).
[[nodiscard]] double toneFrequency(std::int64_t second);

// A 5×7 bitmap font for captions and labels in synthetic pictures. Draws
// `text` (ASCII; Latin-1 letters such as ë are drawn as their base letter)
// with its top-left corner at (x, y0), each font pixel `scale` px square,
// clipped to the plane. Returns the width drawn in px.
int drawText(std::uint8_t *y, int stride, int width, int height, int x, int y0, std::string_view text,
             int scale, std::uint8_t luma);
[[nodiscard]] int textWidth(std::string_view text, int scale);

} // namespace spiegel::media
