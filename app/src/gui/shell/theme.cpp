#include "gui/shell/theme.hpp"

#include <imgui.h>
#include <imgui_freetype.h>

#include <cstdlib>
#include <filesystem>

namespace spiegel::app::gui {
namespace {
// 15 px reads comfortably at arm's length on a 1080p laptop panel, the
// common case for our users; the timecode is larger so it can be read from
// across a table during a stimulated-recall session.
constexpr float kFontPx = 15.0f;
constexpr float kLargeFontPx = 20.0f;
constexpr const char *kFontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

// Basic Latin + Latin-1 Supplement, Latin Extended-A (Dutch ĳ, Turkish,
// Polish names of family members), general punctuation (– — … ‘ ’ “ ”),
// the minus sign of the −3 … +3 scale and of spreads, and a few
// arrows/geometric shapes used in the shortcut sheet.
constexpr ImWchar kRanges[] = {0x0020, 0x00FF, 0x0100, 0x017F, 0x2010, 0x203A, 0x2212, 0x2212,
                               0x2190, 0x2193, 0x25A0, 0x25CF, 0};

ImVec4 rgb(int r, int g, int b, float a = 1.0f) {
  return ImVec4(static_cast<float>(r) / 255.0f, static_cast<float>(g) / 255.0f,
                static_cast<float>(b) / 255.0f, a);
}
} // namespace

void applyTheme(float scale) {
  ImGui::StyleColorsDark();
  ImGuiStyle &s = ImGui::GetStyle();
  s.WindowPadding = ImVec2(10, 10);
  s.FramePadding = ImVec2(8, 5);
  s.ItemSpacing = ImVec2(8, 6);
  s.ItemInnerSpacing = ImVec2(6, 4);
  s.ScrollbarSize = 12;
  s.GrabMinSize = 10;
  // One soft corner everywhere; borders only where a popup meets what is under it.
  s.WindowRounding = s.ChildRounding = s.FrameRounding = s.PopupRounding = s.GrabRounding = 4;
  s.ScrollbarRounding = 6;
  s.WindowBorderSize = s.ChildBorderSize = s.FrameBorderSize = 0;
  s.PopupBorderSize = 1;

  ImVec4 *c = s.Colors;
  c[ImGuiCol_Text] = rgb(222, 222, 226);
  c[ImGuiCol_TextDisabled] = rgb(130, 132, 140);
  c[ImGuiCol_WindowBg] = rgb(30, 31, 34);
  c[ImGuiCol_ChildBg] = rgb(36, 37, 41);
  c[ImGuiCol_PopupBg] = rgb(40, 41, 46);
  c[ImGuiCol_Border] = rgb(60, 62, 68);
  c[ImGuiCol_FrameBg] = rgb(50, 52, 58);
  c[ImGuiCol_FrameBgHovered] = rgb(62, 64, 72);
  c[ImGuiCol_FrameBgActive] = rgb(70, 73, 82);
  c[ImGuiCol_TitleBg] = rgb(30, 31, 34);
  c[ImGuiCol_TitleBgActive] = rgb(40, 41, 46);
  c[ImGuiCol_MenuBarBg] = rgb(36, 37, 41);
  c[ImGuiCol_ScrollbarBg] = rgb(30, 31, 34);
  c[ImGuiCol_ScrollbarGrab] = rgb(70, 72, 80);
  c[ImGuiCol_CheckMark] = rgb(120, 170, 230);
  c[ImGuiCol_SliderGrab] = rgb(120, 170, 230);
  c[ImGuiCol_SliderGrabActive] = rgb(150, 190, 240);
  c[ImGuiCol_Button] = rgb(52, 54, 61);
  c[ImGuiCol_ButtonHovered] = rgb(66, 69, 78);
  c[ImGuiCol_ButtonActive] = rgb(80, 84, 96);
  c[ImGuiCol_Header] = rgb(52, 56, 66);
  c[ImGuiCol_HeaderHovered] = rgb(62, 68, 82);
  c[ImGuiCol_HeaderActive] = rgb(72, 80, 98);
  c[ImGuiCol_Separator] = rgb(56, 58, 64);
  c[ImGuiCol_TableHeaderBg] = rgb(44, 46, 52);
  c[ImGuiCol_TableRowBgAlt] = rgb(255, 255, 255, 0.025f);
  c[ImGuiCol_ModalWindowDimBg] = rgb(0, 0, 0, 0.45f);
  c[ImGuiCol_NavHighlight] = rgb(120, 170, 230);
  s.ScaleAllSizes(scale);
}

bool glyphLoaded(char32_t c) {
  for (std::size_t i = 0; kRanges[i] != 0; i += 2)
    if (c >= kRanges[i] && c <= kRanges[i + 1])
      return true;
  return false;
}

Fonts loadFonts(float scale) {
  ImGuiIO &io = ImGui::GetIO();
  Fonts f;
  std::error_code ec;
  if (std::filesystem::exists(kFontPath, ec)) {
    io.Fonts->FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    io.Fonts->FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;
    ImFontConfig cfg;
    cfg.OversampleH = 1; // FreeType hints; oversampling only costs atlas space
    f.regular = io.Fonts->AddFontFromFileTTF(kFontPath, kFontPx * scale, &cfg, kRanges);
    f.large = io.Fonts->AddFontFromFileTTF(kFontPath, kLargeFontPx * scale, &cfg, kRanges);
  }
  if (f.regular == nullptr) { // font package missing: ImGui's built-in font (ASCII + Latin-1 only)
    ImFontConfig cfg;
    cfg.SizePixels = 13.0f * scale;
    f.regular = io.Fonts->AddFontDefault(&cfg);
    f.large = f.regular;
  }
  return f;
}

namespace colors {
static_assert(rgba(1, 2, 3, 4) == IM_COL32(1, 2, 3, 4), "colors::rgba must pack like IM_COL32");

unsigned fromHex(const std::string &hex, unsigned alpha) {
  unsigned long v = 0x8899aa; // a calm grey for a missing or odd colour
  if (hex.size() == 7 && hex[0] == '#' && hex.find_first_not_of("0123456789abcdefABCDEF", 1) == std::string::npos)
    v = std::strtoul(hex.c_str() + 1, nullptr, 16);
  const auto c = static_cast<unsigned>(v);
  return rgba((c >> 16) & 0xFFu, (c >> 8) & 0xFFu, c & 0xFFu, alpha);
}
} // namespace colors

} // namespace spiegel::app::gui
