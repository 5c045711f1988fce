#include "gui/shell/people_widgets.hpp"

#include "common/i18n.hpp"
#include "gui/shell/theme.hpp"
#include "gui/shell/widgets.hpp"
#include "viewmodels/people_view.hpp"

#include "spiegel/annotate/roles.hpp"

#include <imgui.h>

namespace spiegel::app::gui {
unsigned colourU32(const std::string &colour) {
  const auto rgb = viewmodels::parseColour(colour);
  if (!rgb)
    return IM_COL32(150, 150, 150, 255);
  return ImGui::ColorConvertFloat4ToU32(ImVec4((*rgb)[0], (*rgb)[1], (*rgb)[2], 1.0f));
}

void colourSwatch(const std::string &colour, const char *tooltip) {
  const float h = ImGui::GetTextLineHeight();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(h, h));
  ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x + 1, p.y + 1), ImVec2(p.x + h - 1, p.y + h - 1),
                                            colourU32(colour), 3.0f);
  itemTooltip(tooltip);
}

void calmNote(const std::string &text, float wrapX) {
  const float h = ImGui::GetTextLineHeight();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImDrawList *dl = ImGui::GetWindowDrawList();
  const ImU32 amber = colors::notice();
  dl->AddTriangleFilled(ImVec2(p.x + h * 0.5f, p.y + h * 0.12f), ImVec2(p.x + h * 0.05f, p.y + h * 0.9f),
                        ImVec2(p.x + h * 0.95f, p.y + h * 0.9f), amber);
  dl->AddRectFilled(ImVec2(p.x + h * 0.45f, p.y + h * 0.38f), ImVec2(p.x + h * 0.55f, p.y + h * 0.66f),
                    IM_COL32(30, 31, 34, 255));
  dl->AddRectFilled(ImVec2(p.x + h * 0.45f, p.y + h * 0.72f), ImVec2(p.x + h * 0.55f, p.y + h * 0.82f),
                    IM_COL32(30, 31, 34, 255));
  ImGui::Dummy(ImVec2(h, h));
  ImGui::SameLine(0.0f, h * 0.4f);
  ImGui::PushStyleColor(ImGuiCol_Text, colors::notice());
  ImGui::PushTextWrapPos(wrapX > 0.0f ? wrapX : visibleRightX());
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
}

void hintText(const char *text) {
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  wrappedText(text);
  ImGui::PopStyleColor();
}

} // namespace spiegel::app::gui
