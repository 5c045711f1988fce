#include "gui/shell/widgets.hpp"

#include "gui/shell/theme.hpp"

#include <algorithm>

namespace spiegel::app::gui {
namespace {
void drawIcon(ImDrawList *dl, ImVec2 c, float r, Icon icon, ImU32 col) {
  switch (icon) {
  case Icon::Play:
    dl->AddTriangleFilled(ImVec2(c.x - r * 0.6f, c.y - r), ImVec2(c.x - r * 0.6f, c.y + r), ImVec2(c.x + r, c.y), col);
    break;
  case Icon::Pause:
    dl->AddRectFilled(ImVec2(c.x - r * 0.8f, c.y - r), ImVec2(c.x - r * 0.25f, c.y + r), col, 1.0f);
    dl->AddRectFilled(ImVec2(c.x + r * 0.25f, c.y - r), ImVec2(c.x + r * 0.8f, c.y + r), col, 1.0f);
    break;
  case Icon::StepBack:
    dl->AddRectFilled(ImVec2(c.x - r, c.y - r * 0.8f), ImVec2(c.x - r * 0.65f, c.y + r * 0.8f), col);
    dl->AddTriangleFilled(ImVec2(c.x + r * 0.8f, c.y - r * 0.8f), ImVec2(c.x + r * 0.8f, c.y + r * 0.8f),
                          ImVec2(c.x - r * 0.5f, c.y), col);
    break;
  case Icon::StepForward:
    dl->AddRectFilled(ImVec2(c.x + r * 0.65f, c.y - r * 0.8f), ImVec2(c.x + r, c.y + r * 0.8f), col);
    dl->AddTriangleFilled(ImVec2(c.x - r * 0.8f, c.y - r * 0.8f), ImVec2(c.x - r * 0.8f, c.y + r * 0.8f),
                          ImVec2(c.x + r * 0.5f, c.y), col);
    break;
  case Icon::VolumeOn:
  case Icon::VolumeOff: {
    const ImVec2 pts[] = {
        ImVec2(c.x - r, c.y - r * 0.35f), ImVec2(c.x - r * 0.5f, c.y - r * 0.35f), ImVec2(c.x, c.y - r * 0.85f),
        ImVec2(c.x, c.y + r * 0.85f),     ImVec2(c.x - r * 0.5f, c.y + r * 0.35f), ImVec2(c.x - r, c.y + r * 0.35f)};
    dl->AddConvexPolyFilled(pts, 6, col);
    if (icon == Icon::VolumeOn) {
      dl->PathArcTo(c, r * 0.55f, -0.9f, 0.9f, 8);
      dl->PathStroke(col, 0, 1.5f);
      dl->PathArcTo(c, r * 0.95f, -0.9f, 0.9f, 10);
      dl->PathStroke(col, 0, 1.5f);
    } else {
      dl->AddLine(ImVec2(c.x + r * 0.3f, c.y - r * 0.4f), ImVec2(c.x + r, c.y + r * 0.4f), col, 1.8f);
      dl->AddLine(ImVec2(c.x + r * 0.3f, c.y + r * 0.4f), ImVec2(c.x + r, c.y - r * 0.4f), col, 1.8f);
    }
    break;
  }
  case Icon::LoopA:
  case Icon::LoopB:
  case Icon::LoopClear: {
    const char *text = icon == Icon::LoopA   ? "A"
                       : icon == Icon::LoopB ? "B"
                                             : "A\xE2\x80\x93"
                                               "B";
    const ImVec2 ts = ImGui::CalcTextSize(text);
    dl->AddText(ImVec2(c.x - ts.x * 0.5f, c.y - ts.y * 0.5f), col, text);
    if (icon == Icon::LoopClear)
      dl->AddLine(ImVec2(c.x - ts.x * 0.6f, c.y + ts.y * 0.45f), ImVec2(c.x + ts.x * 0.6f, c.y - ts.y * 0.45f), col,
                  1.5f);
    break;
  }
  }
}
} // namespace

bool iconButton(const char *id, Icon icon, const char *tooltip, bool active) {
  const float h = ImGui::GetFrameHeight();
  const bool wide = icon == Icon::LoopClear;
  const ImVec2 size(wide ? h * 1.6f : h * 1.25f, h);
  if (active)
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
  const bool pressed = ImGui::Button(id, size);
  if (active)
    ImGui::PopStyleColor();
  const ImVec2 mn = ImGui::GetItemRectMin(), mx = ImGui::GetItemRectMax();
  const ImVec2 c((mn.x + mx.x) * 0.5f, (mn.y + mx.y) * 0.5f);
  const ImU32 col = ImGui::GetColorU32(ImGuiCol_Text);
  drawIcon(ImGui::GetWindowDrawList(), c, h * 0.28f, icon, col);
  itemTooltip(tooltip);
  return pressed;
}

float tableWidth(float leastEm) { return std::max(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * leastEm); }

float visibleRightX() {
  const ImGuiStyle &style = ImGui::GetStyle();
  float x = ImGui::GetScrollX() + ImGui::GetWindowWidth() - style.WindowPadding.x;
  if (ImGui::GetScrollMaxY() > 0.0f)
    x -= style.ScrollbarSize;
  return x;
}

void wrappedText(const char *text) {
  ImGui::PushTextWrapPos(visibleRightX());
  ImGui::TextUnformatted(text);
  ImGui::PopTextWrapPos();
}

void scrollIntoView(float top, float bottom) {
  const float winTop = ImGui::GetWindowPos().y, winBottom = winTop + ImGui::GetWindowHeight();
  const float pad = ImGui::GetStyle().WindowPadding.y;
  if (top >= winTop && bottom <= winBottom)
    return;
  // A stretch below that fits: its bottom to the window's bottom; else
  // (above, or taller than the window) its top to the window's top.
  const bool fits = bottom - top + 2.0f * pad <= winBottom - winTop;
  ImGui::SetScrollY(ImGui::GetScrollY() + (fits && bottom > winBottom ? bottom - winBottom + pad : top - winTop - pad));
}

void itemTooltip(const char *text) {
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.0f);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
}

} // namespace spiegel::app::gui
