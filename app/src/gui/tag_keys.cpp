// TaggingPanel: the tagging keys. Key codes (not characters) for digits and
// F-keys: with Shift, GLFW reports GLFW_KEY_1…4 plus GLFW_MOD_SHIFT while the
// character would be '!', '@' or '"' depending on the layout.
#include "common/review_messages.hpp"
#include "gui/tagging.hpp"

#include "common/i18n.hpp"
#include "common/media_messages.hpp"
#include "gui/actions.hpp"
#include "gui/gl.hpp"

#include <imgui.h>

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

// The element hotkey 1–4 of a key on the main row or the keypad; 0 for any other key.
int elementHotkey(int key) {
  if (key >= GLFW_KEY_1 && key <= GLFW_KEY_4)
    return key - GLFW_KEY_1 + 1;
  if (key >= GLFW_KEY_KP_1 && key <= GLFW_KEY_KP_4)
    return key - GLFW_KEY_KP_1 + 1;
  return 0;
}
} // namespace

void undo(AppState &state) {
  if (state.workspace && state.workspace->canUndo()) {
    report(state, state.workspace->undo());
    if (state.editingTag && state.workspace->tags().find(*state.editingTag) == nullptr)
      state.editingTag.reset(); // undoing its creation closes the editor
    if (state.selectedTag && state.workspace->tags().find(*state.selectedTag) == nullptr)
      state.selectedTag.reset();
  }
}

void redo(AppState &state) {
  if (state.workspace && state.workspace->canRedo())
    report(state, state.workspace->redo());
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
  // Typing never triggers shortcuts; a dialog owns the keyboard.
  if (ImGui::GetIO().WantTextInput ||
      ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel))
    return;
  for (const KeyPress &k : state.input.keys) {
    const bool ctrl = (k.mods & GLFW_MOD_CONTROL) != 0;
    const bool shift = (k.mods & GLFW_MOD_SHIFT) != 0;
    const bool alt = (k.mods & GLFW_MOD_ALT) != 0;
    if (ctrl) {
      if ((k.key == GLFW_KEY_Z && shift) || k.key == GLFW_KEY_Y)
        redo(state);
      else if (k.key == GLFW_KEY_Z)
        undo(state);
      continue;
    }
    if (alt)
      continue;
    if (!state.workspace) { // watching a bare recording: a tag key offers its project again
      const bool tagKey = elementHotkey(k.key) != 0 || k.key == GLFW_KEY_I || k.key == GLFW_KEY_O;
      if (tagKey && state.session)
        state.events.push(OfferProject{state.session->path});
      continue;
    }
    const bool placesTag = elementHotkey(k.key) != 0 || k.key == GLFW_KEY_I || k.key == GLFW_KEY_O;
    if (placesTag && refusedInMissing(state))
      continue;
    if (const int hotkey = elementHotkey(k.key); hotkey != 0)
      tagNow(state, hotkey, shift);
    else if (k.key >= GLFW_KEY_F1 && k.key <= GLFW_KEY_F8) {
      std::optional<annotate::Uuid> target = state.editingTag ? state.editingTag : state.selectedTag;
      // A colleague's tag that is merely selected (clicked on the timeline)
      // is not a target: the key changes the current participants only.
      if (!state.editingTag && target)
        if (const auto *a = state.workspace->tags().find(*target); a != nullptr && !state.workspace->canEdit(*a))
          target.reset();
      report(state, state.workspace->toggleParticipant(k.key - GLFW_KEY_F1 + 1, target));
    } else if (k.key == GLFW_KEY_I)
      report(state, state.workspace->markIn(position(state)));
    else if (k.key == GLFW_KEY_O)
      markOut(state);
    else if (k.key == GLFW_KEY_TAB && !shift && state.editingTag)
      m_focusNote = true; // the caret goes into the note on the next frame
    else if ((k.key == GLFW_KEY_DOWN || k.key == GLFW_KEY_UP) && state.editingTag)
      stepIndicator(state, k.key == GLFW_KEY_DOWN ? 1 : -1);
    else if (k.key == GLFW_KEY_ESCAPE && state.editingTag)
      closeEditor(state);
    else if ((k.key == GLFW_KEY_ENTER || k.key == GLFW_KEY_KP_ENTER) && state.editingTag)
      closeEditor(state);
  }
}

void TaggingPanel::draw(AppState &state) {
  handleKeys(state);
  drawEditor(state);
}

} // namespace spiegel::app::gui
