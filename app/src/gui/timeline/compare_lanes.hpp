#pragma once
// The compare view's rows on the timeline (issue #12 §2): while
// AppState::compare.on, one CompareLaneRow per lane of the CompareModel (one
// per shown reviewer for the chosen element, or per reviewer × element),
// the reference's first, in place of the element lanes. A tag with a partner
// is drawn filled; one without (a disagreement) outlined on an amber hatch.
// With every element stacked, each reviewer's lanes (labelled by element)
// follow a header row with their name and counts. The lanes shrink to fit
// the timeline (down to 0.75 em). Markers closer than 3 px fold into one mark (viewmodels::layoutLane), amber
// when any tag in it is unmatched. After the rows, CompareSet draws a line
// from each reference tag to its matched partner. Click selects a tag and
// goes there; hover tells whose it is and whether it was matched. Only what
// is visible is looked at: the marks and links of a lane are sorted by
// onset and found with lower_bound. UI thread only.
#include "gui/timeline/element_lanes.hpp"
#include "gui/timeline/timeline_row.hpp"
#include "viewmodels/lane_layout.hpp"

#include <array>
#include <memory>
#include <vector>

namespace spiegel::app::gui {

class CompareSet;

class CompareLaneRow final : public TimelineRow {
public:
  CompareLaneRow(CompareSet &set, std::size_t lane, std::string label, unsigned colour, unsigned markColour);
  [[nodiscard]] const char *label() const override { return m_label.c_str(); }
  [[nodiscard]] std::string labelTooltip() const override;
  [[nodiscard]] unsigned labelColour() const override { return m_colour; }
  [[nodiscard]] float height(const Session &session) const override;
  void draw(const TimelineContext &ctx, const Session &session, float top, float height) override;

  [[nodiscard]] float top() const { return m_top; }
  [[nodiscard]] float bottom() const { return m_top + m_height; }
  [[nodiscard]] const std::vector<viewmodels::LaneMark> &marks() const { return m_layout.marks; }
  [[nodiscard]] bool markMatched(std::size_t mark) const { return m_markMatched[mark]; }
  [[nodiscard]] std::size_t lane() const { return m_lane; }

private:
  void drawMark(const TimelineContext &ctx, const viewmodels::LaneMark &m, bool matched, bool selected) const;

  CompareSet &m_set;
  std::size_t m_lane;
  std::string m_label;
  unsigned m_colour, m_markColour; // label: the reviewer's colour; marks: the element's
  float m_top = 0.0f, m_height = 0.0f;
  std::vector<const annotate::Annotation *> m_visible;
  viewmodels::LaneLayout m_layout;
  std::vector<bool> m_markMatched; // per mark: every tag in it has its partner
  int m_unmatched = 0;             // visible tags without a partner
  std::array<double, 4> m_laidFor{-1, -1, -1, -1}; // the view (start, end, left, right) m_layout is for
};

class CompareSet {
public:
  // Refreshes state.compare.model and keeps one CompareLaneRow per lane at
  // the end of `rows` (after `fixedRows`); rebuilt when the model is.
  void sync(AppState &state, std::vector<std::unique_ptr<TimelineRow>> &rows, std::size_t fixedRows);
  // Fits the lanes (and the reviewers' header rows) into `room` pixels
  // below the fixed rows, each lane between 0.75 em and its full height.
  // Once per frame, before the rows are measured.
  void fit(float room, float gap);
  // The height the compare rows would like, unfitted (the timeline's slot).
  [[nodiscard]] float preferredHeight(float gap) const;
  [[nodiscard]] float laneHeight() const { return m_laneHeight; }
  // Last frame: some lanes did not fit; some lanes' links were too dense to draw.
  [[nodiscard]] bool overflow() const { return m_active && m_overflow; }
  [[nodiscard]] bool linksHidden() const { return m_active && m_linksHidden; }
  // The view was turned off: the rows are someone else's from now on.
  void reset() {
    m_rows.clear();
    m_active = false;
  }
  [[nodiscard]] bool active() const { return m_active; }
  // After the rows drew: the lines between matched pairs.
  // A lane whose visible links average closer than 8 px gets none (the
  // fill says "matched"; the lines would hide the marks): zoom in for them.
  void drawLinks(const TimelineContext &ctx) const;
  LaneInput handleInput(AppState &state, const TimelineContext &ctx, bool hovered);

  // For the rows (valid while the model is unchanged).
  [[nodiscard]] const AppState *state() const { return m_state; }
  [[nodiscard]] const viewmodels::CompareModel &model() const { return m_state->compare.model; }
  // The marks of lane `lane` that may be visible in ctx: [first, last).
  [[nodiscard]] std::pair<std::size_t, std::size_t> visibleMarks(std::size_t lane, const TimelineContext &ctx) const;

private:
  void build(const AppState &state, std::vector<std::unique_ptr<TimelineRow>> &rows, std::size_t fixedRows);
  void showTooltip(const AppState &state, const viewmodels::LaneMark &m, bool matched) const;

  const AppState *m_state = nullptr;
  bool m_active = false;
  bool m_holding = false; // the left button went down on a tag and is still held
  bool m_stacked = false;  // every element: a header row per reviewer, then one lane per element
  std::size_t m_headers = 0;
  float m_laneHeight = 0.0f; // of this frame (fit())
  bool m_overflow = false;
  mutable bool m_linksHidden = false; // written by drawLinks (a draw, hence const)
  std::vector<CompareLaneRow *> m_rows;              // owned by the panel's rows, one per model lane
  std::vector<annotate::Micros> m_longest;           // per lane: its longest tag (spans that start before the view)
  std::vector<std::vector<std::size_t>> m_linksOf;   // per lane: its links (model().links() indices) by reference onset
};

} // namespace spiegel::app::gui
