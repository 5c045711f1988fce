// The keymap meets the window: GLFW's key codes become Keys, ImGui says who
// has the keyboard. The only place outside App's GLFW callbacks that reads
// AppState::input's keys and characters.
#include "gui/shell/keymap_input.hpp"

#include "gui/shell/app_state.hpp"
#include "gui/shell/gl.hpp"

#include <imgui.h>

#include <algorithm>
#include <span>

namespace spiegel::app::gui::keymap {
namespace {
Key fromGlfw(int key) {
  if (key >= GLFW_KEY_1 && key <= GLFW_KEY_4)
    return static_cast<Key>(static_cast<int>(Key::D1) + key - GLFW_KEY_1);
  if (key >= GLFW_KEY_KP_1 && key <= GLFW_KEY_KP_4)
    return static_cast<Key>(static_cast<int>(Key::Kp1) + key - GLFW_KEY_KP_1);
  if (key >= GLFW_KEY_F1 && key <= GLFW_KEY_F9)
    return static_cast<Key>(static_cast<int>(Key::F1) + key - GLFW_KEY_F1);
  switch (key) {
  case GLFW_KEY_SPACE: return Key::Space;
  case GLFW_KEY_LEFT: return Key::Left;
  case GLFW_KEY_RIGHT: return Key::Right;
  case GLFW_KEY_UP: return Key::Up;
  case GLFW_KEY_DOWN: return Key::Down;
  case GLFW_KEY_TAB: return Key::Tab;
  case GLFW_KEY_ENTER: return Key::Enter;
  case GLFW_KEY_KP_ENTER: return Key::KeypadEnter;
  case GLFW_KEY_ESCAPE: return Key::Escape;
  case GLFW_KEY_DELETE: return Key::Delete;
  case GLFW_KEY_D: return Key::D;
  case GLFW_KEY_I: return Key::I;
  case GLFW_KEY_O: return Key::O;
  case GLFW_KEY_Q: return Key::Q;
  case GLFW_KEY_Y: return Key::Y;
  case GLFW_KEY_Z: return Key::Z;
  default: return Key::None;
  }
}

Mods fromGlfwMods(int mods) {
  Mods m = 0;
  if ((mods & GLFW_MOD_SHIFT) != 0)
    m |= kShift;
  if ((mods & GLFW_MOD_CONTROL) != 0)
    m |= kCtrl;
  if ((mods & GLFW_MOD_ALT) != 0)
    m |= kAlt;
  return m;
}

// The binding of `e` this key press matches, or null.
const Binding *matchKey(const Entry &e, const KeyPress &k) {
  const Key key = fromGlfw(k.key);
  const Mods held = fromGlfwMods(k.mods);
  for (const Binding &b : e.bindings())
    if (b.matchesKey(key, held))
      return &b;
  return nullptr;
}

const Binding *matchChar(const Entry &e, unsigned c) {
  for (const Binding &b : e.bindings())
    if (b.matchesChar(c))
      return &b;
  return nullptr;
}

// Characters carry no modifiers; GLFW sends none while Ctrl or Alt is down,
// but AltGr counts as Alt here, as it did for the punctuation keys before.
bool charsCount() {
  const ImGuiIO &io = ImGui::GetIO();
  return !io.KeyCtrl && !io.KeyAlt;
}

// The first of `actions` that applies now and whose binding `match`
// returns. The table gives a press at most one action in a mode and context
// (tests/gui/keymap_test.cpp), so the first is the only one.
std::optional<Press> firstMatch(const AppState &state, std::span<const Action> actions, const auto &match) {
  const Context context = currentContext(state);
  for (const Action a : actions)
    if (const Entry &e = entry(a); e.appliesIn(state.mode, context))
      if (const Binding *b = match(e))
        return Press{a, b->arg};
  return std::nullopt;
}
} // namespace

Context currentContext(const AppState &state) {
  const bool popup = ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel);
  return contextOf(popup, ImGui::GetIO().WantTextInput, state.editingTag.has_value(), state.editorNoteActive);
}

Presses::Presses(const AppState &state, std::initializer_list<Action> actions) : m_state(state) {
  for (const Action a : actions)
    if (m_count < m_actions.size())
      m_actions[m_count++] = a;
}

std::optional<Press> Presses::next() {
  const std::span<const Action> actions(m_actions.data(), m_count);
  const auto &keys = m_state.input.keys;
  while (m_key < keys.size()) {
    const KeyPress &k = keys[m_key++];
    if (auto p = firstMatch(m_state, actions, [&](const Entry &e) { return matchKey(e, k); }))
      return p;
  }
  const auto &chars = m_state.input.chars;
  while (m_char < chars.size() && charsCount()) {
    const unsigned c = chars[m_char++];
    if (auto p = firstMatch(m_state, actions, [&](const Entry &e) { return matchChar(e, c); }))
      return p;
  }
  return std::nullopt;
}

bool pressed(const AppState &state, Action action) { return Presses(state, {action}).next().has_value(); }

void consume(AppState &state, Action action) {
  const Entry &e = entry(action);
  std::erase_if(state.input.keys, [&](const KeyPress &k) { return matchKey(e, k) != nullptr; });
  if (charsCount())
    std::erase_if(state.input.chars, [&](unsigned c) { return matchChar(e, c) != nullptr; });
}

} // namespace spiegel::app::gui::keymap
