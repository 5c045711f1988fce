#include "gui/panels/video/subtitles.hpp"

#include "gui/shell/test_layout.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace spiegel::app::gui {
namespace {
// Broadcast subtitles are about 1/20 of the picture's height; never smaller
// than the interface's text, never so large that two lines take a third of
// the picture.
constexpr float kHeightShare = 1.0f / 20.0f;
constexpr float kMinScale = 1.0f, kMaxScale = 2.4f; // of the font's own size
constexpr float kWidthShare = 0.84f;                // lines wrap at this share of the picture's width
constexpr ImU32 kBand = IM_COL32(0, 0, 0, 190);     // readable over a white wall and a dark room alike
constexpr ImU32 kTextColour = IM_COL32(255, 255, 255, 255);

// `text` broken into lines of at most `wrap` pixels at `size`, at its own
// line ends and between words.
std::vector<std::string_view> wrapLines(ImFont *font, float size, std::string_view text, float wrap) {
  std::vector<std::string_view> lines;
  const float scale = size / font->FontSize;
  while (!text.empty()) {
    const std::size_t nl = text.find('\n');
    std::string_view para = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    do {
      const char *end = font->CalcWordWrapPositionA(scale, para.data(), para.data() + para.size(), wrap);
      if (end == para.data()) // a word wider than the line: at least one character per line
        ++end;
      const auto n = static_cast<std::size_t>(end - para.data());
      std::string_view line = para.substr(0, n);
      while (!line.empty() && line.back() == ' ')
        line.remove_suffix(1);
      lines.push_back(line);
      para.remove_prefix(n);
      while (!para.empty() && para.front() == ' ')
        para.remove_prefix(1);
    } while (!para.empty());
  }
  return lines;
}
} // namespace

void drawSubtitles(const Session &s, ImFont *font, ImVec2 min, ImVec2 max) {
  std::string text;
  for (const std::size_t i : s.transcript.activeAt(s.state.position)) {
    if (!text.empty())
      text += '\n';
    text += s.transcript.cues()[i].text;
  }
  if (TestLayout *tl = testLayout())
    tl->value("subtitle", text);
  if (text.empty() || font == nullptr)
    return;
  const float w = max.x - min.x, h = max.y - min.y;
  const float size = std::clamp(h * kHeightShare, font->FontSize * kMinScale, font->FontSize * kMaxScale);
  const float pad = size * 0.3f;
  const std::vector<std::string_view> lines = wrapLines(font, size, text, std::max(w * kWidthShare, size * 4.0f));
  ImDrawList *dl = ImGui::GetWindowDrawList();
  const float lineH = size * 1.25f;
  float y = max.y - h * 0.05f - lineH * static_cast<float>(lines.size());
  ImVec2 boxMin(max.x, y), boxMax(min.x, y);
  for (const std::string_view line : lines) {
    const float tw = font->CalcTextSizeA(size, w, 0.0f, line.data(), line.data() + line.size()).x;
    const float x = min.x + (w - tw) * 0.5f;
    const ImVec2 a(x - pad, y), b(x + tw + pad, y + lineH);
    dl->AddRectFilled(a, b, kBand, size * 0.15f);
    dl->AddText(font, size, ImVec2(x, y + (lineH - size) * 0.5f), kTextColour, line.data(), line.data() + line.size());
    boxMin = ImVec2(std::min(boxMin.x, a.x), boxMin.y);
    boxMax = ImVec2(std::max(boxMax.x, b.x), b.y);
    y += lineH;
  }
  if (TestLayout *tl = testLayout())
    tl->rect("subtitle", boxMin, boxMax);
}

} // namespace spiegel::app::gui
