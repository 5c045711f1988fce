#pragma once
// The zoomable timeline (Tracy's model). The view is AppState::view, two
// numbers {start, end} in µs. Mouse: wheel zooms around the pointer,
// right- or middle-drag pans (as does Shift+wheel / a horizontal wheel),
// left click or drag seeks (keyframe seeks while dragging, one exact seek on
// release), double-click on the ruler shows the whole recording.
// Rows are TimelineRow objects drawn top to bottom: ruler, thumbnails,
// waveform, then one lane per codebook element while a project is open
// (LaneSet). Keys: Z zooms to the selected tag (with a margin), F fits the
// whole recording, both animated; Delete removes the selected tag. The loop
// region's edges can be dragged. In the compare view (V) the element lanes
// give way to one lane per reviewer (compare_lanes.hpp) under the compare
// bar (gui/panels/compare).
#include "gui/shell/panel.hpp"
#include "gui/timeline/compare_lanes.hpp"
#include "gui/timeline/element_lanes.hpp"
#include "gui/timeline/timeline_row.hpp"

#include <memory>
#include <optional>
#include <vector>

namespace spiegel::app::gui {

class ThreadLaneRow;

class TimelinePanel final : public Panel {
public:
  TimelinePanel();
  [[nodiscard]] Slot slot() const override { return Slot::Timeline; }
  void draw(AppState &state) override;
  // Sum of the visible rows' heights (grows with every lane added).
  [[nodiscard]] float preferredHeight(const AppState &state) const override;
  void addRow(std::unique_ptr<TimelineRow> row) { m_rows.push_back(std::move(row)); }

private:
  void handleInput(AppState &state, const TimelineContext &ctx, float rulerBottom);
  void drawOverlay(const TimelineContext &ctx, const Session &s, float top, float bottom) const;
  // Hatches playable … duration of an incomplete copy (nothing for a whole file).
  static void drawMissing(const TimelineContext &ctx, const media::PlayerState &st, float top, float bottom);
  void followPlayhead(AppState &state) const;
  void handleKeys(AppState &state);
  void animate(AppState &state);
  // Starts an animated zoom to [start, end] (Tracy's zoom-to-range).
  void zoomTo(Micros start, Micros end);
  bool dragLoop(AppState &state, const TimelineContext &ctx, bool hovered);
  // Row i's height this frame (0: not drawn).
  [[nodiscard]] float rowHeight(std::size_t i, const Session &s) const;
  // Left gutter width: fits the longest visible row label, clamped.
  [[nodiscard]] float gutterWidth(const Session &s) const;

  std::vector<std::unique_ptr<TimelineRow>> m_rows; // drawn in order; [0] is the ruler
  Micros m_lastScrub = -1;                          // last keyframe-seek target while dragging
  double m_lastManualView = -1e9;                   // ImGui time the user last zoomed or panned
  LaneSet m_lanes;
  CompareSet m_compare; // the reviewers' lanes instead, while AppState::compare.on
  ThreadLaneRow *m_threadLane = nullptr; // the discussion row, owned by m_rows
  std::optional<TimelineView> m_zoomTarget; // animated zoom in progress towards this view
  int m_loopDrag = 0;                       // 1: dragging loop A, 2: loop B, 0: none
};

// Keeps the view inside the recording and no narrower than kMinViewUs.
void clampView(TimelineView &view, Micros duration);

} // namespace spiegel::app::gui
