#include "gui/timeline/compare_lanes.hpp"

#include "common/clock_text.hpp"
#include "common/edit_description.hpp"
#include "common/i18n.hpp"
#include "gui/shell/actions.hpp"
#include "gui/shell/test_layout.hpp"
#include "gui/shell/theme.hpp"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <cmath>

namespace spiegel::app::gui {
namespace {
using viewmodels::CompareLane;
using viewmodels::CompareMark;
using viewmodels::LaneMark;

// Why amber: it reads as "look here" on the dark rows next to every element
// colour of the default codebook, and it is not the accent (the playhead).
constexpr unsigned kUnmatched = colors::rgba(240, 170, 60);
constexpr unsigned kLink = colors::rgba(235, 235, 240, 120);
// Lines closer than the markers' fold (3 px) at both ends draw as one thick
// line: one says it, and at a whole hour in view most are that close.
constexpr float kLinkFoldPx = viewmodels::kFoldPx;
// Why 8 px: lines closer than that on average read as a grey wall.
constexpr float kSparsePx = 8.0f;
// Why 4 px: as the element lanes, a 1-px marker is hit a little beside it.
constexpr float kSlopPx = 4.0f;

unsigned withAlpha(unsigned colour, unsigned alpha) {
  return (colour & ~IM_COL32_A_MASK) | (alpha << IM_COL32_A_SHIFT);
}

// Diagonal lines over [a, b]: "nothing to pair with here".
void hatch(ImDrawList *dl, ImVec2 a, ImVec2 b, unsigned colour) {
  dl->PushClipRect(a, b, true);
  const float h = b.y - a.y;
  for (float x = a.x - h; x < b.x; x += 5.0f)
    dl->AddLine(ImVec2(x, b.y), ImVec2(x + h, a.y), colour, 1.0f);
  dl->PopClipRect();
}
} // namespace

// A reviewer's header above their stacked lanes: the name (and "reference"
// or "gold standard"), and their counts against the reference in the row.
class CompareHeaderRow final : public TimelineRow {
public:
  CompareHeaderRow(std::string label, std::string counts, unsigned colour)
      : m_label(std::move(label)), m_counts(std::move(counts)), m_colour(colour) {}
  [[nodiscard]] const char *label() const override { return m_label.c_str(); }
  [[nodiscard]] unsigned labelColour() const override { return m_colour; }
  [[nodiscard]] float height(const Session &) const override { return ImGui::GetFontSize() * 1.1f; }
  void draw(const TimelineContext &ctx, const Session &, float top, float height) override {
    ctx.draw->AddText(ImVec2(ctx.left + 6.0f, top + (height - ImGui::GetFontSize()) * 0.5f),
                      ImGui::GetColorU32(ImGuiCol_TextDisabled), m_counts.c_str());
  }

private:
  std::string m_label, m_counts;
  unsigned m_colour;
};

CompareLaneRow::CompareLaneRow(CompareSet &set, std::size_t lane, std::string label, unsigned colour,
                               unsigned markColour)
    : m_set(set), m_lane(lane), m_label(std::move(label)), m_colour(colour), m_markColour(markColour) {}

std::string CompareLaneRow::labelTooltip() const {
  const viewmodels::CompareModel &model = m_set.model();
  const CompareLane &lane = model.lanes()[m_lane];
  std::string tip = lane.name;
  if (lane.gold)
    tip += tr(" (gold standard)", " (gouden standaard)");
  if (lane.reference)
    return tip + tr("\nThe reference: every other lane is matched with this one.",
                    "\nDe referentie: elke andere baan wordt met deze gekoppeld.");
  const std::string &ref = model.lanes().front().name;
  return tip + "\n" + std::to_string(lane.matched) + tr(" matched with ", " gekoppeld met ") + ref + ", " +
         std::to_string(lane.onlyReference) + tr(" only ", " alleen ") + ref + ", " + std::to_string(lane.onlyThis) +
         tr(" only ", " alleen ") + lane.name;
}

float CompareLaneRow::height(const Session &) const { return m_set.laneHeight(); }

namespace {
constexpr float kLaneEm = 1.7f, kStackedLaneEm = 1.3f, kLeastLaneEm = 0.75f, kHeaderEm = 1.1f;
} // namespace

float CompareSet::preferredHeight(float gap) const {
  if (!m_active)
    return 0.0f;
  const float em = ImGui::GetFontSize();
  return static_cast<float>(m_rows.size()) * (em * (m_stacked ? kStackedLaneEm : kLaneEm) + gap) +
         static_cast<float>(m_headers) * (em * kHeaderEm + gap);
}

void CompareSet::fit(float room, float gap) {
  const float em = ImGui::GetFontSize();
  const float full = em * (m_stacked ? kStackedLaneEm : kLaneEm);
  if (m_rows.empty()) {
    m_laneHeight = full;
    return;
  }
  const float forLanes = room - static_cast<float>(m_headers) * (em * kHeaderEm + gap);
  m_laneHeight = std::clamp(forLanes / static_cast<float>(m_rows.size()) - gap, em * kLeastLaneEm, full);
  m_overflow = forLanes < static_cast<float>(m_rows.size()) * (m_laneHeight + gap) - 0.5f;
}

void CompareLaneRow::drawMark(const TimelineContext &ctx, const LaneMark &m, bool matched, bool selected) const {
  ImDrawList *dl = ctx.draw;
  const float em = ImGui::GetFontSize();
  const float top = m_top + 2.0f, bottom = m_top + m_height - 2.0f, mid = (top + bottom) * 0.5f;
  const unsigned fill = withAlpha(m_markColour, 230u);
  const unsigned white = IM_COL32(240, 240, 240, 255);
  const bool negative = m.negatives * 2 > m.count;
  if (m.isSpan() || m.isCluster()) {
    const float x0 = std::max(m.x0, ctx.left - 4.0f), x1 = std::min(std::max(m.x1, m.x0 + 2.0f), ctx.right + 4.0f);
    const ImVec2 a(x0, top), b(std::max(x1, x0 + 2.0f), bottom);
    if (matched) {
      dl->AddRectFilled(a, b, m.isCluster() ? withAlpha(m_markColour, 110u) : fill, 2.0f);
    } else {
      dl->AddRectFilled(a, b, withAlpha(kUnmatched, 45u), 2.0f);
      hatch(dl, a, b, withAlpha(kUnmatched, 170u));
      dl->AddRect(a, b, kUnmatched, 2.0f, 0, 1.5f);
    }
    if (m.isSpan() && b.x - a.x > em * 1.2f)
      dl->AddText(ImVec2(a.x + 4.0f, mid - em * 0.5f), matched ? IM_COL32(20, 20, 20, 230) : white,
                  negative ? "\xE2\x88\x92" : "+");
    if (selected)
      dl->AddRect(ImVec2(a.x - 2.0f, a.y - 2.0f), ImVec2(b.x + 2.0f, b.y + 2.0f), white, 3.0f, 0, 2.0f);
    return;
  }
  const float r = std::min(em * 0.42f, (bottom - top) * 0.45f);
  const float x = std::round(m.x0) + 0.5f;
  // Up for positive, down for negative; filled when matched, else outlined
  // on a hatched amber square.
  const ImVec2 p0 = negative ? ImVec2(x - r, mid - r * 0.8f) : ImVec2(x, mid - r * 0.9f);
  const ImVec2 p1 = negative ? ImVec2(x + r, mid - r * 0.8f) : ImVec2(x + r, mid + r * 0.8f);
  const ImVec2 p2 = negative ? ImVec2(x, mid + r * 0.9f) : ImVec2(x - r, mid + r * 0.8f);
  if (matched) {
    dl->AddLine(ImVec2(x, top), ImVec2(x, bottom), withAlpha(m_markColour, 160u), 1.0f);
    dl->AddTriangleFilled(p0, p1, p2, fill);
  } else {
    const ImVec2 a(x - r * 1.2f, top), b(x + r * 1.2f, bottom);
    dl->AddRectFilled(a, b, withAlpha(kUnmatched, 45u), 2.0f);
    hatch(dl, a, b, withAlpha(kUnmatched, 150u));
    dl->AddRect(a, b, kUnmatched, 2.0f, 0, 1.0f);
    dl->AddTriangle(p0, p1, p2, white, 1.6f);
  }
  if (selected)
    dl->AddCircle(ImVec2(x, mid), r * 1.6f, white, 0, 2.0f);
}

void CompareLaneRow::draw(const TimelineContext &ctx, const Session &, float top, float height) {
  m_top = top;
  m_height = height;
  const CompareLane &lane = m_set.model().lanes()[m_lane];
  // The row lives as long as the model it was built from, so the layout
  // changes only with the view: while playing with the view still, no work.
  const std::array<double, 4> view{static_cast<double>(ctx.start), static_cast<double>(ctx.end), ctx.left, ctx.right};
  if (view != m_laidFor) {
    m_laidFor = view;
    const auto [first, last] = m_set.visibleMarks(m_lane, ctx);
    m_visible.clear();
    for (std::size_t i = first; i < last; ++i)
      m_visible.push_back(lane.marks[i].tag);
    m_layout = viewmodels::layoutLane(m_visible, ctx.start, ctx.pxPerUs, ctx.left);
    m_markMatched.assign(m_layout.marks.size(), true);
    m_unmatched = 0;
    for (std::size_t i = 0; i < m_visible.size(); ++i)
      if (!lane.marks[first + i].matched) {
        m_markMatched[m_layout.markOf[i]] = false;
        ++m_unmatched;
      }
  }
  // The reference's lanes carry a brighter strip at their start.
  ctx.draw->AddRectFilled(ImVec2(ctx.left, top), ImVec2(ctx.left + (lane.reference ? 5.0f : 3.0f), top + height),
                          withAlpha(m_colour, lane.reference ? 255u : 180u));
  const AppState *state = m_set.state();
  const auto selectedTag = state != nullptr ? state->selectedTag : std::nullopt;
  for (std::size_t i = 0; i < m_layout.marks.size(); ++i) {
    const LaneMark &m = m_layout.marks[i];
    drawMark(ctx, m, m_markMatched[i], selectedTag && *selectedTag == m.tag->id);
  }
  if (TestLayout *tl = testLayout())
    tl->compareLane(lane.reviewer, lane.name, lane.element, top, top + height, lane.reference,
                    static_cast<int>(m_visible.size()), m_unmatched);
}

namespace {
std::string headerLabel(const CompareLane &lane) {
  if (lane.reference)
    return lane.name + tr(" (reference)", " (referentie)");
  return lane.gold ? lane.name + tr(" (gold standard)", " (gouden standaard)") : lane.name;
}

// The reviewer's counts over their lanes from `first` on.
std::string headerCounts(const viewmodels::CompareModel &model, std::size_t first) {
  const auto &lanes = model.lanes();
  if (lanes[first].reference)
    return tr("everyone else is matched with these tags", "alle anderen worden met deze tags gekoppeld");
  int matched = 0, onlyRef = 0, onlyThis = 0;
  for (std::size_t i = first; i < lanes.size() && lanes[i].reviewer == lanes[first].reviewer; ++i) {
    matched += lanes[i].matched;
    onlyRef += lanes[i].onlyReference;
    onlyThis += lanes[i].onlyThis;
  }
  const std::string &ref = lanes.front().name;
  return std::to_string(matched) + tr(" matched \xC2\xB7 ", " gekoppeld \xC2\xB7 ") + std::to_string(onlyRef) +
         tr(" only ", " alleen ") + ref + " \xC2\xB7 " + std::to_string(onlyThis) + tr(" only ", " alleen ") +
         lanes[first].name;
}
} // namespace

void CompareSet::sync(AppState &state, std::vector<std::unique_ptr<TimelineRow>> &rows, std::size_t fixedRows) {
  m_state = &state;
  review::Workspace &ws = *state.workspace;
  if (state.compare.toleranceOf != &ws) { // the project's default, read once per project
    state.compare.choice.tolerance = ws.project().info().agreement.tolerance;
    state.compare.toleranceOf = &ws;
  }
  const bool rebuilt = state.compare.model.refresh(ws, state.compare.choice);
  if (rebuilt || !m_active) {
    build(state, rows, fixedRows);
    state.compare.lastJump.reset();
  }
}

void CompareSet::build(const AppState &state, std::vector<std::unique_ptr<TimelineRow>> &rows, std::size_t fixedRows) {
  const review::Workspace &ws = *state.workspace;
  const viewmodels::CompareModel &model = state.compare.model;
  rows.resize(std::min(rows.size(), fixedRows));
  m_rows.clear();
  m_active = true;
  m_stacked = state.compare.choice.element.empty() || ws.codebook().element(state.compare.choice.element) == nullptr;
  m_headers = 0;
  m_longest.assign(model.lanes().size(), 0);
  m_linksOf.assign(model.lanes().size(), {});
  for (std::size_t i = 0; i < model.lanes().size(); ++i) {
    const CompareLane &lane = model.lanes()[i];
    for (const CompareMark &m : lane.marks)
      m_longest[i] = std::max(m_longest[i], m.tag->end - m.tag->start);
    const annotate::Reviewer *r = ws.reviewer(lane.reviewer);
    const annotate::Element *e = ws.codebook().element(lane.element);
    const unsigned colour = colors::fromHex(r != nullptr ? r->colour : "");
    if (m_stacked && (i == 0 || model.lanes()[i - 1].reviewer != lane.reviewer)) {
      rows.push_back(std::make_unique<CompareHeaderRow>(headerLabel(lane), headerCounts(model, i), colour));
      ++m_headers;
    }
    // Stacked, a lane is named by its element under its reviewer's header;
    // else by its reviewer, ▶ marking the reference.
    const std::string label = m_stacked ? "  " + elementText(ws.codebook(), lane.element)
                                        : (lane.reference ? "\xE2\x96\xB6 " : "") + lane.label;
    auto row = std::make_unique<CompareLaneRow>(*this, i, label, colour, colors::fromHex(e != nullptr ? e->colour : ""));
    m_rows.push_back(row.get());
    rows.push_back(std::move(row));
  }
  const auto &links = model.links();
  for (std::size_t k = 0; k < links.size(); ++k)
    m_linksOf[links[k].lane].push_back(k);
  for (auto &list : m_linksOf)
    std::sort(list.begin(), list.end(), [&](std::size_t x, std::size_t y) {
      return links[x].reference->start < links[y].reference->start;
    });
}

std::pair<std::size_t, std::size_t> CompareSet::visibleMarks(std::size_t lane, const TimelineContext &ctx) const {
  const auto &marks = model().lanes()[lane].marks;
  const auto margin = static_cast<annotate::Micros>(8.0 / ctx.pxPerUs);
  const annotate::Micros from = ctx.start - margin - m_longest[lane], to = ctx.end + margin;
  const auto byStart = [](const CompareMark &m, annotate::Micros t) { return m.tag->start < t; };
  const auto first = std::lower_bound(marks.begin(), marks.end(), from, byStart);
  const auto last = std::lower_bound(first, marks.end(), to, byStart);
  return {static_cast<std::size_t>(first - marks.begin()), static_cast<std::size_t>(last - marks.begin())};
}

void CompareSet::drawLinks(const TimelineContext &ctx) const {
  if (!m_active)
    return;
  const auto &links = model().links();
  const annotate::Micros reach = model().summary().tolerance + static_cast<annotate::Micros>(8.0 / ctx.pxPerUs);
  int drawn = 0;
  m_linksHidden = false;
  for (std::size_t lane = 0; lane < m_linksOf.size(); ++lane) {
    const auto &list = m_linksOf[lane];
    const auto byRef = [&](std::size_t k, annotate::Micros t) { return links[k].reference->start < t; };
    auto it = std::lower_bound(list.begin(), list.end(), ctx.start - reach, byRef);
    const auto end = std::upper_bound(it, list.end(), ctx.end + reach, [&](annotate::Micros t, std::size_t k) {
      return t < links[k].reference->start;
    });
    // Denser than one per kSparsePx the lines only hide the marks (the
    // fill already says "matched"): drawn once zoomed in enough.
    if (static_cast<float>(end - it) * kSparsePx > ctx.width()) {
      m_linksHidden = true;
      continue;
    }
    float lastA = -1e9f, lastB = -1e9f;
    for (; it != list.end() && links[*it].reference->start <= ctx.end + reach; ++it) {
      const viewmodels::CompareLink &l = links[*it];
      const float xa = std::round(ctx.toX(l.reference->start)), xb = std::round(ctx.toX(l.other->start));
      if (std::fabs(xa - lastA) < kLinkFoldPx && std::fabs(xb - lastB) < kLinkFoldPx)
        continue; // on top of the one before: one line says it
      lastA = xa;
      lastB = xb;
      const float ya = m_rows[l.referenceLane]->bottom() - 2.0f, yb = m_rows[l.lane]->top() + 2.0f;
      ctx.draw->AddLine(ImVec2(xa, ya), ImVec2(xb, yb), kLink, 1.2f);
      ++drawn;
    }
  }
  if (TestLayout *tl = testLayout())
    tl->value("compare_links_drawn", drawn);
}

void CompareSet::showTooltip(const AppState &state, const LaneMark &m, bool matched) const {
  const review::Workspace &ws = *state.workspace;
  ImGui::BeginTooltip();
  if (m.isCluster()) {
    ImGui::Text(tr("%d tags close together: zoom in (Z or the mouse wheel) to see each one.",
                   "%d tags dicht bij elkaar: zoom in (Z of het muiswiel) om ze elk te zien."),
                m.count);
    if (!matched)
      ImGui::TextUnformatted(tr("Some of them have no partner.", "Sommige ervan hebben geen partner."));
    ImGui::EndTooltip();
    return;
  }
  const annotate::Annotation &t = *m.tag;
  const std::string what = elementText(ws.codebook(), t.element) +
                           (t.valence == annotate::Valence::Negative ? " \xE2\x88\x92" : " +");
  ImGui::Text("%s  %s  %s", ws.ownerName(t).c_str(), what.c_str(), clockText(t.start).c_str());
  if (!t.note.empty())
    ImGui::TextUnformatted(t.note.c_str());
  const std::string &ref = model().lanes().front().name;
  const bool isReference = t.reviewer == model().reference();
  if (matched)
    ImGui::TextDisabled("%s", isReference ? tr("Matched by every other reviewer.", "Door elke andere beoordelaar gekoppeld.")
                                          : (std::string(tr("Matched with a tag of ", "Gekoppeld met een tag van ")) + ref)
                                                .c_str());
  else
    ImGui::TextColored(ImVec4(0.94f, 0.67f, 0.24f, 1.0f), "%s",
                       isReference ? tr("Not every other reviewer has a tag like it here.",
                                        "Niet elke andere beoordelaar heeft hier een zelfde tag.")
                                   : (std::string(tr("No tag like it of ", "Geen zelfde tag van ")) + ref +
                                      tr(" within the tolerance.", " binnen de marge."))
                                         .c_str());
  ImGui::TextDisabled("%s", tr("Click: select and go there.", "Klik: kiezen en erheen gaan."));
  ImGui::EndTooltip();
}

LaneInput CompareSet::handleInput(AppState &state, const TimelineContext &, bool hovered) {
  LaneInput out;
  if (m_holding) { // a tag was clicked: the button stays its until released (no scrubbing underneath)
    m_holding = ImGui::IsMouseDown(ImGuiMouseButton_Left);
    out.ownsLeft = true;
    return out;
  }
  if (!m_active || !hovered || !state.workspace)
    return out;
  const ImGuiIO &io = ImGui::GetIO();
  for (CompareLaneRow *row : m_rows) {
    if (io.MousePos.y < row->top() || io.MousePos.y >= row->bottom())
      continue;
    const auto hit = viewmodels::hitTest(row->marks(), io.MousePos.x, kSlopPx);
    if (!hit)
      break;
    const LaneMark &m = row->marks()[hit->index];
    out.hoveringMark = true;
    showTooltip(state, m, row->markMatched(hit->index));
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
      state.selectedTag = m.tag->id;
      actions::seekTo(state, m.tag->start, media::SeekMode::Exact);
      out.ownsLeft = true;
      m_holding = true;
    }
    break;
  }
  return out;
}

} // namespace spiegel::app::gui
