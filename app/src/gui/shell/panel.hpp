#pragma once
// A panel is one small class with draw(); App keeps them all in one list
// (see App::registerPanels) and calls each, in order, inside its slot of the
// window layout. draw() runs on the UI thread and never blocks.
#include "gui/shell/app_state.hpp"

#include <string>

namespace spiegel::app::gui {

// Where a panel is drawn. The layout is a fixed set of child regions (ImGui
// 1.86 has no docking):
//   ┌ Menu ───────────────────────────────┐
//   ├ Band (only while it has something) ─┤
//   │ Video                     │ Side    │  Side appears only when a panel
//   │                           │ (tags,  │  is registered for it.
//   ├ Transport ────────────────┤ ratings)│
//   ├ Timeline ─────────────────┴─────────┤
//   └─────────────────────────────────────┘
// Band panels draw full-width strips (a read-only project) whose height the
// rest of the layout gives up. Overlay panels draw their own windows/popups
// after the layout.
enum class Slot { Menu, Band, Video, Transport, Timeline, Side, Overlay };

class Panel {
public:
  virtual ~Panel() = default;
  [[nodiscard]] virtual Slot slot() const = 0;
  virtual void draw(AppState &state) = 0;
  // The tab label of a Side panel, in the current language (tr()).
  [[nodiscard]] virtual std::string title() const { return {}; }
  // A Side panel's stable id, the same in every language (e.g. "tags"):
  // `--side-tab ID` selects it.
  [[nodiscard]] virtual std::string tabId() const { return {}; }
  // A Side panel whose tables keep a least width (tableWidth()): its tab
  // scrolls sideways when the panel is narrower, rather than squeezing them.
  [[nodiscard]] virtual bool scrollsSideways() const { return false; }
  // False while a Side panel has nothing to show (the Transcript tab of a
  // recording without a .vtt): it then has no tab at all.
  [[nodiscard]] virtual bool shown(const AppState &) const { return true; }
  // Height in pixels the panel would like in a slot whose height follows its
  // content (Timeline). 0: no preference.
  [[nodiscard]] virtual float preferredHeight(const AppState &) const { return 0.0f; }
  // Every event drained from AppState::events is offered to every panel
  // (after App has handled its own), before the next draw. Most ignore them.
  virtual void onEvent(AppState &, const Event &) {}
  // Keys of a Side panel that work whichever tab shows (N/P jump between
  // tags from the Ratings tab too): called every frame for every Side panel
  // before the tabs are drawn.
  virtual void handleTabKeys(AppState &) {}
};

} // namespace spiegel::app::gui
