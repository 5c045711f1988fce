// TaggingPanel: the small tag editor window (element + valence, indicator,
// participants, note). Not modal, placed over the side panel so the
// picture stays uncovered; every change is one undoable edit on disk.
#include "common/review_messages.hpp"
#include "gui/panels/tagging/tagging.hpp"

#include "common/clock_text.hpp"
#include "common/edit_description.hpp"
#include "common/i18n.hpp"
#include "gui/shell/keymap.hpp"
#include "gui/shell/people_widgets.hpp"
#include "gui/shell/test_layout.hpp"
#include "gui/shell/widgets.hpp"
#include "viewmodels/indicator_choices.hpp"

#include <spiegel/annotate/roles.hpp>

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdlib>

namespace spiegel::app::gui {
namespace {
// "#rrggbb" → colour; grey for anything else.
ImVec4 hexColour(const std::string &hex, float alpha = 1.0f) {
  if (hex.size() != 7 || hex[0] != '#')
    return ImVec4(0.6f, 0.6f, 0.6f, alpha);
  const unsigned long v = std::strtoul(hex.c_str() + 1, nullptr, 16);
  return ImVec4(static_cast<float>((v >> 16) & 0xFFu) / 255.0f, static_cast<float>((v >> 8) & 0xFFu) / 255.0f,
                static_cast<float>(v & 0xFFu) / 255.0f, alpha);
}

void report(AppState &state, const review::Status &st) {
  if (!st)
    state.events.push(ShowError{describe(st.error)});
}

const annotate::Element *findElement(const annotate::Codebook &cb, const std::string &key) {
  for (const auto &e : cb.elements)
    if (e.key == key)
      return &e;
  return nullptr;
}
} // namespace

void TaggingPanel::closeEditor(AppState &state) {
  state.editingTag.reset();
  m_noteTag.clear();
  state.editorNoteActive = false;
  m_placed = false;
}

void TaggingPanel::drawEditor(AppState &state) {
  if (!state.editingTag || !state.workspace)
    return;
  review::Workspace &ws = *state.workspace;
  const annotate::Annotation *found = ws.tags().find(*state.editingTag);
  if (found == nullptr) { // deleted (or undone) meanwhile
    closeEditor(state);
    return;
  }
  const annotate::Annotation tag = *found; // a copy: edits below rebuild the index
  if (!m_placed) {
    // Over the lower part of the side panel, at its right edge: nothing of
    // the picture (the faces) is covered while tagging, the timeline stays
    // free below. A window too small for a side panel: low in the middle.
    const AppState::Area side = state.sideArea;
    const float pad = ImGui::GetStyle().WindowPadding.x;
    const ImGuiViewport *vp = ImGui::GetMainViewport();
    if (!side.empty())
      ImGui::SetNextWindowPos(ImVec2(side.x1 - pad, side.y1 - pad), ImGuiCond_Always, ImVec2(1.0f, 1.0f));
    else
      ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.6f),
                              ImGuiCond_Always, ImVec2(0.5f, 1.0f));
    m_placed = true;
  }
  ImGui::SetNextWindowBgAlpha(1.0f); // the picture showing through made the text hard to read
  bool open = true;
  const std::string title = std::string(tr("Tag", "Tag")) + "###tageditor";
  if (!ImGui::Begin(title.c_str(), &open,
                    ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse |
                        ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoSavedSettings)) {
    ImGui::End();
    return;
  }
  // Another reviewer's tag (open when the reviewer was switched with the
  // editor open): shown, never changed (Workspace::canEdit).
  // A read-only project: the same, for every tag (the band says why).
  const bool mine = ws.canEdit(tag);
  const bool editable = mine && !ws.readOnly();
  if (!mine) {
    const std::string owner = ws.ownerName(tag);
    ImGui::TextDisabled("%s%s%s", tr("By ", "Van "), owner.empty() ? "?" : owner.c_str(),
                        tr(" \xE2\x80\x94 read only", " \xE2\x80\x94 alleen lezen"));
  }
  ImGui::BeginDisabled(!editable);
  // Element and valence, with the element's colour.
  const annotate::Element *el = findElement(ws.codebook(), tag.element);
  const ImVec4 colour = hexColour(el != nullptr ? el->colour : std::string());
  ImGui::ColorButton("##elcolour", colour, ImGuiColorEditFlags_NoTooltip | ImGuiColorEditFlags_NoDragDrop,
                     ImVec2(ImGui::GetFrameHeight(), ImGui::GetFrameHeight()));
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(elementText(ws.codebook(), tag.element).c_str());
  if (el != nullptr)
    itemTooltip(el->name.in(langCode()).c_str());
  ImGui::SameLine();
  int valence = tag.valence == annotate::Valence::Positive ? 0 : 1;
  if (ImGui::RadioButton(tr("+ positive", "+ positief"), &valence, 0) && tag.valence != annotate::Valence::Positive)
    report(state, ws.setValence(tag.id, annotate::Valence::Positive));
  itemTooltip(tr("Something that strengthens the alliance (key 1–4)", "Iets wat de werkrelatie versterkt (toets 1–4)"));
  ImGui::SameLine();
  if (ImGui::RadioButton(tr("\xE2\x88\x92 negative", "\xE2\x88\x92 negatief"), &valence, 1) && tag.valence != annotate::Valence::Negative)
    report(state, ws.setValence(tag.id, annotate::Valence::Negative));
  itemTooltip(
      tr("Something that strains the alliance (Shift + 1–4)", "Iets wat de werkrelatie onder druk zet (Shift + 1–4)"));
  ImGui::SameLine();
  const std::string when = tag.isPoint() ? clockText(tag.start)
                                         : clockSpan(tag.start, tag.end);
  ImGui::TextDisabled("%s", when.c_str());

  drawIndicatorPicker(state, tag);
  drawParticipantChips(state, tag);
  drawNote(state, tag);

  ImGui::Spacing();
  if (ImGui::Button(tr("Delete tag", "Tag verwijderen"))) {
    report(state, ws.deleteTag(tag.id));
    open = false;
  }
  itemTooltip(tr("Remove this tag (Ctrl+Z brings it back)", "Deze tag weghalen (Ctrl+Z zet hem terug)"));
  ImGui::EndDisabled();
  ImGui::SameLine();
  // Discussing is not changing: open for anyone's tag, the tab takes over.
  const annotate::Thread *discussed = ws.threadOnTag(tag.id);
  if (ImGui::Button(discussed != nullptr ? tr("Discussion\xE2\x80\xA6", "Bespreking\xE2\x80\xA6")
                                         : tr("Discuss this tag\xE2\x80\xA6", "Deze tag bespreken\xE2\x80\xA6"))) {
    if (discussed != nullptr)
      state.selectedThread = discussed->id;
    else
      state.discussTag = tag.id;
    state.showSideTab = "discussion";
    state.animating = true; // the tab comes forward on the next frame
    open = false;
  }
  if (TestLayout *tl = testLayout())
    tl->lastItem("tag_editor.discuss");
  itemTooltip(tr("Talk this moment through with the group in the Discussion tab",
                 "Dit moment met de groep bespreken op het tabblad Bespreking"));
  ImGui::SameLine();
  if (ImGui::Button(tr("Done", "Klaar")))
    open = false;
  itemTooltip(tr("Close the editor; everything is saved already (Enter / Esc)",
                 "De editor sluiten; alles is al bewaard (Enter / Esc)"));
  if (TestLayout *tl = testLayout())
    tl->currentWindow("tag_editor");
  ImGui::End();
  if (!open)
    closeEditor(state);
}

