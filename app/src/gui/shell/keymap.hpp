#pragma once
// The one key table (STYLE.md "Edits, keys and identity"): every key the
// window handles is an Action bound here to its default keys, the modes and
// contexts it applies in, and its line and group on the `?` sheet. Handlers
// ask keymap_input.hpp which actions were pressed; the sheet is drawn from
// the same table, so the two cannot drift apart:
//   for (const keymap::Press &p : keymap::presses(state, {Action::Seek}))
//     actions::seekBy(state, p.arg * kJump);
// A mode (reviewing, recall) and the context (who has the keyboard)
// are filters on the table, not `if`s in the handlers.
// This core knows neither ImGui nor GLFW (tests/gui reads it without a
// window); keymap_input.cpp maps GLFW's keys onto Key. Constant data: any
// thread may read it.
#include "common/i18n.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>

namespace spiegel::app::gui::keymap {

// What the reviewer is doing; each action applies in some modes. In recall
// mode (a recall session plays, gui/panels/recall) Space continues from a
// pause instead of toggling playback, and N / P go to the session's moments
// instead of the tags.
enum class Mode : std::uint8_t { Reviewing, Recall };
inline constexpr int kModeCount = 2;

// Who has the keyboard when a handler asks; exactly one holds at a time
// (contextOf). Two actions may share a key only in different contexts.
enum class Context : std::uint8_t {
  Player,      // the main window: no popup open, no caret in a text field, the tag editor closed
  TagEditor,   // as Player, with the tag editor open: its indicator, note and close keys apply too
  EditorNote,  // the caret is in the tag editor's note: keys are text, but Enter / Esc close the editor
  Typing,      // another text field outside popups has the caret (the Tags tab's note): keys are text
  Popup,       // a menu, drop-down list or dialog is open, and none of its text fields has the caret
  PopupTyping, // a popup is open and one of its text fields has the caret
};
inline constexpr int kContextCount = 6;

// Which context holds, from what the window knows at that moment.
[[nodiscard]] Context contextOf(bool popupOpen, bool textFieldHasCaret, bool tagEditorOpen, bool editorNoteHasCaret);

// Keys by position (GLFW key codes, mapped in keymap_input.cpp): the ones
// whose meaning must not follow the keyboard layout (digits with Shift type
// '!' or '@', but still tag an element). Only keys the table uses.
enum class Key : std::uint8_t {
  None,
  Space,
  Left,
  Right,
  Up,
  Down,
  Tab,
  Enter,
  KeypadEnter,
  Escape,
  Delete,
  D1,
  D2,
  D3,
  D4,
  Kp1,
  Kp2,
  Kp3,
  Kp4,
  F1,
  F2,
  F3,
  F4,
  F5,
  F6,
  F7,
  F8,
  F9,
  D,
  I,
  O,
  Q,
  Y,
  Z,
};

using Mods = std::uint8_t; // Shift / Ctrl / Alt, or'ed
inline constexpr Mods kShift = 1, kCtrl = 2, kAlt = 4, kAnyMods = kShift | kCtrl | kAlt;

// One default key of an action: a key (by position, with modifiers) or a
// character (by what the layout types: punctuation, and letters whose
// meaning is their name, like L for loop). A character fires only while
// neither Ctrl nor Alt is held.
struct Binding {
  Key key = Key::None; // a key, or
  char32_t ch = 0;     // a character (lower case; a letter matches either case)
  Mods mods = 0;       // a key: these modifiers must be held,
  Mods ignore = 0;     // these may be, and no other of Shift / Ctrl / Alt
  int arg = 0;         // handed to the handler: a direction (-1 / +1), an element (1–4), a participant (1–8)
  bool alias = false;  // a second key for the same thing (the keypad): not written on the sheet

  [[nodiscard]] bool isKey() const { return key != Key::None; }
  [[nodiscard]] bool matchesKey(Key k, Mods held) const;
  [[nodiscard]] bool matchesChar(char32_t c) const;
};

// Every action a key can trigger. Paired keys are one action with an arg
// (← / → is Seek with -1 / +1), so each action is one line of the sheet.
enum class Action : std::uint8_t {
  PlayPause,
  Seek,
  SeekSmall,
  StepFrame,
  Speed,
  Loop,
  Mute,
  Subtitles,
  TagPositive,
  TagNegative,
  MarkSpan,
  Participant,
  EditorIndicator,
  EditorNote,
  EditorClose,
  PinParticipants,
  EditTag,
  NextTag,
  ZoomToSelection,
  FitRecording,
  CompareView,
  NextDisagreement,
  DeleteTag,
  Undo,
  Redo,
  OpenRecording,
  Quit,
  ToggleSheet,
  RecallContinue,
  RecallInquirerPause,
  RecallMoment,
  Confirm,
  Cancel,
  Count // not an action: the number of them
};
inline constexpr int kActionCount = static_cast<int>(Action::Count);

// The sheet's headings, in the order it shows them.
enum class Group : std::uint8_t { Recall, Playback, Tagging, TagEditor, Timeline, General, Popups };
inline constexpr int kGroupCount = 7;

struct Text {
  const char *en = nullptr;
  const char *nl = nullptr;
  [[nodiscard]] const char *in(Lang lang) const { return lang == Lang::Nl ? nl : en; }
};

using ModeSet = std::uint8_t;    // bit i: Mode(i)
using ContextSet = std::uint8_t; // bit i: Context(i)
[[nodiscard]] constexpr ModeSet bit(Mode m) { return static_cast<ModeSet>(1u << static_cast<unsigned>(m)); }
[[nodiscard]] constexpr ContextSet bit(Context c) { return static_cast<ContextSet>(1u << static_cast<unsigned>(c)); }

inline constexpr int kMaxBindings = 8; // 1–4 on the main row and the keypad; F1–F8
struct Entry {
  Action action = Action::Count;
  Group group = Group::General;
  ModeSet modes = 0;
  ContextSet contexts = 0;
  std::array<Binding, kMaxBindings> keys{}; // the first ones; the rest stay empty
  Text what;                                // the sheet's description

  [[nodiscard]] bool appliesIn(Mode m, Context c) const { return (modes & bit(m)) != 0 && (contexts & bit(c)) != 0; }
  [[nodiscard]] std::span<const Binding> bindings() const;
};

// A mouse gesture the sheet lists with the keys (the timeline handles the
// mouse itself; these lines are written by hand).
struct Gesture {
  Group group;
  Text how;
  Text what;
};

[[nodiscard]] std::span<const Entry> table(); // in sheet order, grouped
[[nodiscard]] std::span<const Gesture> gestures();
[[nodiscard]] const Entry &entry(Action action);

// The sheet's key column of an entry, e.g. "Shift + ←  /  →", "1 – 4",
// "Ctrl + Y  /  Ctrl + Shift + Z"; aliases left out.
[[nodiscard]] std::string keysLabel(const Entry &e, Lang lang);
// A menu item's short hint of its key: the first key of `action` (with
// `arg`, when given) written compactly, e.g. "Ctrl+O", "←", "Spatie".
[[nodiscard]] std::string menuHint(Action action, Lang lang, std::optional<int> arg = std::nullopt);
[[nodiscard]] Text groupTitle(Group g);

} // namespace spiegel::app::gui::keymap
