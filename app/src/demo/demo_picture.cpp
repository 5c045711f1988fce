#include "demo/demo_picture.hpp"

#include "spiegel/media/generator.hpp"

#include <algorithm>
#include <cstdio>

namespace spiegel::app::demo {
namespace {

void fillRect(std::uint8_t *y, int stride, int w, int h, int x0, int y0, int rw, int rh, std::uint8_t luma) {
  const int xa = std::clamp(x0, 0, w), xb = std::clamp(x0 + rw, 0, w);
  for (int row = std::max(0, y0); row < std::min(h, y0 + rh); ++row)
    std::fill(y + static_cast<std::ptrdiff_t>(row) * stride + xa, y + static_cast<std::ptrdiff_t>(row) * stride + xb,
              luma);
}

// Splits text into lines of at most `width` characters at spaces.
std::vector<std::string> wrap(const std::string &text, std::size_t width) {
  std::vector<std::string> lines;
  std::string cur;
  std::size_t start = 0;
  while (start < text.size()) {
    auto space = text.find(' ', start);
    const std::string word = text.substr(start, space == std::string::npos ? std::string::npos : space - start);
    if (!cur.empty() && cur.size() + 1 + word.size() > width) {
      lines.push_back(cur);
      cur.clear();
    }
    cur += (cur.empty() ? "" : " ") + word;
    if (space == std::string::npos)
      break;
    start = space + 1;
  }
  if (!cur.empty())
    lines.push_back(cur);
  return lines;
}

} // namespace

void DemoPicture::operator()(std::int64_t, Micros pts, std::uint8_t *y, int stride, int w, int h) const {
  const double s = h / 720.0; // designed for 1280×720, scales with the picture
  auto px = [s](double v) { return static_cast<int>(v * s); };
  const int text = std::max(1, px(3));
  const Cue *now = nullptr;
  for (const auto &c : *m_cues)
    if (pts >= c.start && pts < c.end)
      now = &c;
  media::drawText(y, stride, w, h, px(40), px(140), "Spiegel demo - gesprek met een gezin (synthetisch)", text, 230);
  // Four role panels in a row; the one speaking is lit and shows a level bar.
  const int gap = px(30), top = px(200), panelH = px(230);
  const int panelW = (w - 5 * gap) / 4;
  for (int i = 0; i < 4; ++i) {
    const bool speaking = now != nullptr && now->speaker == i;
    const int x = gap + i * (panelW + gap);
    fillRect(y, stride, w, h, x, top, panelW, panelH, speaking ? 215 : 55);
    const auto role = speakers()[static_cast<std::size_t>(i)].role;
    const int tw = media::textWidth(role, text);
    media::drawText(y, stride, w, h, x + (panelW - tw) / 2, top + px(40), role, text, speaking ? 20 : 190);
    if (speaking) {
      // A bar that moves while someone talks, ~6 changes a second.
      const unsigned long long step = static_cast<unsigned long long>(pts / 160'000) * 0x9E3779B97F4A7C15ULL;
      const int level = px(30) + static_cast<int>((step >> 40) % static_cast<unsigned long long>(std::max(1, px(90))));
      fillRect(y, stride, w, h, x + panelW / 2 - px(20), top + panelH - px(20) - level, px(40), level, 30);
    }
  }
  if (now != nullptr) {
    const std::string line = std::string(speakers()[static_cast<std::size_t>(now->speaker)].role) + ": " + now->text;
    const auto perLine = static_cast<std::size_t>(std::max(10, (w - 2 * px(40)) / (6 * text)));
    int ty = px(470);
    for (const auto &l : wrap(line, perLine)) {
      media::drawText(y, stride, w, h, px(40), ty, l, text, 240);
      ty += 10 * text;
    }
  }
  const long long sec = pts / kMicrosPerSecond;
  char tc[32];
  std::snprintf(tc, sizeof tc, "%02lld:%02lld", sec / 60, sec % 60);
  const int big = std::max(1, px(8));
  media::drawText(y, stride, w, h, w - media::textWidth(tc, big) - px(40), h - 7 * big - px(30), tc, big, 235);
}

} // namespace spiegel::app::demo
