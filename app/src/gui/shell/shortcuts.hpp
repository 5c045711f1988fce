#pragma once
// The playback and window keys (DESIGN §2.4) and the `?` sheet, which lists
// every key of the keymap (gui/shell/keymap.hpp) that applies in the
// current mode, grouped as the table groups them.
#include "gui/shell/panel.hpp"

namespace spiegel::app::gui {

class ShortcutPanel final : public Panel {
public:
  [[nodiscard]] Slot slot() const override { return Slot::Overlay; }
  void draw(AppState &state) override;

private:
  static void handleKeys(AppState &state);
  static void drawSheet(AppState &state);
  static void drawRows(const AppState &state);
};

} // namespace spiegel::app::gui
