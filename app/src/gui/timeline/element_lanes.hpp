#pragma once
// One timeline lane per codebook element (issue "The reviewer's workspace"
// §4). ElementLaneRow draws the visible tags of one element: spans as bars
// in up to three sub-rows, points as markers, positive filled and pointing
// up with "+", negative outlined and pointing down with "−"; markers closer
// than 3 px and spans that fit no sub-row fold into a lighter cluster bar
// with a count (viewmodels::layoutLane). LaneSet owns what the lanes share:
// the tags visible this frame (one TagIndex::overlapping query per frame,
// bucketed by element), and the mouse: hover tooltip, click to select and
// seek (a cluster: its first tag), drag to move, drag a span's edge to
// resize (the edit is written on release; the lane shows a preview while
// dragging), Delete removes the selected tag. A span opened with I shows in
// its element's lane until O ends it. Only one's own tags move or
// resize (Workspace::canEdit); another reviewer's are selected, never dragged.
// The Tags list's filters and search (AppState::tagList, refreshed before
// prepare()) apply here too: a tag they leave out is dimmed, or left out
// when Settings::hideFilteredTags is set; a mark is dimmed when none of its
// tags passes. UI thread only.
#include "gui/timeline/timeline_row.hpp"
#include "viewmodels/lane_layout.hpp"

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace spiegel::app::gui {

class LaneSet;
class NextPeopleRow;

class ElementLaneRow final : public TimelineRow {
public:
  // Labelled with the element's tagging key and short name ("1  Engagement");
  // hovering the label shows its long name and what the key does.
  ElementLaneRow(LaneSet &set, const annotate::Element &element, unsigned colour);
  [[nodiscard]] const char *label() const override;
  [[nodiscard]] std::string labelTooltip() const override;
  [[nodiscard]] unsigned labelColour() const override { return m_colour; }
  [[nodiscard]] float height(const Session &session) const override;
  void draw(const TimelineContext &ctx, const Session &session, float top, float height) override;

  [[nodiscard]] const std::string &key() const { return m_key; }
  // Geometry of the last draw, for hit tests in the same frame.
  [[nodiscard]] float top() const { return m_top; }
  [[nodiscard]] float bottom() const { return m_top + m_height; }
  [[nodiscard]] const std::vector<viewmodels::LaneMark> &marks() const { return m_layout.marks; }
  [[nodiscard]] int subRows() const { return m_layout.rows; }

private:
  void drawMark(const TimelineContext &ctx, const viewmodels::LaneMark &m, int rows, bool selected, bool faded) const;
  void drawCluster(const TimelineContext &ctx, const viewmodels::LaneMark &m, bool selected, bool faded) const;
  // m_dimmed for this layout, and each tag's mark in the test layout.
  void markDimmed(const AppState *state, const std::vector<const annotate::Annotation *> &tags);
  // The count pills of the clusters, on top of everything; a pill that would
  // cover the one before it is left out (the tooltip still tells the count).
  void drawCounts(const TimelineContext &ctx) const;
  // The bubble on a tag that has a discussion thread.
  void drawDiscussed(const TimelineContext &ctx, const viewmodels::LaneMark &m) const;
  void drawOpenSpan(const TimelineContext &ctx) const; // after I, before O

  LaneSet &m_set;
  std::string m_key;
  annotate::Text m_label;    // "1  Engagement" / "1  Betrokkenheid"
  annotate::Text m_longName; // the element's full name
  int m_hotkey = 0;
  unsigned m_colour;
  float m_top = 0.0f, m_height = 0.0f;
  viewmodels::LaneLayout m_layout; // of the last draw
  std::vector<bool> m_dimmed;      // per mark of m_layout: none of its tags passes the list's filters
};

// What the mouse does on the lanes this frame.
struct LaneInput {
  bool hoveringMark = false; // a tag is under the pointer (tooltip shown)
  bool ownsLeft = false;     // the left button belongs to a tag (no seeking by drag)
};

class LaneSet {
public:
  // Keeps the "Next tags" row and one ElementLaneRow per codebook element
  // at the end of `rows` (after `fixedRows` ruler/thumbnail/waveform rows); rebuilds when the
  // workspace or its codebook changes, removes them when it closes.
  void sync(const AppState &state, std::vector<std::unique_ptr<TimelineRow>> &rows, std::size_t fixedRows);
  // Another set of lanes (the compare view) took the rows: forget ours, so
  // the next sync() builds them again.
  void reset() {
    m_drag.reset();
    m_cluster.reset();
    m_lanes.clear();
    m_people = nullptr;
    m_ws = nullptr;
  }
  // Once per frame before the rows draw: the visible tags by element (those
  // the list's filters leave out only when they are dimmed, not hidden).
  void prepare(const AppState &state, const TimelineContext &ctx);
  // After the rows drew; `hovered` is the timeline's hit area hover state.
  LaneInput handleInput(AppState &state, const TimelineContext &ctx, bool hovered);
  // Delete removes the selected tag (when no text field has the keyboard).
  void handleKeys(AppState &state);
  // The time range of the cluster last clicked, while its first tag is still
  // the selection (Z then zooms to the whole cluster).
  [[nodiscard]] std::optional<TimelineView> selectedCluster(const AppState &state) const;

  // For the rows (valid between prepare and the end of the frame).
  [[nodiscard]] const std::vector<const annotate::Annotation *> &visible(const std::string &key) const;
  [[nodiscard]] const AppState *state() const { return m_state; }
  struct Drag {
    annotate::Uuid tag;
    std::string element;
    viewmodels::MarkPart part = viewmodels::MarkPart::Body;
    Micros origStart = 0, origEnd = 0;
    Micros start = 0, end = 0; // preview
    float pressX = 0.0f;
    bool moved = false;
    bool fixed = false; // a cluster or another reviewer's tag: held, never moved
    int row = 0;        // the sub-row its bar is drawn in
  };
  [[nodiscard]] const std::optional<Drag> &drag() const { return m_drag; }
  [[nodiscard]] bool empty() const { return m_lanes.empty(); }

private:
  void showTooltip(const AppState &state, const TimelineContext &ctx, const viewmodels::LaneMark &m) const;
  void press(AppState &state, const TimelineContext &ctx, const viewmodels::LaneMark &m, viewmodels::MarkPart part,
             float x);
  void finishDrag(AppState &state);

  const AppState *m_state = nullptr;
  const review::Workspace *m_ws = nullptr; // the workspace the lanes were built for
  std::size_t m_codebookSize = 0;
  std::vector<ElementLaneRow *> m_lanes; // owned by the panel's rows
  NextPeopleRow *m_people = nullptr;     // the "Next tags" row above them, likewise
  std::unordered_map<std::string, std::vector<const annotate::Annotation *>> m_visible;
  std::vector<const annotate::Annotation *> m_scratch;
  std::optional<Drag> m_drag;
  struct Cluster {
    annotate::Uuid first; // the tag the click selected
    TimelineView range;
  };
  std::optional<Cluster> m_cluster; // the cluster last clicked
};

} // namespace spiegel::app::gui
