#include "gui/panels/tags/tags_panel.hpp"

#include "common/clock_text.hpp"
#include "common/i18n.hpp"
#include "common/review_messages.hpp"
#include "common/round_text.hpp"
#include "gui/panels/tags/tag_detail.hpp"
#include "gui/shell/actions.hpp"
#include "gui/shell/keymap_input.hpp"
#include "gui/shell/people_widgets.hpp"
#include "gui/shell/test_layout.hpp"
#include "gui/shell/theme.hpp"
#include "gui/shell/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstring>

namespace spiegel::app::gui {
namespace {
using viewmodels::TagColumn;

constexpr TagColumn kColumns[] = {TagColumn::Time,         TagColumn::Element, TagColumn::Valence, TagColumn::Indicator,
                                  TagColumn::Participants, TagColumn::Note,    TagColumn::Reviewer};

// Whether the mouse is on the band [top, bottom) of a row of the table being
// drawn, below the frozen header (its rows scroll under it: clipTop) and off
// the table's scrollbars.
bool onRowBand(float top, float bottom, float clipTop) {
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  const ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  const float bar = ImGui::GetStyle().ScrollbarSize;
  const float right = pos.x + size.x - (ImGui::GetScrollMaxY() > 0.0f ? bar : 0.0f);
  const float floor = pos.y + size.y - (ImGui::GetScrollMaxX() > 0.0f ? bar : 0.0f);
  return ImGui::IsWindowHovered() && mouse.y >= std::max(top, clipTop) && mouse.y < std::min(bottom, floor) &&
         mouse.x >= pos.x && mouse.x < right;
}

// The element's colour swatch: a square a little smaller than the text.
float swatchWidth() { return ImGui::GetFontSize() * 0.7f + ImGui::GetStyle().ItemInnerSpacing.x; }

// A cell's text; when the column cuts it, hovering shows all of it.
void clippedCell(const std::string &text) {
  const float room = ImGui::GetContentRegionAvail().x;
  ImGui::TextUnformatted(text.c_str());
  if (ImGui::CalcTextSize(text.c_str()).x > room && ImGui::IsItemHovered())
    ImGui::SetTooltip("%s", text.c_str());
}
} // namespace

void TagsPanel::elementCell(const AppState &state, const annotate::Annotation &tag, const std::string &name) {
  const float em = ImGui::GetFontSize();
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const float side = em * 0.7f, top = at.y + (ImGui::GetTextLineHeight() - side) * 0.5f;
  const annotate::Element *e = state.workspace->codebook().element(tag.element);
  ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(at.x, top), ImVec2(at.x + side, top + side),
                                            colors::fromHex(e != nullptr ? e->colour : std::string()), 2.0f);
  ImGui::SetCursorScreenPos(ImVec2(at.x + swatchWidth(), at.y));
  clippedCell(name);
}

std::string TagsPanel::title() const { return tr("Tags", "Tags"); }

void TagsPanel::jumpTo(AppState &state, const annotate::Annotation &tag, Micros preRoll) {
  state.selectedTag = tag.id;
  m_shownSelection = tag.id;
  const Micros target = state.tagList.jumpTo(tag, preRoll); // N / P go on from this tag
  actions::seekTo(state, target, media::SeekMode::Exact); // playing stays playing, paused stays paused
}

void TagsPanel::handleTabKeys(AppState &state) {
  if (!state.session || !state.workspace)
    return;
  keymap::Presses keys(state, {keymap::Action::NextTag});
  while (const auto p = keys.next()) {
    const bool next = p->arg > 0;
    state.tagList.refresh(*state.workspace); // the tab may be hidden: its list not drawn this frame
    const Micros pos = state.session->state.position;
    const annotate::Annotation *t =
        next ? state.tagList.nextTag(*state.workspace, pos) : state.tagList.prevTag(*state.workspace, pos);
    if (t != nullptr)
      jumpTo(state, *t, state.workspace->settings().preRoll);
  }
}

void TagsPanel::commitNote(AppState &state) {
  if (m_editing && state.workspace) {
    const review::Status st = state.workspace->setNote(*m_editing, m_noteBuf.data());
    if (!st)
      state.events.push(ShowError{describe(st.error)});
  }
  m_editing.reset();
}

void TagsPanel::draw(AppState &state) {
  if (!state.workspace) {
    wrappedText(
        tr("Open a project (.spiegel) to see its tags here.", "Open een project (.spiegel) om de tags hier te zien."));
    return;
  }
  // In a blind round the list is shorter than the project: say why.
  if (state.workspace->roundView().blind())
    hintText(roundYouText(state.workspace->roundView()).c_str());
  drawFilters(state);
  state.tagList.refresh(*state.workspace);
  if (m_editing && state.workspace->tags().find(*m_editing) == nullptr)
    m_editing.reset(); // deleted or undone meanwhile
  const float detail = tagDetailHeight(state, ImGui::GetContentRegionAvail());
  drawTable(state, detail);
  drawTagDetail(state, detail);
}

