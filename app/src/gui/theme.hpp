#pragma once
// The look: a calm dark neutral theme and DejaVu Sans (Latin-1 + Latin
// Extended-A, so ë, ï, é, ĳ render) at a size scaled for HiDPI.
struct ImFont;

namespace spiegel::app::gui {

struct Fonts {
  ImFont *regular = nullptr; // body text
  ImFont *large = nullptr;   // the timecode and empty-state headings
};

// Call once after ImGui::CreateContext, before the first frame. `scale` is
// the window content scale (glfwGetWindowContentScale), 1 on ordinary screens.
void applyTheme(float scale);
[[nodiscard]] Fonts loadFonts(float scale);

// Colours shared by panels (ImGui ABGR as ImU32).
namespace colors {
unsigned accent();     // playhead, active controls
unsigned waveform();   // waveform fill
unsigned loopRegion(); // A–B loop shading
unsigned rulerText();  // tick labels
unsigned rulerTick();
unsigned rowBackground();
unsigned videoBackground();
} // namespace colors

} // namespace spiegel::app::gui
