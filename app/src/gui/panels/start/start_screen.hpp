#pragma once
// What the picture area shows when nothing plays: the calm start screen
// (recent projects, "New project from a recording", "Open project", "Open a
// recording") or, for a project whose recording is missing, a note with
// Locate…. Video slot, drawn after VideoPanel; UI thread only.
#include "gui/shell/panel.hpp"
#include "gui/shell/theme.hpp"

namespace spiegel::app::gui {

class StartScreen final : public Panel {
public:
  explicit StartScreen(const Fonts &fonts) : m_fonts(fonts) {}
  [[nodiscard]] Slot slot() const override { return Slot::Video; }
  void draw(AppState &state) override;

private:
  void drawStart(AppState &state, float width);
  static void drawMissing(AppState &state, float width);
  Fonts m_fonts; // owned by ImGui's atlas; valid while the App lives
};

} // namespace spiegel::app::gui