void TaggingPanel::drawIndicatorPicker(AppState &state, const annotate::Annotation &tag) {
  review::Workspace &ws = *state.workspace;
  const auto choices = viewmodels::indicatorChoices(ws.codebook(), tag.element, tag.valence);
  std::string preview = tr("(no indicator)", "(geen indicator)");
  for (const auto *ind : choices)
    if (tag.indicator && ind->id == *tag.indicator)
      preview = ind->label.in(langCode());
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 26.0f);
  if (ImGui::BeginCombo(tr("Indicator", "Indicator"), preview.c_str())) {
    if (ImGui::Selectable(tr("(no indicator)", "(geen indicator)"), !tag.indicator))
      report(state, ws.setIndicator(tag.id, std::nullopt));
    for (const auto *ind : choices) {
      const bool selected = tag.indicator && *tag.indicator == ind->id;
      if (ImGui::Selectable(ind->label.in(langCode()).c_str(), selected) && !selected)
        report(state, ws.setIndicator(tag.id, ind->id));
      if (!ind->note.in(langCode()).empty())
        itemTooltip(ind->note.in(langCode()).c_str());
    }
    ImGui::EndCombo();
  }
  if (TestLayout *tl = testLayout())
    tl->lastItem("tag_editor.indicator");
  itemTooltip(
      tr("What exactly you saw: the codebook's indicators for this element (\xE2\x86\x93 / \xE2\x86\x91 choose)",
         "Wat je precies zag: de indicatoren van het codeboek bij dit element (\xE2\x86\x93 / \xE2\x86\x91 kiezen)"));
}

// ↓ / ↑ while the editor is open: the next / previous choice of the picker,
// "(no indicator)" first, wrapping around.
void TaggingPanel::stepIndicator(AppState &state, int step) {
  review::Workspace &ws = *state.workspace;
  const annotate::Annotation *tag = ws.tags().find(*state.editingTag);
  if (tag == nullptr || !ws.canEdit(*tag))
    return; // a colleague's tag is shown read-only
  const auto choices = viewmodels::indicatorChoices(ws.codebook(), tag->element, tag->valence);
  const int n = static_cast<int>(choices.size()) + 1; // slot 0: no indicator
  int now = 0;
  for (int i = 1; i < n; ++i)
    if (tag->indicator && choices[static_cast<std::size_t>(i - 1)]->id == *tag->indicator)
      now = i;
  const int next = ((now + step) % n + n) % n;
  if (next == now)
    return;
  const std::optional<std::string> id =
      next == 0 ? std::nullopt : std::optional<std::string>(choices[static_cast<std::size_t>(next - 1)]->id);
  report(state, ws.setIndicator(tag->id, id));
}

