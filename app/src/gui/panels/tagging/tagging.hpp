#pragma once
// Tagging while watching (issue "The reviewer's workspace" §3): the keys
// 1–4 (Shift: negative; while a span is open they choose its element and
// valence), I / O (a span; Esc drops it), F1–F8 (participants: on the open
// tag only, else for the next tags; F9 pins the open tag's people for the
// next tags), Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y (undo / redo), and the small
// tag editor window that opens on a new tag. The editor is not modal and never takes playback:
// Space still plays and pauses unless the note field has the caret. With
// the editor open, ↓ / ↑ choose the indicator and Tab puts the caret in
// the note, so the whole loop works from the keyboard.
// UI thread only; draw() never blocks (every edit is one SQLite write).
#include "gui/shell/panel.hpp"

#include <string>
#include <vector>

namespace spiegel::app::gui {

class TaggingPanel final : public Panel {
public:
  [[nodiscard]] Slot slot() const override { return Slot::Overlay; }
  void draw(AppState &state) override;

private:
  void handleKeys(AppState &state); // tag_keys.cpp
  void tagKey(AppState &state, int hotkey, bool negative);
  void tagNow(AppState &state, int hotkey, bool negative);
  void markOut(AppState &state);
  void cancelSpan(AppState &state);
  void toggleParticipant(AppState &state, int participant);
  void pinParticipants(AppState &state);
  void stepIndicator(AppState &state, int step);
  void drawEditor(AppState &state); // tag_editor.cpp
  void drawIndicatorPicker(AppState &state, const annotate::Annotation &tag);
  void drawParticipantChips(AppState &state, const annotate::Annotation &tag);
  void drawPin(AppState &state, const annotate::Annotation &tag);
  void drawNote(AppState &state, const annotate::Annotation &tag);
  void closeEditor(AppState &state);
  // 1–4 pressed before the reviewer gave a name ("Later"): kept, and made
  // at the moments pressed once the name is given, so no moment is lost.
  void keepForLater(AppState &state, int hotkey, bool negative);
  void tagKept(AppState &state);
  struct KeptTag {
    int hotkey = 0;
    bool negative = false;
    annotate::Micros position = 0;
  };
  std::vector<KeptTag> m_later;
  std::string m_laterProject; // the project they were pressed in

  std::string m_noteTag;     // the tag m_note belongs to
  std::string m_note;        // the note field's text
  bool m_placed = false;     // the editor window was positioned since it opened
  bool m_focusNote = false;  // Tab was pressed: the note takes the caret
};

// "Undo" / "Redo" (+ ": what") for menus; defined in tag_keys.cpp.
void undo(AppState &state);
void redo(AppState &state);

} // namespace spiegel::app::gui
