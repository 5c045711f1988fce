#pragma once
// Overlay panels: the Open dialog, the calm error message and the About box.
#include "gui/file_browser.hpp"
#include "gui/panel.hpp"

#include <deque>
#include <string>

namespace spiegel::app::gui {

// Shows the file browser on ShowOpenDialog; pushes OpenFile when chosen.
class OpenDialog final : public Panel {
public:
  [[nodiscard]] Slot slot() const override { return Slot::Overlay; }
  void draw(AppState &state) override;
  void onEvent(AppState &state, const Event &e) override;

private:
  FileBrowser m_browser;
};

// One sentence at a time, in a modal with a single OK button. Messages that
// arrive while one is shown wait their turn.
class ErrorDialog final : public Panel {
public:
  [[nodiscard]] Slot slot() const override { return Slot::Overlay; }
  void draw(AppState &state) override;
  void onEvent(AppState &state, const Event &e) override;
  [[nodiscard]] bool showing() const { return !m_messages.empty(); }

private:
  std::deque<std::string> m_messages; // front is on screen
  bool m_opened = false;              // OpenPopup issued for the front message
};

} // namespace spiegel::app::gui
