#pragma once
#include "spiegel/media/time.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace spiegel::media {

// A decoded picture in planar YUV 4:2:0 (8 bit), ready to upload as three
// single-channel textures and convert in a shader. Immutable once published,
// so it may be shared between threads through shared_ptr<const VideoFrame>.
struct VideoFrame {
  int width = 0, height = 0;   // luma size (coded, before rotation)
  int rotation = 0;            // clockwise degrees to display upright
  Micros pts = 0;              // timeline time of this frame
  Micros duration = 0;         // until the next frame (best estimate)
  std::int64_t index = -1;     // decode order number since open (diagnostics)
  bool fullRange = false;      // JPEG (0-255) or video (16-235) range
  bool bt709 = true;           // colour matrix: BT.709 (HD) or BT.601 (SD)
  std::vector<std::uint8_t> y, u, v;
  int strideY = 0, strideUV = 0;
};
using FramePtr = std::shared_ptr<const VideoFrame>;

// Packed RGB24 picture (rotation applied), for stills and thumbnails.
struct RgbImage {
  int width = 0, height = 0;
  Micros pts = 0;
  std::vector<std::uint8_t> rgb; // width * height * 3
};

// Writes an RGB image as PNG through FFmpeg's encoder. Throws MediaError.
void writePng(const RgbImage &image, const std::string &path);
// Converts a YUV frame to RGB at its display orientation, scaled to fit
// maxWidth (0 = keep size).
[[nodiscard]] RgbImage toRgb(const VideoFrame &frame, int maxWidth = 0);

} // namespace spiegel::media