// Column widths fitted to what they show in the current language: the time
// to the widest time shown whole (a span's both ends, in the recording's one
// format; digits are equally wide), the element to its longest short name (after a colour
// swatch), ± narrow, participants and reviewer to their longest labels up to
// a limit; the indicator stretches. Below the sum the table scrolls sideways
// instead of cutting every column.
TagsPanel::ColumnWidths TagsPanel::columnWidths(const review::Workspace &ws,
                                                const std::vector<viewmodels::TagRow> &rows) {
  const float em = ImGui::GetFontSize();
  const float pad = ImGui::GetStyle().CellPadding.x * 2.0f + ImGui::GetStyle().ItemSpacing.x;
  const auto fit = [&](float content, const char *header) {
    return std::max(content, ImGui::CalcTextSize(header).x + em * 1.2f) + pad; // the header's sort arrow
  };
  ColumnWidths w;
  const bool spans = std::any_of(rows.begin(), rows.end(), [](const auto &r) { return !r.tag->isPoint(); });
  const std::string widest = spans ? clockSpan(0, 0) : clockText(0);
  w.time = fit(ImGui::CalcTextSize(widest.c_str()).x, tr("Time", "Tijd"));
  float element = 0.0f;
  for (const annotate::Element &e : ws.codebook().elements)
    element = std::max(element, ImGui::CalcTextSize(e.shortName.in(langCode()).c_str()).x);
  w.element = fit(swatchWidth() + element, tr("Element", "Element"));
  w.valence = ImGui::CalcTextSize("\xC2\xB1").x + em + ImGui::GetStyle().CellPadding.x * 2.0f; // ± and its sort arrow
  // Who: a few role labels fit; longer lists show in the tooltip.
  float who = 0.0f;
  for (const annotate::Participant &p : ws.participants())
    who = std::max(who, ImGui::CalcTextSize(p.role.c_str()).x);
  w.participants = fit(std::clamp(who * 2.0f, em * 5.0f, em * 10.0f), tr("Who", "Wie"));
  float reviewer = 0.0f;
  for (const annotate::Reviewer &r : ws.reviewers())
    reviewer = std::max(reviewer, ImGui::CalcTextSize(ws.reviewerNames().at(r.id).c_str()).x);
  w.reviewer = fit(std::min(reviewer, em * 9.0f), tr("Reviewer", "Beoordelaar"));
  w.note = em * 11.0f;
  w.indicatorMin = em * 14.0f; // most indicator labels whole; the tooltip has the rest
  return w;
}

