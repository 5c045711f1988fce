// The key table (app/src/gui/shell/keymap_table.cpp) without a window: every
// action is on the `?` sheet in both languages, and no press can mean two
// things in one mode and context. With tests/boundaries/check_keys.sh (no
// handler tests a key itself) a key that is handled but missing from the
// sheet fails the suite.
#include "gui/shell/keymap.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace spiegel::app;
using namespace spiegel::app::gui::keymap;

namespace {
constexpr Lang kLangs[] = {Lang::En, Lang::Nl};

std::string describe(const Entry &e, const Binding &b) {
  return std::string(e.what.en) + " [" + keysLabel(e, Lang::En) + "] key " + std::to_string(static_cast<int>(b.key)) +
         " char " + std::to_string(static_cast<unsigned>(b.ch)) + " mods " + std::to_string(b.mods);
}

// The character a key types without modifiers, where a character binding
// could mean the same press; 0 for keys that type none we bind.
char32_t typedBy(Key k) {
  switch (k) {
  case Key::Space: return U' ';
  case Key::D1:
  case Key::Kp1: return U'1';
  case Key::D2:
  case Key::Kp2: return U'2';
  case Key::D3:
  case Key::Kp3: return U'3';
  case Key::D4:
  case Key::Kp4: return U'4';
  case Key::I: return U'i';
  case Key::O: return U'o';
  case Key::Q: return U'q';
  case Key::Y: return U'y';
  case Key::Z: return U'z';
  default: return 0;
  }
}

// Whether one press can match both bindings.
bool overlap(const Binding &a, const Binding &b) {
  if (a.isKey() && b.isKey()) // some held modifiers satisfy both
    return a.key == b.key && ((a.mods ^ b.mods) & ~a.ignore & ~b.ignore) == 0;
  if (!a.isKey() && !b.isKey())
    return a.ch == b.ch;
  const Binding &k = a.isKey() ? a : b;
  const Binding &c = a.isKey() ? b : a;
  // A character fires only without Ctrl and Alt: the key clashes with it
  // when it too can fire without them.
  const bool bare = ((k.mods & ~k.ignore) & (kCtrl | kAlt)) == 0;
  return bare && typedBy(k.key) != 0 && typedBy(k.key) == c.ch;
}
} // namespace

TEST_CASE("every action has exactly one entry in the key table") {
  for (int a = 0; a < kActionCount; ++a) {
    int n = 0;
    for (const Entry &e : table())
      n += static_cast<int>(e.action) == a ? 1 : 0;
    INFO("action " << a);
    CHECK(n == 1);
  }
  CHECK(table().size() == static_cast<std::size_t>(kActionCount));
}

TEST_CASE("every entry is on the sheet, in Dutch and English") {
  int previousGroup = 0;
  for (const Entry &e : table()) {
    INFO(e.what.en);
    for (const Lang lang : kLangs) {
      REQUIRE(e.what.in(lang) != nullptr);
      CHECK(std::string(e.what.in(lang)).size() > 2);
      CHECK(!keysLabel(e, lang).empty());
      CHECK(std::string(groupTitle(e.group).in(lang)).size() > 2);
    }
    CHECK(e.modes != 0);
    CHECK(e.contexts != 0);
    CHECK(static_cast<int>(e.group) < kGroupCount);
    CHECK(static_cast<int>(e.group) >= previousGroup); // grouped, in the sheet's order
    previousGroup = static_cast<int>(e.group);
    REQUIRE(!e.bindings().empty());
    bool shown = false;
    for (const Binding &b : e.bindings()) {
      shown = shown || !b.alias;
      if (!b.isKey()) {
        CHECK(b.ch < 0x80);                     // the sheet writes characters as ASCII
        CHECK(!(b.ch >= U'A' && b.ch <= U'Z')); // letters lower case: they match either case
        CHECK(b.mods == 0);
      }
    }
    CHECK(shown);
  }
  for (const Gesture &g : gestures())
    for (const Lang lang : kLangs) {
      CHECK(std::string(g.how.in(lang)).size() > 2);
      CHECK(std::string(g.what.in(lang)).size() > 2);
    }
}