void TaggingPanel::drawParticipantChips(AppState &state, const annotate::Annotation &tag) {
  review::Workspace &ws = *state.workspace;
  const auto &people = ws.participants();
  if (people.empty()) {
    ImGui::TextDisabled("%s", tr("No participants in this project yet.", "Nog geen deelnemers in dit project."));
    return;
  }
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr("Who", "Wie"));
  for (std::size_t i = 0; i < people.size(); ++i) {
    const annotate::Participant &p = people[i];
    const bool on = std::find(tag.participants.begin(), tag.participants.end(), p.id) != tag.participants.end();
    std::string label = personLabel(p);
    const bool hasKey = i < static_cast<std::size_t>(review::Workspace::kParticipantSlots);
    if (hasKey)
      label = "F" + std::to_string(i + 1) + " " + label;
    ImGui::SameLine();
    const ImVec4 c = hexColour(p.colour);
    ImGui::PushStyleColor(ImGuiCol_Button,
                          on ? ImVec4(c.x * 0.7f, c.y * 0.7f, c.z * 0.7f, 1.0f) : ImVec4(c.x, c.y, c.z, 0.12f));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(c.x * 0.8f, c.y * 0.8f, c.z * 0.8f, 0.8f));
    ImGui::PushStyleColor(ImGuiCol_Border, ImVec4(c.x, c.y, c.z, 0.9f));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
    ImGui::PushID(static_cast<int>(i));
    if (ImGui::Button(label.c_str())) {
      if (hasKey)
        report(state, ws.toggleParticipant(static_cast<int>(i) + 1, tag.id));
      else {
        auto ids = tag.participants;
        if (on)
          std::erase(ids, p.id);
        else
          ids.push_back(p.id);
        report(state, ws.setParticipants(tag.id, ids));
      }
    }
    ImGui::PopID();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(3);
    itemTooltip(on ? tr("Involved in this moment; click (or its F-key) to remove",
                        "Betrokken bij dit moment; klik (of de F-toets) om weg te halen")
                   : tr("Click (or its F-key) to mark this person as involved",
                        "Klik (of de F-toets) om deze persoon als betrokken te markeren"));
  }
  drawPin(state, tag);
}

// The pin: this tag's people become the next tags' people (F9). Also on a
// colleague's read-only tag, since it changes only what comes next.
void TaggingPanel::drawPin(AppState &state, const annotate::Annotation &tag) {
  review::Workspace &ws = *state.workspace;
  const auto sorted = [](std::vector<annotate::Uuid> ids) {
    std::sort(ids.begin(), ids.end());
    return ids;
  };
  const bool same = sorted(tag.participants) == sorted(ws.currentParticipants());
  ImGui::EndDisabled(); // the editor's read-only block, taken up again below
  // On a line of its own, under the chips: beside them the editor grew
  // over the side panel in a 1280-wide window.
  ImGui::BeginDisabled(same);
  const std::string label = std::string(same ? tr("Next tags too", "Ook volgende tags")
                                             : tr("Pin for next tags", "Vastzetten voor volgende tags")) +
                            "  (" + keymap::menuHint(keymap::Action::PinParticipants, language()) + ")";
  if (ImGui::Button(label.c_str()))
    pinParticipants(state);
  ImGui::EndDisabled();
  if (TestLayout *tl = testLayout())
    tl->lastItem("tag_editor.pin");
  itemTooltip(same ? tr("The next tags get these people too (the timeline's \"Next tags\" row)",
                        "De volgende tags krijgen deze mensen ook (de rij \"Volgende tags\" op de tijdlijn)")
                   : tr("F1\xE2\x80\x93" "F8 here change this tag only. Pin: the next tags get these people too",
                        "F1\xE2\x80\x93" "F8 veranderen hier alleen deze tag. Vastzetten: de volgende tags krijgen "
                        "deze mensen ook"));
  ImGui::BeginDisabled(!ws.canEdit(tag));
}

void TaggingPanel::drawNote(AppState &state, const annotate::Annotation &tag) {
  if (m_noteTag != tag.id || !state.editorNoteActive) {
    m_noteTag = tag.id;
    m_note = tag.note; // follow undo/redo while the field is not being typed in
  }
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 26.0f);
  if (m_focusNote) { // Tab
    ImGui::SetKeyboardFocusHere();
    m_focusNote = false;
  }
  if (ImGui::InputTextWithHint(tr("Note", "Notitie"), tr("What happened? (optional)", "Wat gebeurde er? (optioneel)"),
                               &m_note))
    report(state, state.workspace->setNote(tag.id, m_note));
  state.editorNoteActive = ImGui::IsItemActive(); // the keymap's context: Enter / Esc close from here
  itemTooltip(tr("A few words for later (Tab puts the caret here); keys type here while the caret is in it. "
                 "Enter or Esc closes.",
                 "Een paar woorden voor later (Tab zet de cursor hier); toetsen typen hier zolang de cursor erin "
                 "staat. Enter of Esc sluit."));
}

} // namespace spiegel::app::gui
