#pragma once
// File, Playback, View and Help menus. Everything here is also reachable by
// keyboard; the menu shows the keys.
#include "gui/shell/panel.hpp"

namespace spiegel::app::gui {

class MenuBar final : public Panel {
public:
  [[nodiscard]] Slot slot() const override { return Slot::Menu; }
  void draw(AppState &state) override;

private:
  static void fileMenu(AppState &state);
  static void playbackMenu(AppState &state);
  static void viewMenu(AppState &state);
  void helpMenu(AppState &state);

  bool m_showAbout = false;
};

} // namespace spiegel::app::gui
