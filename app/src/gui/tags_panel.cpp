#include "gui/tags_panel.hpp"

#include "common/i18n.hpp"
#include "gui/actions.hpp"
#include "gui/gl.hpp"
#include "gui/test_layout.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstring>

namespace spiegel::app::gui {
namespace {
using workspace::TagColumn;

constexpr TagColumn kColumns[] = {TagColumn::Time,         TagColumn::Element, TagColumn::Valence, TagColumn::Indicator,
                                  TagColumn::Participants, TagColumn::Note,    TagColumn::Reviewer};
} // namespace

std::string TagsPanel::title() const { return tr("Tags", "Tags"); }

void TagsPanel::jumpTo(AppState &state, const annotate::Annotation &tag) {
  state.selectedTag = tag.id;
  m_shownSelection = tag.id;
  const Micros target = state.tagList.jumpTo(tag, state.workspace->settings().preRoll);
  actions::seekTo(state, target, media::SeekMode::Exact); // playing stays playing, paused stays paused
}

void TagsPanel::handleKeys(AppState &state) {
  const ImGuiIO &io = ImGui::GetIO();
  if (ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel) ||
      io.WantTextInput || io.KeyCtrl || !state.session)
    return;
  for (const unsigned c : state.input.chars) {
    const bool next = c == 'n' || c == 'N', prev = c == 'p' || c == 'P';
    if (!next && !prev)
      continue;
    const Micros pos = state.session->state.position;
    const annotate::Annotation *t =
        next ? state.tagList.nextTag(*state.workspace, pos) : state.tagList.prevTag(*state.workspace, pos);
    if (t != nullptr)
      jumpTo(state, *t);
  }
}

void TagsPanel::commitNote(AppState &state) {
  if (m_editing && state.workspace) {
    const workspace::Status st = state.workspace->setNote(*m_editing, m_noteBuf.data());
    if (!st)
      state.events.push(ShowError{st.error});
  }
  m_editing.reset();
}

void TagsPanel::draw(AppState &state) {
  if (!state.workspace) {
    ImGui::TextWrapped("%s", tr("Open a project (.spiegel) to see its tags here.",
                                "Open een project (.spiegel) om de tags hier te zien."));
    return;
  }
  handleKeys(state);
  drawFilters(state);
  state.tagList.refresh(*state.workspace);
  if (m_editing && state.workspace->tags().find(*m_editing) == nullptr)
    m_editing.reset(); // deleted or undone meanwhile
  drawTable(state);
}

void TagsPanel::drawTable(AppState &state) {
  workspace::TagListModel &model = state.tagList;
  const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_ScrollY | ImGuiTableFlags_ScrollX |
                                ImGuiTableFlags_RowBg | ImGuiTableFlags_Resizable | ImGuiTableFlags_BordersInnerV |
                                ImGuiTableFlags_Hideable | ImGuiTableFlags_SizingFixedFit;
  if (!ImGui::BeginTable("##tags", 7, flags))
    return;
  const float em = ImGui::GetFontSize();
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn(tr("Time", "Tijd"), ImGuiTableColumnFlags_DefaultSort, em * 5.5f);
  ImGui::TableSetupColumn(tr("Element", "Element"), 0, em * 5.0f);
  ImGui::TableSetupColumn("\xC2\xB1", 0, em * 1.2f);
  ImGui::TableSetupColumn(tr("Indicator", "Indicator"), 0, em * 8.0f);
  ImGui::TableSetupColumn(tr("Who", "Wie"), 0, em * 6.0f);
  ImGui::TableSetupColumn(tr("Note", "Notitie"), 0, em * 12.0f);
  ImGui::TableSetupColumn(tr("Reviewer", "Beoordelaar"), 0, em * 5.0f);
  ImGui::TableHeadersRow();
  if (ImGuiTableSortSpecs *sort = ImGui::TableGetSortSpecs(); sort != nullptr && sort->SpecsDirty) {
    if (sort->SpecsCount > 0) {
      const ImGuiTableColumnSortSpecs &spec = sort->Specs[0];
      model.setSort(kColumns[spec.ColumnIndex], spec.SortDirection != ImGuiSortDirection_Descending);
      model.refresh(*state.workspace);
    }
    sort->SpecsDirty = false;
  }
  // The selection changed elsewhere (timeline, N/P): bring its row into view.
  if (state.selectedTag != m_shownSelection) {
    m_shownSelection = state.selectedTag;
    if (state.selectedTag)
      if (const auto row = model.rowOf(*state.selectedTag)) {
        const float rowH = ImGui::GetTextLineHeight() + ImGui::GetStyle().CellPadding.y * 2.0f;
        const float visible = ImGui::GetWindowHeight() - rowH * 2.0f;
        const float y = rowH * static_cast<float>(*row);
        if (y < ImGui::GetScrollY() || y > ImGui::GetScrollY() + visible)
          ImGui::SetScrollY(std::max(0.0f, y - visible * 0.4f));
      }
  }
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(model.rows().size()));
  while (clipper.Step())
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i)
      drawRow(state, static_cast<std::size_t>(i));
  ImGui::EndTable();
  if (model.rows().empty())
    ImGui::TextDisabled("%s", tr("No tags match the filters.", "Geen tags passen bij de filters."));
}

