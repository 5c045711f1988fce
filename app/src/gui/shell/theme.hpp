#pragma once
// The look: a calm dark neutral theme and DejaVu Sans (Latin-1 + Latin
// Extended-A, so ë, ï, é, ĳ render) at a size scaled for HiDPI.
#include <string>

struct ImFont;

namespace spiegel::app::gui {

struct Fonts {
  ImFont *regular = nullptr; // body text
  ImFont *large = nullptr;   // the timecode and empty-state headings
};

// Whether the fonts hold a glyph for `c` (the ranges loadFonts asks for).
// Every character of every string the program shows must pass: tests/gui
// checks the sources' string literals and the codebooks against it.
[[nodiscard]] bool glyphLoaded(char32_t c);

// Call once after ImGui::CreateContext, before the first frame. `scale` is
// the window content scale (glfwGetWindowContentScale), 1 on ordinary screens.
void applyTheme(float scale);
[[nodiscard]] Fonts loadFonts(float scale);

// Colours shared by panels, packed as ImGui's IM_COL32 packs them (R in the
// low byte, A in the high one; theme.cpp checks that the two agree).
namespace colors {
[[nodiscard]] constexpr unsigned rgba(unsigned r, unsigned g, unsigned b, unsigned a = 255) {
  return r | (g << 8u) | (b << 16u) | (a << 24u);
}
// "#rrggbb" (a codebook or participant colour) → colour; a calm grey for
// anything else.
[[nodiscard]] unsigned fromHex(const std::string &hex, unsigned alpha = 255);

// clang-format off
[[nodiscard]] constexpr unsigned accent() { return rgba(120, 170, 230); }        // playhead, active controls
[[nodiscard]] constexpr unsigned waveform() { return rgba(110, 150, 200, 200); } // waveform fill
[[nodiscard]] constexpr unsigned loopRegion() { return rgba(230, 190, 90, 40); } // A–B loop shading
[[nodiscard]] constexpr unsigned missingRegion() { return rgba(10, 10, 12, 150); } // not in an incomplete copy
[[nodiscard]] constexpr unsigned missingHatch() { return rgba(150, 150, 160, 70); }
[[nodiscard]] constexpr unsigned rulerText() { return rgba(170, 172, 180); }     // tick labels
[[nodiscard]] constexpr unsigned rulerTick() { return rgba(100, 102, 110); }
[[nodiscard]] constexpr unsigned rowBackground() { return rgba(28, 29, 32); }
[[nodiscard]] constexpr unsigned videoBackground() { return rgba(18, 18, 20); }
// States on the dark theme, calm rather than alarming: allowed / intact,
// look here (missing, a problem to mend), expired, withdrawn / refused.
[[nodiscard]] constexpr unsigned good() { return rgba(115, 199, 133); }
[[nodiscard]] constexpr unsigned notice() { return rgba(237, 189, 92); }
[[nodiscard]] constexpr unsigned faded() { return rgba(217, 158, 89); }
[[nodiscard]] constexpr unsigned bad() { return rgba(230, 115, 107); }
// clang-format on
} // namespace colors

} // namespace spiegel::app::gui
