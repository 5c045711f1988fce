#include "gui/timeline/element_lanes.hpp"

#include "common/i18n.hpp"
#include "gui/shell/test_layout.hpp"
#include "gui/timeline/next_people_row.hpp"
#include "viewmodels/tag_list_model.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace spiegel::app::gui {
namespace {
using viewmodels::LaneMark;
using viewmodels::MarkPart;

unsigned parseColour(const std::string &hex, unsigned alpha = 255) {
  unsigned long rgb = 0x8899aa; // a calm grey for a missing or odd colour
  if (hex.size() == 7 && hex[0] == '#')
    rgb = std::strtoul(hex.c_str() + 1, nullptr, 16);
  return IM_COL32((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, alpha);
}

unsigned withAlpha(unsigned colour, unsigned alpha) {
  return (colour & ~IM_COL32_A_MASK) | (alpha << IM_COL32_A_SHIFT);
}

const std::vector<const annotate::Annotation *> kNone;
} // namespace

ElementLaneRow::ElementLaneRow(LaneSet &set, const annotate::Element &element, unsigned colour)
    : m_set(set), m_key(element.key), m_longName(element.name), m_hotkey(element.hotkey), m_colour(colour) {
  const std::string key = m_hotkey > 0 ? std::to_string(m_hotkey) + "  " : "";
  for (const char *lang : {"en", "nl"}) {
    std::string shortName = element.shortName.in(lang);
    if (shortName.empty())
      shortName = element.name.in(lang);
    if (shortName.empty())
      shortName = m_key;
    (std::string_view(lang) == "en" ? m_label.en : m_label.nl) = key + shortName;
  }
}

const char *ElementLaneRow::label() const { return tr(m_label.en.c_str(), m_label.nl.c_str()); }

std::string ElementLaneRow::labelTooltip() const {
  std::string tip = m_longName.in(langCode());
  if (m_hotkey > 0) {
    const std::string k = std::to_string(m_hotkey);
    tip += std::string(tr("\nKey ", "\nToets ")) + k + tr(" tags it now (+), Shift+", " tagt het nu (+), Shift+") + k +
           tr(" negative (\xE2\x88\x92).", " negatief (\xE2\x88\x92).");
  }
  return tip;
}

float ElementLaneRow::height(const Session &) const { return ImGui::GetFontSize() * 1.7f; }

void ElementLaneRow::drawMark(const TimelineContext &ctx, const LaneMark &m, int rows, bool selected,
                              bool faded) const {
  ImDrawList *dl = ctx.draw;
  const float em = ImGui::GetFontSize();
  const float top = m_top + 2.0f, bottom = m_top + m_height - 2.0f, mid = (top + bottom) * 0.5f;
  const unsigned fill = withAlpha(m_colour, faded ? 70u : 220u);
  const unsigned white = IM_COL32(240, 240, 240, faded ? 90 : 255);
  const bool negative = m.negatives * 2 > m.count;
  if (m.isSpan()) {
    // Its sub-row's band of the lane (the whole lane when there is one).
    const float band = (bottom - top) / static_cast<float>(std::max(rows, 1));
    const float y0 = top + band * static_cast<float>(m.row), y1 = y0 + band;
    const float inset = rows > 1 ? 0.5f : 2.0f;
    // Clamped to the strip: a long span seen deep-zoomed reaches far outside.
    const float x0 = std::max(m.x0, ctx.left - 4.0f), x1 = std::min(std::max(m.x1, m.x0 + 1.0f), ctx.right + 4.0f);
    const ImVec2 a(x0, y0 + inset), b(std::max(x1, x0 + 1.0f), y1 - inset);
    if (negative) {
      // Negative: outlined and hatched, so it differs by more than colour.
      dl->AddRectFilled(a, b, withAlpha(m_colour, faded ? 25u : 55u), 2.0f);
      for (float x = a.x - (b.y - a.y); x < b.x; x += 7.0f)
        dl->AddLine(ImVec2(std::max(x, a.x), a.y + (std::max(x, a.x) - x)),
                    ImVec2(std::min(x + (b.y - a.y), b.x), a.y + (std::min(x + (b.y - a.y), b.x) - x)), fill, 1.0f);
      dl->AddRect(a, b, fill, 2.0f, 0, 1.5f);
    } else {
      dl->AddRectFilled(a, b, fill, 2.0f);
    }
    if (b.x - a.x > em * 1.2f && b.y - a.y >= em)
      dl->AddText(ImVec2(a.x + 4.0f, (a.y + b.y) * 0.5f - em * 0.5f), negative ? white : IM_COL32(20, 20, 20, 230),
                  negative ? "\xE2\x88\x92" : "+");
    if (selected)
      dl->AddRect(ImVec2(a.x - 2.0f, a.y - 2.0f), ImVec2(b.x + 2.0f, b.y + 2.0f), white, 3.0f, 0, 2.0f);
    return;
  }
  if (m.isCluster()) {
    drawCluster(ctx, m, selected, faded);
    return;
  }
  const float r = std::min(em * 0.42f, (bottom - top) * 0.45f);
  const float x = std::round(m.x0) + 0.5f;
  dl->AddLine(ImVec2(x, top), ImVec2(x, bottom), fill, 1.0f);
  if (negative) // hollow, pointing down
    dl->AddTriangle(ImVec2(x - r, mid - r * 0.8f), ImVec2(x + r, mid - r * 0.8f), ImVec2(x, mid + r * 0.9f), fill, 1.8f);
  else // filled, pointing up
    dl->AddTriangleFilled(ImVec2(x, mid - r * 0.9f), ImVec2(x + r, mid + r * 0.8f), ImVec2(x - r, mid + r * 0.8f), fill);
  if (selected)
    dl->AddCircle(ImVec2(x, mid), r * 1.5f, white, 0, 2.0f);
}

void ElementLaneRow::drawCluster(const TimelineContext &ctx, const LaneMark &m, bool selected, bool faded) const {
  // A lighter bar over the whole lane height behind the sub-rows: "more
  // tags here than fit". Its count pill is drawn last (drawCounts).
  const float top = m_top + 1.0f, bottom = m_top + m_height - 1.0f;
  const float x0 = std::max(m.x0, ctx.left - 4.0f), x1 = std::min(std::max(m.x1, m.x0 + 1.0f), ctx.right + 4.0f);
  const ImVec2 a(x0 - 1.0f, top), b(std::max(x1, x0 + 1.0f) + 1.0f, bottom);
  ctx.draw->AddRectFilled(a, b, withAlpha(m_colour, faded ? 15u : 45u), 3.0f);
  ctx.draw->AddRect(a, b, withAlpha(m_colour, faded ? 50u : 130u), 3.0f, 0, 1.0f);
  if (selected)
    ctx.draw->AddRect(ImVec2(a.x - 2.0f, a.y - 1.0f), ImVec2(b.x + 2.0f, b.y + 1.0f), IM_COL32(240, 240, 240, 255),
                      4.0f, 0, 2.0f);
}

// A small speech bubble over the top right of a tag's mark: the tag has a
// discussion thread (the Discussion row shows it, the tab reads it).
void ElementLaneRow::drawDiscussed(const TimelineContext &ctx, const LaneMark &m) const {
  const float r = std::max(2.5f, m_height * 0.12f);
  const ImVec2 c(std::round(m.x0) + r * 1.6f, m_top + r + 1.0f);
  ctx.draw->AddCircleFilled(c, r, IM_COL32(200, 200, 215, 255));
  ctx.draw->AddCircle(c, r, IM_COL32(20, 20, 20, 200), 0, 1.0f);
  if (TestLayout *tl = testLayout())
    tl->value("discussed_tag." + m.tag->id, 1.0);
}

void ElementLaneRow::drawCounts(const TimelineContext &ctx) const {
  const float mid = m_top + m_height * 0.5f;
  float lastRight = -1e30f;
  for (std::size_t i = 0; i < m_layout.marks.size(); ++i) {
    const LaneMark &m = m_layout.marks[i];
    if (!m.isCluster())
      break; // clusters come first, in x order
    char text[16];
    std::snprintf(text, sizeof text, "%d", m.count);
    const ImVec2 ts = ImGui::CalcTextSize(text);
    // Centred on the visible part of the cluster.
    const float cx = (std::max(m.x0, ctx.left) + std::min(m.x1, ctx.right)) * 0.5f;
    const ImVec2 a(cx - ts.x * 0.5f - 3.0f, mid - ts.y * 0.5f), b(cx + ts.x * 0.5f + 3.0f, mid + ts.y * 0.5f);
    if (a.x < lastRight + 2.0f)
      continue;
    lastRight = b.x;
    const bool faded = m_dimmed[i];
    ctx.draw->AddRectFilled(a, b, withAlpha(m_colour, faded ? 70u : 235u), 4.0f);
    ctx.draw->AddRect(a, b, IM_COL32(20, 20, 20, faded ? 60 : 160), 4.0f);
    ctx.draw->AddText(ImVec2(a.x + 3.0f, a.y), IM_COL32(20, 20, 20, faded ? 110 : 255), text);
  }
}

void ElementLaneRow::draw(const TimelineContext &ctx, const Session &, float top, float height) {
  m_top = top;
  m_height = height;
  if (TestLayout *tl = testLayout())
    tl->lane(m_key, top, top + height, label());
  const AppState *state = m_set.state();
  const auto &tags = m_set.visible(m_key);
  m_layout = viewmodels::layoutLane(tags, ctx.start, ctx.pxPerUs, ctx.left);
  markDimmed(state, tags);
  // A thin strip of the element's colour marks the lane's start.
  ctx.draw->AddRectFilled(ImVec2(ctx.left, top), ImVec2(ctx.left + 3.0f, top + height), withAlpha(m_colour, 200u));
  const auto &drag = m_set.drag();
  const bool dragging = drag && drag->moved;
  const std::optional<annotate::Uuid> selectedTag = state != nullptr ? state->selectedTag : std::nullopt;
  for (std::size_t i = 0; i < m_layout.marks.size(); ++i) {
    const LaneMark &m = m_layout.marks[i];
    const bool selected = selectedTag && *selectedTag == m.tag->id;
    const bool isDragged = dragging && !m.isCluster() && drag->tag == m.tag->id;
    drawMark(ctx, m, m_layout.rows, selected && !isDragged, isDragged || m_dimmed[i]);
    if (!m.isCluster() && state != nullptr && state->workspace && state->workspace->threadOnTag(m.tag->id) != nullptr)
      drawDiscussed(ctx, m);
  }
  drawCounts(ctx);
  if (dragging && drag->element == m_key) {
    // The moving preview, drawn where the tag will land on release.
    LaneMark preview;
    preview.x0 = ctx.toX(drag->start);
    preview.x1 = ctx.toX(drag->end);
    preview.kind = preview.x1 - preview.x0 < viewmodels::kFoldPx ? viewmodels::MarkKind::Point : viewmodels::MarkKind::Span;
    if (!preview.isSpan())
      preview.x1 = preview.x0;
    preview.row = std::min(drag->row, m_layout.rows - 1);
    const annotate::Annotation *a = state && state->workspace ? state->workspace->tags().find(drag->tag) : nullptr;
    preview.negatives = a != nullptr && a->valence == annotate::Valence::Negative ? 1 : 0;
    preview.tag = a;
    drawMark(ctx, preview, m_layout.rows, true, false);
  }
  drawOpenSpan(ctx);
}

// The span opened with I and not yet ended, in its element's lane with its
// valence, from the mark to the playhead (less the reaction offset, as O
// will take it), outlined so it reads as a selection still being made.
void ElementLaneRow::drawOpenSpan(const TimelineContext &ctx) const {
  const AppState *state = m_set.state();
  const review::Workspace *ws = state != nullptr ? state->workspace.get() : nullptr;
  if (ws == nullptr || !ws->markedIn() || ws->markElement() != m_key)
    return;
  const Micros now = std::max<Micros>(0, ctx.playhead - ws->settings().reactionOffset);
  LaneMark open;
  open.kind = viewmodels::MarkKind::Span;
  open.x0 = ctx.toX(std::min(*ws->markedIn(), now));
  open.x1 = std::max(ctx.toX(std::max(*ws->markedIn(), now)), open.x0 + 2.0f);
  open.negatives = ws->markValence() == annotate::Valence::Negative ? 1 : 0;
  drawMark(ctx, open, 1, true, false);
  if (TestLayout *tl = testLayout()) {
    tl->rect("open_span", ImVec2(open.x0, m_top), ImVec2(open.x1, m_top + m_height));
    tl->value("open_span", m_key + (open.negatives > 0 ? " -" : " +"));
  }
}

void ElementLaneRow::markDimmed(const AppState *state, const std::vector<const annotate::Annotation *> &tags) {
  m_dimmed.assign(m_layout.marks.size(), true);
  for (std::size_t i = 0; i < tags.size(); ++i)
    if (state == nullptr || state->tagList.shows(*tags[i]))
      m_dimmed[m_layout.markOf[i]] = false;
  if (TestLayout *tl = testLayout())
    for (std::size_t i = 0; i < tags.size(); ++i)
      tl->laneTag(tags[i]->id, m_dimmed[m_layout.markOf[i]]);
}

void LaneSet::sync(const AppState &state, std::vector<std::unique_ptr<TimelineRow>> &rows, std::size_t fixedRows) {
  const review::Workspace *ws = state.workspace.get();
  const std::size_t size = ws ? ws->codebook().elements.size() : 0;
  if (ws == m_ws && size == m_codebookSize && m_lanes.size() == size)
    return;
  m_drag.reset();
  m_cluster.reset();
  m_lanes.clear();
  rows.resize(std::min(rows.size(), fixedRows));
  m_ws = ws;
  m_codebookSize = size;
  m_people = nullptr;
  if (ws == nullptr)
    return;
  auto people = std::make_unique<NextPeopleRow>(*this);
  m_people = people.get();
  rows.push_back(std::move(people));
  for (const annotate::Element &e : ws->codebook().elements) {
    auto row = std::make_unique<ElementLaneRow>(*this, e, parseColour(e.colour));
    m_lanes.push_back(row.get());
    rows.push_back(std::move(row));
  }
}

void LaneSet::prepare(const AppState &state, const TimelineContext &ctx) {
  m_state = &state;
  for (auto &[key, list] : m_visible)
    list.clear();
  if (!state.workspace)
    return;
  m_scratch.clear();
  // One query per frame for all lanes; a little margin so markers at the
  // very edge are drawn whole.
  const auto margin = static_cast<Micros>(8.0 / ctx.pxPerUs);
  state.workspace->tags().overlapping(ctx.start - margin, ctx.end + margin, m_scratch);
  const bool hideFiltered = state.settings.hideFilteredTags;
  for (const annotate::Annotation *a : m_scratch)
    if (!hideFiltered || state.tagList.shows(*a))
      m_visible[a->element].push_back(a);
}

const std::vector<const annotate::Annotation *> &LaneSet::visible(const std::string &key) const {
  const auto it = m_visible.find(key);
  return it == m_visible.end() ? kNone : it->second;
}

} // namespace spiegel::app::gui
