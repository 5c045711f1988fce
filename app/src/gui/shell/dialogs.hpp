#pragma once
// What every dialog shares, and the calm error message.
//  - OverlayDialog: the base of the dialog panels (drawn over the layout).
//  - beginQueuedModal / endQueuedModal: a centred modal that waits until no
//    other popup is open, so dialogs queue calmly; its body is a fixed
//    number of em wide and text wraps there.
//  - dialogButtons: the row of buttons at the bottom right of a dialog, each
//    as wide as the longest label, so no word is ever cut.
//  - ErrorDialog: one sentence at a time with a single OK button.
// UI thread only.
#include "gui/shell/panel.hpp"

#include <deque>
#include <initializer_list>
#include <string>

namespace spiegel::app::gui {

class OverlayDialog : public Panel {
public:
  [[nodiscard]] Slot slot() const final { return Slot::Overlay; }
};

// Opens the popup `id` ("###name") once no other popup is open, while
// `active`. Returns whether the modal is drawn this frame; then draw the
// body and call endQueuedModal().
bool beginQueuedModal(const char *id, const std::string &title, bool active, float widthEm);
void endQueuedModal();

struct DialogButton {
  const char *label;
  const char *tooltip;
  bool enabled = true;
  const char *id = nullptr; // stable name for test hooks (e.g. "identity.start"); may be null
};
// Draws the buttons in one row, right-aligned in a body `widthEm` wide (the
// row grows the dialog when the labels need more). Returns the index of the
// button clicked, or -1.
int dialogButtons(float widthEm, std::initializer_list<DialogButton> buttons);

class ErrorDialog final : public OverlayDialog {
public:
  void draw(AppState &state) override;
  void onEvent(AppState &state, const Event &e) override;
  [[nodiscard]] bool showing() const { return !m_messages.empty(); }

private:
  std::deque<ShowError> m_messages; // front is on screen
};

} // namespace spiegel::app::gui
