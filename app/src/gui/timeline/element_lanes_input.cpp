// LaneSet's mouse and keys: hover tooltip, click selects and seeks, drag
// moves or resizes (written on release), Delete removes.
#include "common/review_messages.hpp"
#include "gui/timeline/element_lanes.hpp"

#include "common/clock_text.hpp"
#include "common/edit_description.hpp"
#include "common/i18n.hpp"
#include "gui/shell/actions.hpp"
#include "gui/shell/keymap_input.hpp"
#include "gui/shell/test_layout.hpp"
#include "gui/timeline/next_people_row.hpp"
#include "viewmodels/tag_list_model.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace spiegel::app::gui {
namespace {
using viewmodels::LaneMark;
using viewmodels::MarkPart;

// Why 4 px: a marker or a span's edge is grabbed a little beside it, so a
// 1-px line is easy to hit without covering its neighbours.
constexpr float kSlopPx = 4.0f;
// A press becomes a move only past both: a hand that wobbles 3-5 px while
// clicking (about 10 s on an hour at full width) must not move a tag.
// Why 0.4 em: ImGui's own 6 px at the 15 px font, scaled with HiDPI; never
// less than ImGui's io.MouseDragThreshold. Why 150 ms: a click is shorter.
constexpr float kDragThresholdEm = 0.4f;
constexpr float kDragHoldSeconds = 0.15f;

void row(const char *name, const std::string &value) {
  if (value.empty())
    return;
  ImGui::TextDisabled("%s", name);
  ImGui::SameLine(ImGui::GetFontSize() * 7.0f);
  ImGui::TextUnformatted(value.c_str());
}
} // namespace

void LaneSet::showTooltip(const AppState &state, const TimelineContext &ctx, const LaneMark &m) const {
  const review::Workspace &ws = *state.workspace;
  ImGui::BeginTooltip();
  if (m.isCluster()) {
    const std::string from = clockText(std::max<Micros>(ctx.toTime(m.x0), 0));
    const std::string to = clockText(std::min(ctx.toTime(m.x1), ctx.duration));
    if (m.count == 1)
      ImGui::Text(tr("1 tag between %s and %s (no room for its bar): zoom in (Z or the mouse wheel) to see it.",
                     "1 tag tussen %s en %s (geen plaats voor zijn balk): zoom in (Z of het muiswiel) om hem te zien."),
                  from.c_str(), to.c_str());
    else
      ImGui::Text(tr("%d tags between %s and %s: zoom in (Z or the mouse wheel) to see each one.",
                     "%d tags tussen %s en %s: zoom in (Z of het muiswiel) om ze elk te zien."),
                  m.count, from.c_str(), to.c_str());
    ImGui::EndTooltip();
    return;
  }
  const viewmodels::TagRow r = viewmodels::TagListModel::makeRow(ws, *m.tag);
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26.0f);
  row(tr("Element", "Element"), r.element);
  row(tr("Valence", "Valentie"), r.valence == "+" ? tr("+ positive", "+ positief") : tr("- negative", "- negatief"));
  row(tr("Indicator", "Indicator"), r.indicator);
  row(tr("Who", "Wie"), r.participants.empty() ? tr("the family as a whole", "het gezin als geheel") : r.participants);
  row(tr("Note", "Notitie"), m.tag->note);
  row(tr("Reviewer", "Beoordelaar"), r.reviewer);
  row(tr("Time", "Tijd"), r.time);
  if (!state.tagList.shows(*m.tag)) // why it is dimmed
    ImGui::TextDisabled(
        "%s", tr("The Tags list's filters leave this tag out.", "De filters van de lijst Tags laten deze tag weg."));
  if (ws.canEdit(*m.tag) && !ws.readOnly())
    ImGui::TextDisabled("%s", tr("Click: select and go there. Double-click or Enter: edit. Drag: move. Drag an "
                                 "edge: resize. Delete: remove.",
                                 "Klik: kiezen en erheen gaan. Dubbelklik of Enter: bewerken. Slepen: verplaatsen. "
                                 "Rand slepen: lengte. Delete: verwijderen."));
  else
    ImGui::TextDisabled("%s %s", tr("Click: select and go there. Double-click: look at it.",
                                    "Klik: kiezen en erheen gaan. Dubbelklik: bekijken."),
                        ws.readOnly() ? tr("Read only: Save a copy… to change it.",
                                           "Alleen lezen: bewaar een kopie… om hem te wijzigen.")
                                      : describe(ws.checkOwner(*m.tag).error).c_str());
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

void LaneSet::press(AppState &state, const TimelineContext &ctx, const LaneMark &m, MarkPart part, float x) {
  state.selectedTag = m.tag->id;
  actions::seekTo(state, m.tag->start, media::SeekMode::Exact);
  if (m.isCluster())
    m_cluster = Cluster{m.tag->id, {std::max<Micros>(ctx.toTime(m.x0), 0), std::min(ctx.toTime(m.x1), ctx.duration)}};
  // A cluster selects its first tag; neither it, nor another reviewer's tag,
  // nor any tag of a read-only project is ever dragged (but they hold the
  // button, so holding it does not scrub underneath).
  const bool fixed = m.isCluster() || !state.workspace->canEdit(*m.tag) || state.workspace->readOnly();
  m_drag = Drag{m.tag->id,   m.tag->element, fixed ? MarkPart::Body : part, m.tag->start, m.tag->end, m.tag->start,
                m.tag->end, x,              false,                        fixed,        m.row};
}

