#pragma once
// The strip across the top of the workspace (Slot::Band) that says, while
// it holds, why tagging is not possible now and offers the one way on:
//  - a read-only project (a folder one may not write): "Save a copy…",
//    which copies it to a folder of one's own and opens the copy;
//  - no reviewer yet (the first-start dialog was put off with "Later"):
//    "Enter your name…".
// Nothing is drawn otherwise. UI thread only.
#include "gui/shell/panel.hpp"

namespace spiegel::app::gui {

class WorkspaceBand final : public Panel {
public:
  [[nodiscard]] Slot slot() const override { return Slot::Band; }
  void draw(AppState &state) override;
};

} // namespace spiegel::app::gui