void TagsPanel::drawTable(AppState &state, float below) {
  viewmodels::TagListModel &model = state.tagList;
  const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_ScrollY | ImGuiTableFlags_ScrollX |
                                ImGuiTableFlags_RowBg | ImGuiTableFlags_Resizable | ImGuiTableFlags_BordersInnerV |
                                ImGuiTableFlags_Hideable;
  const ColumnWidths w = columnWidths(*state.workspace, state.tagList.rows());
  const float fixed = w.time + w.element + w.valence + w.participants + w.note + w.reviewer;
  // The stretching indicator column takes what the panel has beyond the
  // fixed ones, but never less than its minimum: then the table scrolls.
  const float inner = std::max(ImGui::GetContentRegionAvail().x, fixed + w.indicatorMin);
  // One table id per language: ImGui keeps the widths a user drags (imgui.ini)
  // per id, and the fitted widths above only apply to a new id, so Dutch
  // gets Dutch widths after a language switch.
  const std::string id = std::string("##tags.") + std::string(langCode());
  // Room left under the table: the detail strip, and the line saying that no row passes.
  const ImGuiStyle &style = ImGui::GetStyle();
  const float under =
      below + style.ItemSpacing.y + (model.rows().empty() ? ImGui::GetTextLineHeightWithSpacing() : 0.0f);
  if (!ImGui::BeginTable(id.c_str(), 7, flags, ImVec2(0, -under), inner))
    return;
  ImGui::TableSetupScrollFreeze(1, 1); // the time stays in view when scrolled sideways
  const ImGuiTableColumnFlags fix = ImGuiTableColumnFlags_WidthFixed;
  ImGui::TableSetupColumn(tr("Time", "Tijd"), fix | ImGuiTableColumnFlags_DefaultSort, w.time);
  ImGui::TableSetupColumn(tr("Element", "Element"), fix, w.element);
  ImGui::TableSetupColumn("\xC2\xB1", fix, w.valence);
  ImGui::TableSetupColumn(tr("Indicator", "Indicator"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn(tr("Who", "Wie"), fix, w.participants);
  ImGui::TableSetupColumn(tr("Note", "Notitie"), fix, w.note);
  ImGui::TableSetupColumn(tr("Reviewer", "Beoordelaar"), fix, w.reviewer);
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
  const viewmodels::TagRow &r = state.tagList.rows()[index];
  const annotate::Annotation &tag = *r.tag;
  ImGui::TableNextRow();
  ImGui::PushID(static_cast<int>(index));
  ImGui::TableSetColumnIndex(0);
  const bool selected = state.selectedTag == tag.id;
  const float timeRight = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
  // Below the frozen header row: a row scrolled under it is not under the mouse.
  const float clipTop = ImGui::GetWindowDrawList()->GetClipRectMin().y;
  // The highlight and hover only; clicks are judged on the row's band below.
  ImGui::Selectable(r.time.c_str(), selected,
                    ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowDoubleClick |
                        ImGuiSelectableFlags_AllowItemOverlap);
  const float timeX = ImGui::GetItemRectMin().x, rowTop = ImGui::GetItemRectMin().y,
              rowBottom = ImGui::GetItemRectMax().y;
  if (ImGui::IsItemHovered() && ImGui::GetIO().MousePos.x <= timeRight) {
    const char *hint = tr("Click: go to its start. Double-click: go a few seconds before it and edit it",
                          "Klik: naar het begin gaan. Dubbelklik: een paar seconden ervoor gaan en bewerken");
    ImGui::SetTooltip("%s", hint);
  }
  ImGui::TableSetColumnIndex(1);
  elementCell(state, tag, r.element);
  ImGui::TableSetColumnIndex(2);
  ImGui::TextUnformatted(tag.valence == annotate::Valence::Negative ? "\xE2\x88\x92" : "+"); // U+2212 minus
  ImGui::TableSetColumnIndex(3);
  clippedCell(r.indicator);
  ImGui::TableSetColumnIndex(4);
  clippedCell(r.participants);
  ImGui::TableSetColumnIndex(5);
  if (TestLayout *tl = testLayout())
    tl->tagRow(tag.id, rowTop, rowBottom, timeX, ImGui::GetCursorScreenPos().x,
               timeX + ImGui::CalcTextSize(r.time.c_str()).x <= timeRight);
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
    else if (ImGui::IsItemDeactivated() && m_editing)
      m_editing.reset(); // Esc (ImGui's text field lets go of the caret on it) or a click elsewhere: nothing changes
  } else {
    const float left = ImGui::GetCursorScreenPos().x;
    const float right = left + ImGui::GetContentRegionAvail().x;
    ImGui::TextUnformatted(tag.note.c_str());
    const float mx = ImGui::GetIO().MousePos.x;
    const bool overNote =
        mx >= left && mx <= right &&
        ImGui::IsMouseHoveringRect(ImVec2(left, ImGui::GetItemRectMin().y), ImVec2(right, ImGui::GetItemRectMax().y));
    const bool mine = state.workspace->canEdit(tag); // only its own reviewer edits a note
    // The note itself first (a long one is cut in its cell), then what may be done with it.
    const std::string shown = tag.note.empty() ? std::string() : tag.note + "\n\n";
    if (overNote && !mine) {
      ImGui::SetTooltip("%s%s", shown.c_str(), describe(state.workspace->checkOwner(tag).error).c_str());
    } else if (overNote && (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left) || state.input.doubleClicks > 0)) {
      m_editing = tag.id;
      m_focusEditor = true;
      std::snprintf(m_noteBuf.data(), m_noteBuf.size(), "%s", tag.note.c_str());
    } else if (overNote) {
      ImGui::SetTooltip("%s%s", shown.c_str(),
                        tr("Double-click to edit the note (Enter keeps, Esc cancels)",
                           "Dubbelklik om de notitie te bewerken (Enter bewaart, Esc annuleert)"));
    }
  }
  ImGui::TableSetColumnIndex(6);
  clippedCell(r.reviewer);
  // A click anywhere on the row selects the tag and puts the playhead on
  // its start. A double-click anywhere but the note (whose double-click
  // edits it) goes a pre-roll before the tag and opens its editor. Tested by
  // hand on the row's band, not by the Selectable: scrolled sideways, its hit
  // area stays in the frozen time column.
  constexpr int kNoteColumn = 5;
  const bool onRow = m_editing != tag.id && onRowBand(rowTop, rowBottom, clipTop);
  if (onRow && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left) &&
      (ImGui::TableGetColumnFlags(kNoteColumn) & ImGuiTableColumnFlags_IsHovered) == 0) {
    jumpTo(state, tag, state.workspace->settings().preRoll);
    state.editingTag = tag.id; // and the editor on it, to change it (read only for a colleague's)
  } else if (onRow && ImGui::IsMouseClicked(ImGuiMouseButton_Left) &&
             !ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
    jumpTo(state, tag, 0);
  }
  ImGui::PopID();
}

} // namespace spiegel::app::gui
