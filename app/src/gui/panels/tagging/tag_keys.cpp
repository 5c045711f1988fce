// TaggingPanel: the tagging, tag editor and undo keys, as the keymap
// (gui/shell/keymap_table.cpp) binds them.
#include "common/review_messages.hpp"
#include "gui/panels/tagging/tagging.hpp"

#include "common/edit_description.hpp"
#include "common/i18n.hpp"
#include "common/media_messages.hpp"
#include "gui/shell/actions.hpp"
#include "gui/shell/keymap_input.hpp"

#include <utility>

namespace spiegel::app::gui {
namespace {
void report(AppState &state, const review::Status &st) {
  if (!st)
    state.events.push(ShowError{describe(st.error)});
}

Micros position(const AppState &state) { return state.session ? state.session->state.position : 0; }

// A seek into the missing stretch of an incomplete copy holds the player at
// its real end: a tag key then would tag a moment the reviewer did not ask
// for, so it is refused with the reason (true when refused).
bool refusedInMissing(AppState &state) {
  if (!state.session || !state.session->state.seekPastPlayable)
    return false;
  const auto &st = state.session->state;
  state.events.push(ShowError{describeNoTagInMissing(st.playable, st.duration), tr("Tagging", "Taggen")});
  return true;
}

// Why a tag key cannot tag now, as one status-line notice ("" when it can):
// a read-only project, or no reviewer yet (the first-start dialog was put
// off). The band across the top (WorkspaceBand) offers the way on; a modal
// for every key would only be in the way.
std::string cannotTag(const AppState &state) {
  if (state.workspace->readOnly())
    return tr("Tagging needs a copy of your own: Save a copy… (above)",
              "Taggen kan in een eigen kopie: Kopie bewaren… (boven)");
  if (!state.identity)
    return tr("Tagging needs your name first (Enter your name…, above); the moment is kept",
              "Voor taggen is eerst je naam nodig (Je naam invullen…, boven); het moment blijft bewaard");
  return {};
}

} // namespace

void undo(AppState &state) {
  if (state.workspace && state.workspace->canUndo()) {
    auto &ws = *state.workspace;
    const std::string what = describeEdit(*ws.nextUndo(), ws.codebook(), ws.participants());
    const auto st = ws.undo();
    report(state, st);
    if (st) // the status line says what came back, not only the Edit menu
      state.notify(std::string(tr("Undone: ", "Ongedaan gemaakt: ")) + what);
    if (state.editingTag && state.workspace->tags().find(*state.editingTag) == nullptr)
      state.editingTag.reset(); // undoing its creation closes the editor
    if (state.selectedTag && state.workspace->tags().find(*state.selectedTag) == nullptr)
      state.selectedTag.reset();
  }
}

void redo(AppState &state) {
  if (state.workspace && state.workspace->canRedo()) {
    auto &ws = *state.workspace;
    const std::string what = describeEdit(*ws.nextRedo(), ws.codebook(), ws.participants());
    const auto st = ws.redo();
    report(state, st);
    if (st)
      state.notify(std::string(tr("Redone: ", "Opnieuw gedaan: ")) + what);
  }
}

void TaggingPanel::tagNow(AppState &state, int hotkey, bool negative) {
  auto made = state.workspace->tagNow(hotkey, negative, position(state));
  if (!made) {
    state.events.push(ShowError{describe(made.error)});
    return;
  }
  state.selectedTag = *made.value;
  state.editingTag = *made.value;
  if (state.workspace->settings().pauseWhenTagging && state.session && state.session->state.playing)
    actions::togglePlay(state);
}

// 1–4 while a span is open (after I): its element and valence, not a point tag.
void TaggingPanel::tagKey(AppState &state, int hotkey, bool negative) {
  if (state.workspace->markedIn())
    report(state, state.workspace->chooseMarkElement(hotkey, negative));
  else
    tagNow(state, hotkey, negative);
}

void TaggingPanel::markOut(AppState &state) {
  auto made = state.workspace->markOut(position(state));
  if (!made) { // O before I: a slip, not a failure
    state.events.push(ShowError{describe(made.error), tr("Marking a stretch", "Een stuk markeren")});
    return;
  }
  state.selectedTag = *made.value;
  state.editingTag = *made.value;
}

void TaggingPanel::handleKeys(AppState &state) {
  using keymap::Action;
  keymap::Presses keys(state, {Action::Undo, Action::Redo, Action::TagPositive, Action::TagNegative, Action::MarkSpan,
                               Action::Participant, Action::EditorNote, Action::EditorIndicator, Action::EditorClose,
                               Action::PinParticipants, Action::EditTag});
  while (const auto press = keys.next()) {
    const keymap::Press p = *press;
    const bool placesTag =
        p.action == Action::TagPositive || p.action == Action::TagNegative || p.action == Action::MarkSpan;
    if (p.action == Action::Undo) {
      undo(state);
      continue;
    }
    if (p.action == Action::Redo) {
      redo(state);
      continue;
    }
    if (!state.workspace) { // watching a bare recording: a tag key offers its project again
      if (placesTag && state.session)
        state.events.push(OfferProject{state.session->path});
      continue;
    }
    if (placesTag && refusedInMissing(state))
      continue;
    const bool edits = placesTag || p.action == Action::Participant || p.action == Action::EditorIndicator;
    if (const std::string why = edits ? cannotTag(state) : std::string(); !why.empty()) {
      state.notify(why);
      if (p.action == Action::TagPositive || p.action == Action::TagNegative)
        keepForLater(state, p.arg, p.action == Action::TagNegative);
      continue;
    }
    switch (p.action) {
    case Action::TagPositive:
    case Action::TagNegative: tagKey(state, p.arg, p.action == Action::TagNegative); break;
    case Action::Participant: toggleParticipant(state, p.arg); break;
    case Action::MarkSpan:
      if (p.arg == 0)
        report(state, state.workspace->markIn(position(state)));
      else
        markOut(state);
      break;
    case Action::EditorNote: m_focusNote = true; break; // the caret goes into the note on the next frame
    case Action::EditorIndicator: stepIndicator(state, p.arg); break;
    case Action::EditorClose: closeEditor(state); break;
    case Action::PinParticipants: pinParticipants(state); break;
    case Action::EditTag:
      if (state.selectedTag && state.workspace->tags().find(*state.selectedTag) != nullptr)
        state.editingTag = state.selectedTag;
      break;
    default: break;
    }
  }
}

// F1–F8: with the editor open, on that tag only (a colleague's is refused
// with the reason); else on the people the next tags get, which the
// timeline's "Next tags" row shows (NextPeopleRow).
void TaggingPanel::toggleParticipant(AppState &state, int participant) {
  report(state, state.workspace->toggleParticipant(participant, state.editingTag));
}

// F9 or the editor's pin: the open tag's people become the next tags' people.
void TaggingPanel::pinParticipants(AppState &state) {
  if (!state.editingTag)
    return;
  const auto st = state.workspace->pinParticipants(*state.editingTag);
  report(state, st);
  if (st)
    state.notify(tr("The next tags get this tag's people", "De volgende tags krijgen de mensen van deze tag"));
}

// Esc in the main window drops an open span (when the sheet is shown, the
// same Esc hides the sheet instead).
void TaggingPanel::cancelSpan(AppState &state) {
  if (!state.workspace || !state.workspace->markedIn() || state.showShortcuts ||
      keymap::currentContext(state) != keymap::Context::Player || !keymap::pressed(state, keymap::Action::Cancel))
    return;
  state.workspace->cancelMark();
  keymap::consume(state, keymap::Action::Cancel);
  state.notify(tr("Span dropped", "Stuk laten vallen"));
}

void TaggingPanel::keepForLater(AppState &state, int hotkey, bool negative) {
  if (state.identity || state.workspace->readOnly())
    return;
  if (m_laterProject != state.workspace->projectPath())
    m_later.clear();
  m_laterProject = state.workspace->projectPath();
  m_later.push_back({hotkey, negative, position(state)});
}

void TaggingPanel::tagKept(AppState &state) {
  if (m_later.empty() || !state.identity || !state.workspace)
    return;
  const auto kept = std::exchange(m_later, {});
  if (m_laterProject != state.workspace->projectPath())
    return; // pressed in another project
  for (const KeptTag &k : kept) {
    auto made = state.workspace->tagNow(k.hotkey, k.negative, k.position);
    if (!made) {
      state.events.push(ShowError{describe(made.error)});
      return;
    }
    state.selectedTag = *made.value;
  }
  state.notify(kept.size() == 1 ? tr("The tag you pressed before is made", "De tag die je eerder drukte is gemaakt")
                                : tr("The tags you pressed before are made", "De tags die je eerder drukte zijn gemaakt"));
}

void TaggingPanel::draw(AppState &state) {
  tagKept(state);
  handleKeys(state);
  cancelSpan(state);
  drawEditor(state);
}

} // namespace spiegel::app::gui