void TagsPanel::drawRow(AppState &state, std::size_t index) {
  const workspace::TagRow &r = state.tagList.rows()[index];
  const annotate::Annotation &tag = *r.tag;
  ImGui::TableNextRow();
  ImGui::PushID(static_cast<int>(index));
  ImGui::TableSetColumnIndex(0);
  const bool selected = state.selectedTag == tag.id;
  const float timeRight = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
  if (ImGui::Selectable(r.time.c_str(), selected,
                        ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowDoubleClick |
                            ImGuiSelectableFlags_AllowItemOverlap)) {
    state.selectedTag = tag.id;
    m_shownSelection = tag.id;
    if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left) && ImGui::GetIO().MousePos.x <= timeRight)
      jumpTo(state, tag);
  }
  if (ImGui::IsItemHovered() && ImGui::GetIO().MousePos.x <= timeRight)
    ImGui::SetTooltip("%s", tr("Double-click: go there (a few seconds before)",
                               "Dubbelklik: daarheen gaan (een paar seconden ervoor)"));
  const float timeX = ImGui::GetItemRectMin().x, rowTop = ImGui::GetItemRectMin().y, rowBottom = ImGui::GetItemRectMax().y;
  ImGui::TableSetColumnIndex(1);
  ImGui::TextUnformatted(r.element.c_str());
  ImGui::TableSetColumnIndex(2);
  // ASCII: the UI font has no U+2212 minus sign.
  ImGui::TextUnformatted(tag.valence == annotate::Valence::Negative ? "-" : "+");
  ImGui::TableSetColumnIndex(3);
  ImGui::TextUnformatted(r.indicator.c_str());
  ImGui::TableSetColumnIndex(4);
  ImGui::TextUnformatted(r.participants.c_str());
  ImGui::TableSetColumnIndex(5);
  if (TestLayout *tl = testLayout())
    tl->tagRow(tag.id, rowTop, rowBottom, timeX, ImGui::GetCursorScreenPos().x);
  if (m_editing == tag.id) {
    if (m_focusEditor) {
      ImGui::SetKeyboardFocusHere();
      m_focusEditor = false;
    }
    ImGui::SetNextItemWidth(-1.0f);
    const bool entered =
        ImGui::InputText("##note", m_noteBuf.data(), m_noteBuf.size(), ImGuiInputTextFlags_EnterReturnsTrue);
    if (TestLayout *tl = testLayout())
      tl->value("tags.editing_note", tag.id + (ImGui::IsItemActive() ? " active" : ""));
    if (entered)
      commitNote(state);
    else if (ImGui::IsItemActive() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
      m_editing.reset();
    else if (ImGui::IsItemDeactivated() && m_editing)
      m_editing.reset(); // clicked elsewhere: nothing changes
  } else {
    const float left = ImGui::GetCursorScreenPos().x;
    const float right = left + ImGui::GetContentRegionAvail().x;
    ImGui::TextUnformatted(tag.note.c_str());
    const float mx = ImGui::GetIO().MousePos.x;
    const bool overNote = mx >= left && mx <= right && ImGui::IsMouseHoveringRect(ImVec2(left, ImGui::GetItemRectMin().y),
                                                                                ImVec2(right, ImGui::GetItemRectMax().y));
    if (overNote && (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left) || state.input.doubleClicks > 0)) {
      m_editing = tag.id;
      m_focusEditor = true;
      std::snprintf(m_noteBuf.data(), m_noteBuf.size(), "%s", tag.note.c_str());
    } else if (overNote) {
      ImGui::SetTooltip("%s", tr("Double-click to edit the note (Enter keeps, Esc cancels)",
                                 "Dubbelklik om de notitie te bewerken (Enter bewaart, Esc annuleert)"));
    }
  }
  ImGui::TableSetColumnIndex(6);
  ImGui::TextUnformatted(r.reviewer.c_str());
  ImGui::PopID();
}

} // namespace spiegel::app::gui