TEST_CASE("no two bindings share a press in one mode and context") {
  for (int m = 0; m < kModeCount; ++m)
    for (int c = 0; c < kContextCount; ++c) {
      const auto mode = static_cast<Mode>(m);
      const auto context = static_cast<Context>(c);
      for (const Entry &e1 : table())
        for (const Entry &e2 : table()) {
          if (!e1.appliesIn(mode, context) || !e2.appliesIn(mode, context))
            continue;
          const auto b1s = e1.bindings(), b2s = e2.bindings();
          for (std::size_t i = 0; i < b1s.size(); ++i)
            for (std::size_t j = 0; j < b2s.size(); ++j) {
              if (&e1 == &e2 && i >= j)
                continue; // each pair once; a binding with itself is no clash
              INFO("mode " << m << ", context " << c << ": " << describe(e1, b1s[i]) << " vs " << describe(e2, b2s[j]));
              CHECK_FALSE(overlap(b1s[i], b2s[j]));
            }
        }
    }
}

TEST_CASE("the sheet writes keys as before") {
  const auto label = [](Action a, Lang lang = Lang::En) { return keysLabel(entry(a), lang); };
  CHECK(label(Action::PlayPause) == "Space");
  CHECK(label(Action::PlayPause, Lang::Nl) == "Spatie");
  CHECK(label(Action::Seek) == "\xE2\x86\x90  /  \xE2\x86\x92");
  CHECK(label(Action::SeekSmall) == "Shift + \xE2\x86\x90  /  \xE2\x86\x92");
  CHECK(label(Action::StepFrame) == ",  /  .");
  CHECK(label(Action::Loop) == "L");
  CHECK(label(Action::TagPositive) == "1 \xE2\x80\x93 4"); // the keypad's 1–4 are not written
  CHECK(label(Action::TagNegative) == "Shift + 1 \xE2\x80\x93 4");
  CHECK(label(Action::Participant) == "F1 \xE2\x80\x93 F8");
  CHECK(label(Action::PinParticipants) == "F9");
  CHECK(label(Action::EditorClose) == "Enter  /  Esc");
  CHECK(label(Action::Redo) == "Ctrl + Y  /  Ctrl + Shift + Z");
  CHECK(label(Action::ToggleSheet) == "?");
}

TEST_CASE("menus name the same keys") {
  CHECK(menuHint(Action::OpenRecording, Lang::En) == "Ctrl+O");
  CHECK(menuHint(Action::Redo, Lang::En) == "Ctrl+Y");
  CHECK(menuHint(Action::Seek, Lang::En, -1) == "\xE2\x86\x90");
  CHECK(menuHint(Action::StepFrame, Lang::En, +1) == ".");
  CHECK(menuHint(Action::PlayPause, Lang::Nl) == "Spatie");
}

TEST_CASE("a run of keys on the sheet is consecutive") {
  for (const Entry &e : table()) {
    std::vector<Binding> shown;
    for (const Binding &b : e.bindings())
      if (!b.alias)
        shown.push_back(b);
    if (shown.size() < 3)
      continue; // written one by one
    INFO(e.what.en);
    for (std::size_t i = 1; i < shown.size(); ++i) { // "first – last" says every key between
      CHECK(static_cast<int>(shown[i].key) == static_cast<int>(shown[i - 1].key) + 1);
      CHECK(shown[i].arg == shown[i - 1].arg + 1);
      CHECK(shown[i].mods == shown[0].mods);
    }
  }
}

