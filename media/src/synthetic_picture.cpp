#include "synthetic_picture.hpp"

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace spiegel::media {
namespace {

// The bar crosses the picture once every this many seconds: slow enough to
// see, fast enough that consecutive frames differ below the barcode too.
constexpr double kBarSweepSeconds = 4.0;
// Luma of the moving bar and the text: bright on the dark background.
constexpr std::uint8_t kBarLuma = 200;
constexpr std::uint8_t kTextLuma = 235;

std::string timecodeText(Micros pts, std::int64_t index) {
  const auto ms = pts / 1000;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%02lld:%02lld:%02lld.%03lld  #%lld", static_cast<long long>(ms / 3'600'000),
                static_cast<long long>(ms / 60'000 % 60), static_cast<long long>(ms / 1000 % 60),
                static_cast<long long>(ms % 1000), static_cast<long long>(index));
  return buf;
}

} // namespace

PicturePainter::PicturePainter(const SyntheticSpec &spec) : m_spec(spec), m_w(spec.width), m_h(spec.height) {
  const auto w = static_cast<std::size_t>(m_w), h = static_cast<std::size_t>(m_h);
  m_bgY.resize(w * h);
  for (int y = 0; y < m_h; ++y)
    for (int x = 0; x < m_w; ++x)
      m_bgY[static_cast<std::size_t>(y) * w + static_cast<std::size_t>(x)] =
          static_cast<std::uint8_t>(40 + 80 * x / std::max(1, m_w) + 30 * y / std::max(1, m_h));
  const int cw = (m_w + 1) / 2, ch = (m_h + 1) / 2;
  m_bgU.resize(static_cast<std::size_t>(cw * ch));
  m_bgV.resize(static_cast<std::size_t>(cw * ch));
  for (int y = 0; y < ch; ++y)
    for (int x = 0; x < cw; ++x) {
      const auto i = static_cast<std::size_t>(y * cw + x);
      m_bgU[i] = static_cast<std::uint8_t>(110 + 40 * x / std::max(1, cw));
      m_bgV[i] = static_cast<std::uint8_t>(150 - 40 * y / std::max(1, ch));
    }
}

void PicturePainter::paint(const Planes &p, std::int64_t index, Micros pts) {
  const int cw = (m_w + 1) / 2, ch = (m_h + 1) / 2;
  for (int y = 0; y < m_h; ++y)
    std::memcpy(p.y + static_cast<std::ptrdiff_t>(y) * p.strideY, &m_bgY[static_cast<std::size_t>(y * m_w)],
                static_cast<std::size_t>(m_w));
  for (int y = 0; y < ch; ++y) {
    std::memcpy(p.u + static_cast<std::ptrdiff_t>(y) * p.strideUV, &m_bgU[static_cast<std::size_t>(y * cw)],
                static_cast<std::size_t>(cw));
    std::memcpy(p.v + static_cast<std::ptrdiff_t>(y) * p.strideUV, &m_bgV[static_cast<std::size_t>(y * cw)],
                static_cast<std::size_t>(cw));
  }
  const int band = frameCodeHeight(m_h);
  // Neutral chroma under the barcode: black and white cells, not tinted ones.
  for (int y = 0; y < std::min(ch, (band + 1) / 2); ++y) {
    std::fill_n(p.u + static_cast<std::ptrdiff_t>(y) * p.strideUV, cw, std::uint8_t{128});
    std::fill_n(p.v + static_cast<std::ptrdiff_t>(y) * p.strideUV, cw, std::uint8_t{128});
  }
  // Moving bar below the barcode band.
  const double phase = static_cast<double>(pts) / (kBarSweepSeconds * kMicrosPerSecond);
  const int barW = std::max(2, m_w / 20);
  const int barX = static_cast<int>((phase - static_cast<double>(static_cast<std::int64_t>(phase))) * (m_w + barW)) - barW;
  for (int y = band; y < m_h; ++y) {
    std::uint8_t *line = p.y + static_cast<std::ptrdiff_t>(y) * p.strideY;
    std::fill(line + std::clamp(barX, 0, m_w), line + std::clamp(barX + barW, 0, m_w), kBarLuma);
  }
  const int scale = std::max(1, m_h / 180);
  int textY = band + 2 * scale;
  if (m_spec.timecode) {
    drawText(p.y, p.strideY, m_w, m_h, 4 * scale, textY, timecodeText(pts, index), scale, kTextLuma);
    textY += 9 * scale;
  }
  if (!m_spec.caption.empty())
    drawText(p.y, p.strideY, m_w, m_h, 4 * scale, textY, m_spec.caption, scale, kTextLuma);
  if (m_spec.drawLuma)
    m_spec.drawLuma(index, pts, p.y, p.strideY, m_w, m_h);
  if (m_spec.noise)
    addGrain(p);
  drawFrameCode(p.y, p.strideY, m_w, m_h, index);
}

// Fresh grain every frame (xorshift64*), triangular in −7…+7 on luma
// (σ ≈ 3.2, like a camcorder in room light) and −3…+3 on chroma. Fresh
// rather than a shifted buffer: a shifted pattern is a translation that the
// encoder's motion search would find and compress away.
void PicturePainter::addGrain(const Planes &p) {
  auto next = [this] {
    m_rng ^= m_rng >> 12;
    m_rng ^= m_rng << 25;
    m_rng ^= m_rng >> 27;
    return m_rng * 0x2545F4914F6CDD1DULL;
  };
  auto grainRow = [&](std::uint8_t *row, int n, unsigned mask, int bias) {
    int x = 0;
    while (x < n) {
      std::uint64_t r = next();
      for (int k = 0; k < 8 && x < n; ++k, ++x, r >>= 8) {
        const auto b = static_cast<unsigned>(r & 0xFFU);
        const int d = static_cast<int>((b & mask) + ((b >> 4) & mask)) - bias;
        row[x] = static_cast<std::uint8_t>(std::clamp(row[x] + d, 0, 255));
      }
    }
  };
  for (int y = 0; y < m_h; ++y)
    grainRow(p.y + static_cast<std::ptrdiff_t>(y) * p.strideY, m_w, 7U, 7);
  const int cw = (m_w + 1) / 2, ch = (m_h + 1) / 2;
  for (int y = 0; y < ch; ++y) {
    grainRow(p.u + static_cast<std::ptrdiff_t>(y) * p.strideUV, cw, 3U, 3);
    grainRow(p.v + static_cast<std::ptrdiff_t>(y) * p.strideUV, cw, 3U, 3);
  }
}

} // namespace spiegel::media
