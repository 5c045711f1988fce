#pragma once
// The key table (keymap.hpp) asked about this frame's keys, by the handlers:
//   if (keymap::pressed(state, Action::Undo)) undo(state);
//   keymap::Presses keys(state, {Action::TagPositive, Action::MarkSpan});
//   while (const auto p = keys.next()) …
// Only actions that apply in AppState::mode and the current context count.
// The context is judged when asked, as each handler did before: a popup
// opened earlier in this frame already has the keyboard.
// UI thread only, between ImGui::NewFrame and ImGui::Render.
#include "gui/shell/keymap.hpp"

#include <array>
#include <cstddef>
#include <initializer_list>
#include <optional>

namespace spiegel::app::gui {
struct AppState;
}

namespace spiegel::app::gui::keymap {

struct Press {
  Action action;
  int arg; // the binding's arg: a direction, an element, a participant
};

// Who has the keyboard now: a popup, a text field, the tag editor or the window.
[[nodiscard]] Context currentContext(const AppState &state);

// This frame's presses of some actions, read one at a time: keys first,
// then characters, each in the order typed (three → in one frame seek three
// times). The context is judged anew for each press, so a digit that opens
// the tag editor lets the ↓ typed after it in the same frame step its
// indicator, as before.
//   keymap::Presses keys(state, {Action::Seek, Action::PlayPause});
//   while (const auto p = keys.next()) …
class Presses {
public:
  Presses(const AppState &state, std::initializer_list<Action> actions);
  [[nodiscard]] std::optional<Press> next();

private:
  const AppState &m_state;
  std::array<Action, kActionCount> m_actions{};
  std::size_t m_count = 0;
  std::size_t m_key = 0;  // the next of state.input.keys to look at
  std::size_t m_char = 0; // then the next of state.input.chars
};

[[nodiscard]] bool pressed(const AppState &state, Action action);

// Takes every press of a key bound to `action` out of this frame's input,
// whatever the context is now, so handlers that run later do not see it
// (the Esc that closed a menu must not also close the dialog or the tag
// editor under it, though that context binds Esc to another action).
void consume(AppState &state, Action action);

} // namespace spiegel::app::gui::keymap
