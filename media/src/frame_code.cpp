// The frame-number barcode of synthetic recordings.
//
// Layout: a band across the full width at the top of the picture, split into
// kCells equal cells, each either black or white over the whole band height:
//   [start 1 0 1] [24 data bits, MSB first] [even parity] [stop 0 1 1 0]
// Big cells survive H.264/VP9 at normal quality: the reader only looks at the
// middle of each cell, away from the ringing at the edges. The band height
// and the cell width are proportional to the picture, so a scaled-down copy
// (a thumbnail) still has the code in the same relative place.
#include "spiegel/media/generator.hpp"

#include <algorithm>
#include <array>

namespace spiegel::media {
namespace {

constexpr int kDataBits = 24;
constexpr int kCells = 32;
constexpr std::array<int, 3> kStart{1, 0, 1};
constexpr std::array<int, 4> kStop{0, 1, 1, 0};
constexpr int kParityCell = 3 + kDataBits;
static_assert(kParityCell + 1 + static_cast<int>(kStop.size()) == kCells);

// Video-range black and white: what an encoder keeps without clipping.
constexpr std::uint8_t kBlack = 16;
constexpr std::uint8_t kWhite = 235;
// The reader refuses a band whose white and black cells differ by less than
// this: a picture without a code (or a grey frame) must not decode.
constexpr int kMinContrast = 80;

struct Geometry {
  int x0 = 0, cellW = 0, bandH = 0;
};

Geometry geometry(int width, int height) {
  Geometry g;
  g.cellW = width / kCells;
  g.x0 = (width - g.cellW * kCells) / 2;
  g.bandH = frameCodeHeight(height);
  return g;
}

std::array<int, kCells> cellsFor(std::int64_t number) {
  std::array<int, kCells> c{};
  std::copy(kStart.begin(), kStart.end(), c.begin());
  const auto value = static_cast<std::uint32_t>(number) & ((1U << kDataBits) - 1U);
  int ones = 0;
  for (int b = 0; b < kDataBits; ++b) {
    const int bit = static_cast<int>((value >> (kDataBits - 1 - b)) & 1U);
    c[static_cast<std::size_t>(3 + b)] = bit;
    ones += bit;
  }
  c[kParityCell] = ones % 2;
  std::copy(kStop.begin(), kStop.end(), c.begin() + kParityCell + 1);
  return c;
}

} // namespace

int frameCodeHeight(int height) { return std::min(height, std::max(8, height / 10)); }

void drawFrameCode(std::uint8_t *y, int stride, int width, int height, std::int64_t number) {
  const Geometry g = geometry(width, height);
  if (g.cellW < 1 || height < 1)
    return;
  const auto cells = cellsFor(number);
  for (int row = 0; row < g.bandH; ++row) {
    std::uint8_t *line = y + static_cast<std::ptrdiff_t>(row) * stride;
    // Quiet zone left and right of the cells is black, like the gaps.
    std::fill(line, line + width, kBlack);
    for (int c = 0; c < kCells; ++c)
      if (cells[static_cast<std::size_t>(c)] != 0)
        std::fill(line + g.x0 + c * g.cellW, line + g.x0 + (c + 1) * g.cellW, kWhite);
  }
}

std::optional<std::int64_t> readFrameCode(const std::uint8_t *y, int stride, int width, int height) {
  const Geometry g = geometry(width, height);
  if (g.cellW < 2 || g.bandH < 4 || y == nullptr)
    return std::nullopt;
  // Sample the middle half of each cell in both directions.
  const int rowA = g.bandH / 4, rowB = std::max(rowA + 1, g.bandH - g.bandH / 4);
  const int inset = g.cellW / 4;
  std::array<int, kCells> mean{};
  for (int c = 0; c < kCells; ++c) {
    const int xa = g.x0 + c * g.cellW + inset;
    const int xb = std::max(xa + 1, g.x0 + (c + 1) * g.cellW - inset);
    long sum = 0;
    for (int row = rowA; row < rowB; ++row) {
      const std::uint8_t *line = y + static_cast<std::ptrdiff_t>(row) * stride;
      for (int x = xa; x < xb; ++x)
        sum += line[x];
    }
    mean[static_cast<std::size_t>(c)] = static_cast<int>(sum / (static_cast<long>(rowB - rowA) * (xb - xa)));
  }
  // Threshold halfway between the start pattern's white and black cells.
  const int white = (mean[0] + mean[2]) / 2, black = mean[1];
  if (white - black < kMinContrast)
    return std::nullopt;
  const int threshold = (white + black) / 2;
  std::array<int, kCells> bits{};
  for (std::size_t c = 0; c < kCells; ++c)
    bits[c] = mean[c] > threshold ? 1 : 0;
  if (!std::equal(kStart.begin(), kStart.end(), bits.begin()) ||
      !std::equal(kStop.begin(), kStop.end(), bits.begin() + kParityCell + 1))
    return std::nullopt;
  std::int64_t value = 0;
  int ones = 0;
  for (int b = 0; b < kDataBits; ++b) {
    const int bit = bits[static_cast<std::size_t>(3 + b)];
    value = (value << 1) | bit;
    ones += bit;
  }
  if (ones % 2 != bits[kParityCell])
    return std::nullopt;
  return value;
}

std::optional<std::int64_t> readFrameCode(const VideoFrame &frame) {
  if (frame.y.size() < static_cast<std::size_t>(frame.strideY) * static_cast<std::size_t>(frame.height) ||
      frame.strideY < frame.width)
    return std::nullopt;
  return readFrameCode(frame.y.data(), frame.strideY, frame.width, frame.height);
}

} // namespace spiegel::media
