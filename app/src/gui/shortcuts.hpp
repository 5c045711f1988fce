#pragma once
// The keyboard (DESIGN §2.4) and the `?` sheet that lists it. Keys act only
// when no text field has focus (io.WantTextInput) and no dialog is open.
#include "gui/panel.hpp"

namespace spiegel::app::gui {

class ShortcutPanel final : public Panel {
public:
  [[nodiscard]] Slot slot() const override { return Slot::Overlay; }
  void draw(AppState &state) override;

private:
  static void handleKeys(AppState &state);
  static void drawSheet(AppState &state);
};

} // namespace spiegel::app::gui
