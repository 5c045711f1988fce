// The key table itself: every key the window handles, once. Change a key
// here and both its handler and the `?` sheet follow. The order is the
// sheet's (grouped); tests/gui/keymap_test.cpp checks that every action is
// here once, has its words in both languages and shares no key with
// another action in one mode and context.
#include "gui/shell/keymap.hpp"

namespace spiegel::app::gui::keymap {
namespace {
constexpr ModeSet kReviewing = bit(Mode::Reviewing);
constexpr ModeSet kRecall = bit(Mode::Recall);
// Most keys mean the same while a recall session plays: tagging stays possible.
constexpr ModeSet kAll = kReviewing | kRecall;
// The main window, with or without the tag editor open.
constexpr ContextSet kMain = bit(Context::Player) | bit(Context::TagEditor);
constexpr ContextSet kPopups = bit(Context::Popup) | bit(Context::PopupTyping);

constexpr Binding key(Key k, Mods mods = 0, Mods ignore = 0, int arg = 0) {
  return Binding{k, 0, mods, ignore, arg, false};
}
constexpr Binding alias(Key k, Mods mods = 0, Mods ignore = 0, int arg = 0) {
  return Binding{k, 0, mods, ignore, arg, true};
}
constexpr Binding chr(char32_t c, int arg = 0) { return Binding{Key::None, c, 0, 0, arg, false}; }

using enum Action;
using enum Key;
using G = Group;

// Modifier leniency is today's: Shift or Alt with Space still plays, Shift
// with I / O / F-keys / ↑ ↓ does what the key does, Ctrl or Alt with a tag
// key does nothing. Each entry: action, sheet group, modes, contexts, keys,
// the sheet's words.
// clang-format off
constexpr Entry kTable[] = {
    // While a recall session plays (Mode::Recall): Space is the one key for
    // "go on" and "stop here", so nobody has to think which is which.
    {RecallContinue, G::Recall, kRecall, kMain, {{key(Space, 0, kAlt)}},
     {"Continue from a pause; while playing: pause as the person recalling",
      "Verder na een pauze; tijdens het afspelen: pauzeren als degene die terugkijkt"}},
    {RecallInquirerPause, G::Recall, kRecall, kMain, {{key(Space, kShift, kAlt)}},
     {"Pause as the person asking", "Pauzeren als degene die vraagt"}},
    {RecallMoment, G::Recall, kRecall, kMain, {{chr('n', +1), chr('p', -1)}},
     {"Next / previous moment of the session", "Volgende / vorige moment van de sessie"}},

    {PlayPause, G::Playback, kReviewing, kMain, {{key(Space, 0, kShift | kAlt)}},
     {"Play / pause", "Afspelen / pauzeren"}},
    {Seek, G::Playback, kAll, kMain, {{key(Left, 0, kAlt, -1), key(Right, 0, kAlt, +1)}},
     {"Back / forward 5 seconds", "5 seconden terug / verder"}},
    {SeekSmall, G::Playback, kAll, kMain, {{key(Left, kShift, kAlt, -1), key(Right, kShift, kAlt, +1)}},
     {"Back / forward 1 second", "1 seconde terug / verder"}},
    // Punctuation by the character typed, so it follows the keyboard layout.
    {StepFrame, G::Playback, kAll, kMain, {{chr(',', -1), chr('.', +1)}},
     {"One frame back / forward", "Eén beeld terug / verder"}},
    {Speed, G::Playback, kAll, kMain, {{chr('[', -1), chr(']', +1)}},
     {"Slower / faster (0.25\xC3\x97 \xE2\x80\x93 2\xC3\x97)",
      "Langzamer / sneller (0,25\xC3\x97 \xE2\x80\x93 2\xC3\x97)"}},
    {Loop, G::Playback, kAll, kMain, {{chr('l')}},
     {"Loop: start here, end here, stop", "Herhalen: begin hier, einde hier, stoppen"}},
    {Mute, G::Playback, kAll, kMain, {{chr('m')}},
     {"Sound off / on", "Geluid uit / aan"}},
    // C for captions: the transcript's cue over the picture.
    {Subtitles, G::Playback, kAll, kMain, {{chr('c')}},
     {"Subtitles on / off", "Ondertitels aan / uit"}},

    // Key codes, not characters: with Shift the digit row types '!' or '@'
    // depending on the layout, and Shift means "negative".
    {TagPositive, G::Tagging, kAll, kMain,
     {{key(D1, 0, 0, 1), key(D2, 0, 0, 2), key(D3, 0, 0, 3), key(D4, 0, 0, 4),
       alias(Kp1, 0, 0, 1), alias(Kp2, 0, 0, 2), alias(Kp3, 0, 0, 3), alias(Kp4, 0, 0, 4)}},
     {"Tag an element now (positive); playback goes on", "Nu een element taggen (positief); het afspelen gaat door"}},
    {TagNegative, G::Tagging, kAll, kMain,
     {{key(D1, kShift, 0, 1), key(D2, kShift, 0, 2), key(D3, kShift, 0, 3), key(D4, kShift, 0, 4),
       alias(Kp1, kShift, 0, 1), alias(Kp2, kShift, 0, 2), alias(Kp3, kShift, 0, 3), alias(Kp4, kShift, 0, 4)}},
     {"Tag an element now (negative)", "Nu een element taggen (negatief)"}},
    // arg 0: the span starts here, 1: it ends here.
    // While a span is open, 1–4 / Shift+1–4 choose its element and valence
    // instead of tagging a point; Esc (Cancel) drops it.
    {MarkSpan, G::Tagging, kAll, kMain, {{key(I, 0, kShift, 0), key(O, 0, kShift, 1)}},
     {"Start / end a span tag (1\xE2\x80\x93" "4 while open: its element)",
      "Begin / einde van een tag over een stuk (1\xE2\x80\x93" "4 terwijl het open is: het element)"}},
    // The literal is split so that "8" is not read as part of the escape.
    {Participant, G::Tagging, kAll, kMain,
     {{key(F1, 0, kShift, 1), key(F2, 0, kShift, 2), key(F3, 0, kShift, 3), key(F4, 0, kShift, 4),
       key(F5, 0, kShift, 5), key(F6, 0, kShift, 6), key(F7, 0, kShift, 7), key(F8, 0, kShift, 8)}},
     {"Participant 1\xE2\x80\x93" "8 on / off: on the open tag only, else for the next tags",
      "Deelnemer 1\xE2\x80\x93" "8 aan / uit: alleen op de open tag, anders voor de volgende tags"}},

    {EditorIndicator, G::TagEditor, kAll, bit(Context::TagEditor),
     {{key(Down, 0, kShift, +1), key(Up, 0, kShift, -1)}},
     {"Next / previous indicator", "Volgende / vorige indicator"}},
    {EditorNote, G::TagEditor, kAll, bit(Context::TagEditor), {{key(Tab)}},
     {"Type a note", "Een notitie typen"}},
    {PinParticipants, G::TagEditor, kAll, bit(Context::TagEditor), {{key(F9, 0, kShift)}},
     {"Use this tag's people for the next tags too", "De mensen van deze tag ook voor de volgende tags gebruiken"}},
    // Also while the caret is in the editor's note, but not in another field.
    {EditorClose, G::TagEditor, kAll, bit(Context::TagEditor) | bit(Context::EditorNote),
     {{key(Enter, 0, kAnyMods), alias(KeypadEnter, 0, kAnyMods), key(Escape, 0, kAnyMods)}},
     {"Close the tag editor (also from its note)", "De tag-editor sluiten (ook vanuit de notitie)"}},
    // With the editor closed: open it again on the selected tag (also by a
    // double-click on its marker or its row); a colleague's tag opens read only.
    {EditTag, G::TagEditor, kAll, bit(Context::Player),
     {{key(Enter, 0, kAnyMods), alias(KeypadEnter, 0, kAnyMods)}},
     {"Open the tag editor on the selected tag", "De tag-editor openen op de gekozen tag"}},

    {NextTag, G::Timeline, kReviewing, kMain, {{chr('n', +1), chr('p', -1)}},
     {"Next / previous tag (as filtered in the Tags tab)",
      "Volgende / vorige tag (zoals gefilterd in het tabblad Tags)"}},
    {ZoomToSelection, G::Timeline, kAll, kMain, {{chr('z')}},
     {"Zoom to the selected tag or group, else to the A-B loop",
      "Inzoomen op de gekozen tag of groep, anders op de A-B-lus"}},
    {FitRecording, G::Timeline, kAll, kMain, {{chr('f')}},
     {"Fit the whole recording", "De hele opname passend tonen"}},
    // V for "vergelijken" / versus: the reviewers' lanes side by side.
    {CompareView, G::Timeline, kAll, kMain, {{chr('v')}},
     {"Compare view: one lane per reviewer, matched pairs linked",
      "Vergelijken: een baan per beoordelaar, gekoppelde paren verbonden"}},
    // By key code: a letter's character is the same with Shift, and Shift
    // means "back".
    {NextDisagreement, G::Timeline, kAll, kMain, {{key(D, 0, 0, +1), key(D, kShift, 0, -1)}},
     {"Next / previous disagreement in the compare view", "Naar het volgende / vorige verschil in de vergelijking"}},
    {DeleteTag, G::Timeline, kAll, kMain, {{key(Delete, 0, kAnyMods)}},
     {"Remove the selected tag", "De gekozen tag verwijderen"}},

    {Undo, G::General, kAll, kMain, {{key(Z, kCtrl, kAlt)}},
     {"Undo the last edit", "De laatste wijziging ongedaan maken"}},
    {Redo, G::General, kAll, kMain, {{key(Y, kCtrl, kShift | kAlt), key(Z, kCtrl | kShift, kAlt)}},
     {"Redo", "Opnieuw uitvoeren"}},
    {OpenRecording, G::General, kAll, kMain, {{key(O, kCtrl, kShift | kAlt)}},
     {"Open a recording", "Een opname openen"}},
    // Quit works with a dialog open too (not while typing in one).
    {Quit, G::General, kAll, kMain | bit(Context::Popup), {{key(Q, kCtrl, kShift | kAlt)}},
     {"Quit", "Afsluiten"}},
    {ToggleSheet, G::General, kAll, kMain, {{chr('?')}},
     {"Show / hide this list", "Deze lijst tonen / verbergen"}},

    {Confirm, G::Popups, kAll, kPopups, {{key(Enter, 0, kAnyMods), alias(KeypadEnter, 0, kAnyMods)}},
     {"Confirm a dialog", "Een dialoogvenster bevestigen"}},
    // In the main window (Player) Esc hides this sheet; with the tag editor
    // open it closes the editor instead (EditorClose).
    {Cancel, G::Popups, kAll, kPopups | bit(Context::Player), {{key(Escape, 0, kAnyMods)}},
     {"Close a menu, list or dialog, or this sheet; drop an open span",
      "Een menu, lijst of dialoogvenster sluiten, of dit overzicht; een open stuk laten vallen"}},
};

constexpr Gesture kGestures[] = {
    {G::Timeline, {"Mouse wheel", "Muiswiel"},
     {"Zoom in / out around the pointer", "In- / uitzoomen rond de muis"}},
    {G::Timeline, {"Right-drag", "Rechts slepen"},
     {"Move left / right (also Shift + wheel)", "Naar links / rechts schuiven (ook Shift + wiel)"}},
    {G::Timeline, {"Click / drag", "Klikken / slepen"},
     {"Go to that moment", "Naar dat moment gaan"}},
    {G::Timeline, {"Double-click ruler", "Dubbelklik op de liniaal"},
     {"Show the whole recording", "De hele opname tonen"}},
    {G::Timeline, {"Drag a tag", "Tag slepen"},
     {"Move it; drag a span's edge to change its length",
      "Verplaatsen; sleep de rand van een periode om de lengte te wijzigen"}},
};
// clang-format on
} // namespace

std::span<const Entry> table() { return kTable; }
std::span<const Gesture> gestures() { return kGestures; }

} // namespace spiegel::app::gui::keymap
