#pragma once
// Where the tags of one timeline lane land on screen, without drawing
// (testable): visible tags become marks at x positions; marks closer than
// kFoldPx fold into one with a count (Tracy's MinVisSize), and a pointer
// position finds the mark and the part of it under it.
//
//   auto marks = layoutLane(visibleTagsOfElement, view.start, pxPerUs, left);
//   if (auto hit = hitTest(marks, mouseX, 4.0f)) select(marks[hit->index].tag);
//
// Pure functions; pointers into the TagIndex are valid until it changes.
#include "spiegel/annotate/types.hpp"

#include <cstddef>
#include <optional>
#include <span>
#include <vector>

namespace spiegel::app::workspace {

// Why 3 px: two markers nearer than this cannot be told apart or aimed at
// with a mouse; one mark with a count says more.
inline constexpr float kFoldPx = 3.0f;

struct LaneMark {
  const annotate::Annotation *tag = nullptr; // the first tag of the mark
  float x0 = 0.0f, x1 = 0.0f; // screen x; x0 == x1 for a point (or a folded group)
  int count = 1;              // > 1: a folded group of this many tags
  int negatives = 0;          // how many of them are negative
  [[nodiscard]] bool isSpan() const { return count == 1 && x1 > x0; }
};

// `tags` ordered by start (TagIndex::overlapping order). A span narrower
// than kFoldPx is drawn as a point. Spans are never folded with each other
// (they stay separately draggable); points and narrow spans within kFoldPx
// of the previous point mark join it.
[[nodiscard]] std::vector<LaneMark> layoutLane(std::span<const annotate::Annotation *const> tags,
                                               annotate::Micros viewStart, double pxPerUs, float left);

enum class MarkPart { Body, StartEdge, EndEdge };
struct LaneHit {
  std::size_t index = 0; // into the marks
  MarkPart part = MarkPart::Body;
};

// The mark under x (within `slop` px of a point or a span's edge; inside a
// span's body). Points win over spans underneath them; among points the
// nearest one wins. Span edges take precedence over their body.
[[nodiscard]] std::optional<LaneHit> hitTest(std::span<const LaneMark> marks, float x, float slop);

} // namespace spiegel::app::workspace