std::optional<TimelineView> LaneSet::selectedCluster(const AppState &state) const {
  if (m_cluster && state.selectedTag == m_cluster->first)
    return m_cluster->range;
  return std::nullopt;
}

void LaneSet::finishDrag(AppState &state) {
  const Drag d = *m_drag;
  m_drag.reset();
  if (!d.moved || !state.workspace)
    return;
  review::Status st = d.part == MarkPart::Body ? state.workspace->moveTag(d.tag, d.start)
                                                   : state.workspace->resizeTag(d.tag, d.start, d.end);
  if (!st) {
    state.events.push(ShowError{describe(st.error)});
    return;
  }
  const std::string what = elementText(state.workspace->codebook(), d.element);
  const std::string undo = keymap::menuHint(keymap::Action::Undo, language());
  state.notify(d.part == MarkPart::Body
                   ? std::string(tr("Moved tag ", "Tag verplaatst: ")) + what + tr(" to ", " naar ") +
                         clockText(d.start) + " (" + undo + tr(" undoes it)", " maakt het ongedaan)")
                   : std::string(tr("Resized tag ", "Tagduur gewijzigd: ")) + what + " " + clockText(d.start) +
                         " \xE2\x80\x93 " + clockText(d.end) + " (" + undo + tr(" undoes it)", " maakt het ongedaan)"));
}

LaneInput LaneSet::handleInput(AppState &state, const TimelineContext &ctx, bool hovered) {
  LaneInput out;
  if (m_people != nullptr)
    m_people->apply(state); // a chip of the "Next tags" row clicked
  if (!state.workspace || m_lanes.empty()) {
    m_drag.reset();
    return out;
  }
  const ImGuiIO &io = ImGui::GetIO();
  if (m_drag) {
    out.ownsLeft = true;
    if (!ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
      finishDrag(state);
      return out;
    }
    Drag &d = *m_drag;
    const float threshold = std::max(io.MouseDragThreshold, ImGui::GetFontSize() * kDragThresholdEm);
    if (!d.fixed && std::fabs(io.MousePos.x - d.pressX) >= threshold &&
        io.MouseDownDuration[ImGuiMouseButton_Left] >= kDragHoldSeconds)
      d.moved = true;
    if (d.moved) {
      const auto delta = static_cast<Micros>(static_cast<double>(io.MousePos.x - d.pressX) / ctx.pxPerUs);
      const Micros len = d.origEnd - d.origStart;
      if (d.part == MarkPart::Body) {
        d.start = std::clamp<Micros>(d.origStart + delta, 0, std::max<Micros>(ctx.duration - len, 0));
        d.end = d.start + len;
      } else if (d.part == MarkPart::StartEdge) {
        d.start = std::clamp<Micros>(d.origStart + delta, 0, ctx.duration);
      } else {
        d.end = std::clamp<Micros>(d.origEnd + delta, 0, ctx.duration);
      }
      ImGui::SetMouseCursor(d.part == MarkPart::Body ? ImGuiMouseCursor_Hand : ImGuiMouseCursor_ResizeEW);
      // The new time while dragging, next to the pointer.
      const std::string was = d.part == MarkPart::EndEdge ? clockText(d.origEnd) : clockText(d.origStart);
      const std::string now = d.part == MarkPart::EndEdge ? clockText(d.end) : clockText(d.start);
      ImGui::SetTooltip("%s  \xE2\x86\x92  %s", was.c_str(), now.c_str());
    }
    if (TestLayout *tl = testLayout()) { // the preview a release would write
      tl->value("drag.start_us", static_cast<double>(d.start));
      tl->value("drag.end_us", static_cast<double>(d.end));
    }
    return out;
  }
  if (!hovered)
    return out;
  const float my = io.MousePos.y;
  for (ElementLaneRow *lane : m_lanes) {
    if (my < lane->top() || my >= lane->bottom())
      continue;
    const int subRow = viewmodels::subRowAt(my, lane->top(), lane->bottom() - lane->top(), lane->subRows());
    const auto hit = viewmodels::hitTest(lane->marks(), io.MousePos.x, kSlopPx, subRow);
    if (!hit)
      break;
    const LaneMark &m = lane->marks()[hit->index];
    out.hoveringMark = true;
    if (hit->part != MarkPart::Body && state.workspace->canEdit(*m.tag))
      ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeEW);
    showTooltip(state, ctx, m);
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
      press(state, ctx, m, hit->part, io.MousePos.x);
      out.ownsLeft = true;
      // A double-click opens the tag editor on it (read only for a colleague's).
      if (!m.isCluster() && (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left) || state.input.doubleClicks > 0))
        state.editingTag = m.tag->id;
    }
    break;
  }
  return out;
}

void LaneSet::handleKeys(AppState &state) {
  if (!state.workspace || !state.selectedTag || !keymap::pressed(state, keymap::Action::DeleteTag))
    return;
  if (state.workspace->readOnly()) { // the band says why: one calm line, no modal
    state.notify(tr("Changing tags needs a copy of your own: Save a copy… (above)",
                    "Tags wijzigen kan in een eigen kopie: Kopie bewaren… (boven)"));
    return;
  }
  const annotate::Annotation *tag = state.workspace->tags().find(*state.selectedTag);
  const bool mine = tag == nullptr || state.workspace->canEdit(*tag);
  const review::Status st = state.workspace->deleteTag(*state.selectedTag);
  if (st)
    state.selectedTag.reset();
  else if (!mine) // a calm refusal, not a failure
    state.events.push(ShowError{describe(st.error), tr("A colleague's tag", "De tag van een collega")});
  else
    state.events.push(ShowError{describe(st.error)});
}

} // namespace spiegel::app::gui
