// The key table's rules: which binding matches a press, which context holds,
// and how the sheet writes an entry's keys. The table is keymap_table.cpp.
#include "gui/shell/keymap.hpp"

#include <algorithm>
#include <utility>
#include <vector>

namespace spiegel::app::gui::keymap {

Context contextOf(bool popupOpen, bool textFieldHasCaret, bool tagEditorOpen, bool editorNoteHasCaret) {
  if (popupOpen) // a popup owns the keyboard, even over the tag editor
    return textFieldHasCaret ? Context::PopupTyping : Context::Popup;
  if (textFieldHasCaret)
    return tagEditorOpen && editorNoteHasCaret ? Context::EditorNote : Context::Typing;
  return tagEditorOpen ? Context::TagEditor : Context::Player;
}

bool Binding::matchesKey(Key k, Mods held) const {
  return isKey() && k == key && ((held & kAnyMods) & ~ignore) == (mods & ~ignore);
}

bool Binding::matchesChar(char32_t c) const {
  if (isKey() || ch == 0)
    return false;
  const bool letter = ch >= U'a' && ch <= U'z';
  return c == ch || (letter && c == ch - U'a' + U'A');
}

std::span<const Binding> Entry::bindings() const {
  const auto used = std::find_if(keys.begin(), keys.end(), [](const Binding &b) { return !b.isKey() && b.ch == 0; });
  return {keys.begin(), used};
}

const Entry &entry(Action action) {
  const auto t = table();
  const auto it = std::find_if(t.begin(), t.end(), [action](const Entry &e) { return e.action == action; });
  return *it; // the test checks every action has its entry
}

namespace {
const char *keyName(Key k, Lang lang) {
  switch (k) {
  case Key::Space: return lang == Lang::Nl ? "Spatie" : "Space";
  case Key::Left: return "\xE2\x86\x90";
  case Key::Right: return "\xE2\x86\x92";
  case Key::Up: return "\xE2\x86\x91";
  case Key::Down: return "\xE2\x86\x93";
  case Key::Tab: return "Tab";
  case Key::Enter: return "Enter";
  case Key::KeypadEnter: return lang == Lang::Nl ? "Enter (numeriek)" : "Keypad Enter";
  case Key::Escape: return "Esc";
  case Key::Delete: return lang == Lang::Nl ? "Delete-toets" : "Delete";
  case Key::D1:
  case Key::Kp1: return "1";
  case Key::D2:
  case Key::Kp2: return "2";
  case Key::D3:
  case Key::Kp3: return "3";
  case Key::D4:
  case Key::Kp4: return "4";
  case Key::F1: return "F1";
  case Key::F2: return "F2";
  case Key::F3: return "F3";
  case Key::F4: return "F4";
  case Key::F5: return "F5";
  case Key::F6: return "F6";
  case Key::F7: return "F7";
  case Key::F8: return "F8";
  case Key::F9: return "F9";
  case Key::D: return "D";
  case Key::I: return "I";
  case Key::O: return "O";
  case Key::Q: return "Q";
  case Key::Y: return "Y";
  case Key::Z: return "Z";
  case Key::None: break;
  }
  return "?";
}

// A key or character as written on the keyboard: letters in capitals.
std::string name(const Binding &b, Lang lang) {
  if (b.isKey())
    return keyName(b.key, lang);
  // The table binds only ASCII characters (the test checks).
  const char32_t c = b.ch >= U'a' && b.ch <= U'z' ? b.ch - U'a' + U'A' : b.ch;
  return std::string(1, static_cast<char>(c));
}

// "Ctrl + Shift + " in the order keyboards are usually read; `plus` joins.
std::string modsPrefix(Mods m, const char *plus = " + ") {
  std::string out;
  for (const auto &[bit, word] : {std::pair{kCtrl, "Ctrl"}, std::pair{kShift, "Shift"}, std::pair{kAlt, "Alt"}})
    if ((m & bit) != 0)
      out += std::string(word) + plus;
  return out;
}

constexpr const char *kOr = "  /  ";
constexpr const char *kThrough = " \xE2\x80\x93 "; // an en dash: "1 – 4"
} // namespace

std::string keysLabel(const Entry &e, Lang lang) {
  std::vector<Binding> shown;
  for (const Binding &b : e.bindings())
    if (!b.alias)
      shown.push_back(b);
  if (shown.empty())
    return {};
  const bool sameMods =
      std::all_of(shown.begin(), shown.end(), [&](const Binding &b) { return b.mods == shown.front().mods; });
  if (sameMods && shown.size() >= 3) // a run of keys, e.g. 1 – 4, F1 – F8
    return modsPrefix(shown.front().mods) + name(shown.front(), lang) + kThrough + name(shown.back(), lang);
  std::string out = sameMods ? modsPrefix(shown.front().mods) : std::string();
  for (std::size_t i = 0; i < shown.size(); ++i) {
    if (i > 0)
      out += kOr;
    if (!sameMods)
      out += modsPrefix(shown[i].mods);
    out += name(shown[i], lang);
  }
  return out;
}

std::string menuHint(Action action, Lang lang, std::optional<int> arg) {
  for (const Binding &b : entry(action).bindings())
    if (!b.alias && (!arg || b.arg == *arg))
      return modsPrefix(b.mods, "+") + name(b, lang);
  return {};
}

Text groupTitle(Group g) {
  switch (g) {
  case Group::Recall: return {"Recall session", "Terugkijksessie"};
  case Group::Playback: return {"Playback", "Afspelen"};
  case Group::Tagging: return {"Tagging", "Taggen"};
  case Group::TagEditor: return {"Tag editor", "Tag-editor"};
  case Group::Timeline: return {"Timeline and tags", "Tijdlijn en tags"};
  case Group::General: return {"General", "Algemeen"};
  case Group::Popups: return {"Menus and dialogs", "Menu's en dialoogvensters"};
  }
  return {"", ""};
}

} // namespace spiegel::app::gui::keymap
