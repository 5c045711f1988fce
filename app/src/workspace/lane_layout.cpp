#include "workspace/lane_layout.hpp"

#include <cmath>

namespace spiegel::app::workspace {

std::vector<LaneMark> layoutLane(std::span<const annotate::Annotation *const> tags, annotate::Micros viewStart,
                                 double pxPerUs, float left) {
  std::vector<LaneMark> marks;
  marks.reserve(tags.size());
  const auto toX = [&](annotate::Micros t) {
    return left + static_cast<float>(static_cast<double>(t - viewStart) * pxPerUs);
  };
  std::optional<std::size_t> lastPoint; // the point mark new points may fold into
  for (const annotate::Annotation *a : tags) {
    const bool negative = a->valence == annotate::Valence::Negative;
    const float x0 = toX(a->start), x1 = toX(a->end);
    if (x1 - x0 >= kFoldPx) {
      marks.push_back({a, x0, x1, 1, negative ? 1 : 0});
      continue;
    }
    const float x = x0;
    if (lastPoint && x - marks[*lastPoint].x0 < kFoldPx) {
      LaneMark &m = marks[*lastPoint];
      ++m.count;
      m.negatives += negative ? 1 : 0;
      continue;
    }
    marks.push_back({a, x, x, 1, negative ? 1 : 0});
    lastPoint = marks.size() - 1;
  }
  return marks;
}

std::optional<LaneHit> hitTest(std::span<const LaneMark> marks, float x, float slop) {
  std::optional<LaneHit> best;
  float bestDist = slop;
  std::optional<LaneHit> span;
  for (std::size_t i = 0; i < marks.size(); ++i) {
    const LaneMark &m = marks[i];
    if (!m.isSpan()) {
      const float d = std::fabs(x - m.x0);
      if (d <= bestDist) {
        bestDist = d;
        best = LaneHit{i, MarkPart::Body};
      }
      continue;
    }
    if (std::fabs(x - m.x0) <= slop)
      span = LaneHit{i, MarkPart::StartEdge};
    else if (std::fabs(x - m.x1) <= slop)
      span = LaneHit{i, MarkPart::EndEdge};
    else if (x > m.x0 && x < m.x1 && (!span || span->part == MarkPart::Body))
      span = LaneHit{i, MarkPart::Body};
  }
  return best ? best : span;
}

} // namespace spiegel::app::workspace