TEST_CASE("keys match with today's modifier rules") {
  const auto firesIn = [](Context c, Key k, Mods held) {
    std::vector<Action> out;
    for (const Entry &e : table())
      if (e.appliesIn(Mode::Reviewing, c))
        for (const Binding &b : e.bindings())
          if (b.matchesKey(k, held))
            out.push_back(e.action);
    return out;
  };
  using V = std::vector<Action>;
  CHECK(firesIn(Context::Player, Key::Space, 0) == V{Action::PlayPause});
  CHECK(firesIn(Context::Player, Key::Space, kShift) == V{Action::PlayPause});
  CHECK(firesIn(Context::Player, Key::Space, kCtrl).empty());
  CHECK(firesIn(Context::Typing, Key::Space, 0).empty()); // the caret is in a text field
  CHECK(firesIn(Context::Typing, Key::Enter, 0).empty());  // the Tags tab's note: Enter keeps it
  CHECK(firesIn(Context::EditorNote, Key::Enter, kShift) == V{Action::EditorClose});
  CHECK(firesIn(Context::EditorNote, Key::I, 0).empty()); // typed into the note
  CHECK(firesIn(Context::Player, Key::Left, kShift) == V{Action::SeekSmall});
  CHECK(firesIn(Context::Player, Key::Z, kCtrl) == V{Action::Undo});
  CHECK(firesIn(Context::Player, Key::Z, kCtrl | kShift) == V{Action::Redo});
  CHECK(firesIn(Context::Player, Key::D2, kShift) == V{Action::TagNegative});
  CHECK(firesIn(Context::Player, Key::Kp3, 0) == V{Action::TagPositive});
  CHECK(firesIn(Context::Player, Key::D1, kCtrl).empty());
  CHECK(firesIn(Context::Player, Key::Down, 0).empty()); // only with the tag editor open
  CHECK(firesIn(Context::TagEditor, Key::Down, 0) == V{Action::EditorIndicator});
  CHECK(firesIn(Context::TagEditor, Key::Tab, kShift).empty());
  CHECK(firesIn(Context::TagEditor, Key::Escape, 0) == V{Action::EditorClose});
  CHECK(firesIn(Context::TagEditor, Key::F9, 0) == V{Action::PinParticipants}); // the editor's pin
  CHECK(firesIn(Context::Player, Key::F9, 0).empty());
  CHECK(firesIn(Context::Player, Key::Escape, 0) == V{Action::Cancel}); // hides the sheet
  CHECK(firesIn(Context::Popup, Key::Escape, 0) == V{Action::Cancel});
  CHECK(firesIn(Context::Popup, Key::Q, kCtrl) == V{Action::Quit});
  CHECK(firesIn(Context::PopupTyping, Key::Q, kCtrl).empty());
  CHECK(firesIn(Context::PopupTyping, Key::Enter, 0) == V{Action::Confirm});
  CHECK(firesIn(Context::Popup, Key::Space, 0).empty()); // a dialog owns the keyboard

  const Binding loop = entry(Action::Loop).bindings()[0];
  CHECK(loop.matchesChar(U'l'));
  CHECK(loop.matchesChar(U'L'));
  CHECK_FALSE(loop.matchesChar(U'm'));
}

TEST_CASE("the context: a popup first, then a text field, then the tag editor") {
  CHECK(contextOf(false, false, false, false) == Context::Player);
  CHECK(contextOf(false, false, true, false) == Context::TagEditor);
  CHECK(contextOf(false, true, true, true) == Context::EditorNote);
  CHECK(contextOf(false, true, true, false) == Context::Typing); // the caret in the Tags tab's note
  CHECK(contextOf(false, true, false, false) == Context::Typing);
  CHECK(contextOf(true, false, true, false) == Context::Popup);
  CHECK(contextOf(true, true, true, true) == Context::PopupTyping);
}

TEST_CASE("in recall mode Space continues, Shift+Space pauses as the inquirer and N / P go to moments") {
  const auto firesIn = [](Mode m, Key k, Mods held) {
    std::vector<Action> out;
    for (const Entry &e : table())
      if (e.appliesIn(m, Context::Player))
        for (const Binding &b : e.bindings())
          if (b.matchesKey(k, held))
            out.push_back(e.action);
    return out;
  };
  const auto charIn = [](Mode m, char32_t c) {
    std::vector<Action> out;
    for (const Entry &e : table())
      if (e.appliesIn(m, Context::Player))
        for (const Binding &b : e.bindings())
          if (b.matchesChar(c))
            out.push_back(e.action);
    return out;
  };
  using V = std::vector<Action>;
  CHECK(firesIn(Mode::Recall, Key::Space, 0) == V{Action::RecallContinue});
  CHECK(firesIn(Mode::Recall, Key::Space, kShift) == V{Action::RecallInquirerPause});
  CHECK(firesIn(Mode::Reviewing, Key::Space, kShift) == V{Action::PlayPause});
  CHECK(charIn(Mode::Recall, U'n') == V{Action::RecallMoment});
  CHECK(charIn(Mode::Reviewing, U'n') == V{Action::NextTag});
  // Tagging, seeking and undo stay as they are while a session plays.
  CHECK(firesIn(Mode::Recall, Key::D1, 0) == V{Action::TagPositive});
  CHECK(firesIn(Mode::Recall, Key::Left, 0) == V{Action::Seek});
  CHECK(firesIn(Mode::Recall, Key::Z, kCtrl) == V{Action::Undo});
  CHECK(keysLabel(entry(Action::RecallInquirerPause), Lang::Nl) == "Shift + Spatie");
}
