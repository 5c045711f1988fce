#pragma once
// Where the tags of one timeline lane land on screen, without drawing
// (testable). Visible tags become marks at x positions:
// - points (and spans narrower than kFoldPx) are markers across the lane;
//   markers closer than kFoldPx to the previous one fold into one mark with
//   a count (Tracy's MinVisSize);
// - spans are bars packed greedily into at most kMaxSubRows sub-rows of the
//   lane so that no two bars in one sub-row overlap on screen;
// - a span that fits no sub-row, and every fold of points, is part of a
//   cluster: one mark covering the union of its tags' pixels with a count.
//   Clusters that touch merge, so a dense stretch is one mark, cheap to draw.
// Zooming in spreads the tags out and the clusters unfold by themselves.
// A pointer position finds the mark and the part of it under it.
//
//   const auto lane = layoutLane(visibleTagsOfElement, view.start, pxPerUs, left);
//   const int row = subRowAt(mouseY, laneTop, laneHeight, lane.rows);
//   if (auto hit = hitTest(lane.marks, mouseX, 4.0f, row)) select(lane.marks[hit->index].tag);
//
// Pure functions; pointers into the TagIndex are valid until it changes.
#include "spiegel/annotate/types.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace spiegel::app::viewmodels {

// Why 3 px: two markers nearer than this cannot be told apart or aimed at
// with a mouse; one mark with a count says more.
inline constexpr float kFoldPx = 3.0f;
// Why 3: a lane is about 22 px high; three bars of ~6 px each still read as
// bars and can be aimed at. More overlap than that is a cluster.
inline constexpr int kMaxSubRows = 3;
// Why 1 px: bars that merely touch end-to-start go to different sub-rows,
// so each keeps a visible edge to grab.
inline constexpr float kSpanGapPx = 1.0f;

enum class MarkKind {
  Point,   // one point tag (or a span too narrow to show as a bar): x0 == x1
  Span,    // one span tag as a bar in sub-row `row`
  Cluster, // `count` tags folded into [x0, x1]; selected as a group, never dragged
};

struct LaneMark {
  const annotate::Annotation *tag = nullptr; // the (first, by start) tag of the mark
  float x0 = 0.0f, x1 = 0.0f;                // screen x
  int count = 1;                             // tags in the mark (> 1 only for a cluster)
  int negatives = 0;                         // how many of them are negative
  int row = 0;                               // Span: its sub-row, 0 = top
  MarkKind kind = MarkKind::Point;
  [[nodiscard]] bool isSpan() const { return kind == MarkKind::Span; }
  [[nodiscard]] bool isCluster() const { return kind == MarkKind::Cluster; }
};

struct LaneLayout {
  // Clusters first (ordered by x0), then spans, then points (both in tag
  // order): drawing in this order keeps markers on top of bars, bars on top
  // of the lighter clusters.
  std::vector<LaneMark> marks;
  int rows = 1; // sub-rows the spans use (1 … kMaxSubRows)
  // markOf[i]: the mark that shows the i-th input tag (each tag is in
  // exactly one mark).
  std::vector<std::uint32_t> markOf;
};

// `tags` ordered by start (TagIndex::overlapping order).
[[nodiscard]] LaneLayout layoutLane(std::span<const annotate::Annotation *const> tags,
                                    annotate::Micros viewStart, double pxPerUs, float left);

// The sub-row (0 … rows-1) of a lane [top, top + height) that y is in; the
// lane is split into `rows` equal bands.
[[nodiscard]] int subRowAt(float y, float top, float height, int rows);

enum class MarkPart { Body, StartEdge, EndEdge };
struct LaneHit {
  std::size_t index = 0; // into the marks
  MarkPart part = MarkPart::Body;
};

// The mark under x (within `slop` px of a point or a span's edge; inside a
// span's body or a cluster). Points win (the nearest one), then spans in
// `subRow` (-1: any sub-row; span edges before bodies), then clusters.
[[nodiscard]] std::optional<LaneHit> hitTest(std::span<const LaneMark> marks, float x, float slop,
                                             int subRow = -1);

} // namespace spiegel::app::viewmodels
