#include "viewmodels/lane_layout.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace spiegel::app::viewmodels {
namespace {

// Folds `from` into `into` (both clusters, `into` starting no later).
void absorb(LaneMark &into, const LaneMark &from) {
  into.count += from.count;
  into.negatives += from.negatives;
  into.x0 = std::min(into.x0, from.x0);
  into.x1 = std::max(into.x1, from.x1);
  if (from.tag->start < into.tag->start)
    into.tag = from.tag;
}

// Clusters whose pixels touch (within kFoldPx) become one. `marks` in
// creation order; returns for each mark the index of the mark that now
// holds its tags (itself when it was not absorbed).
std::vector<std::uint32_t> mergeClusters(std::vector<LaneMark> &marks) {
  std::vector<std::uint32_t> holder(marks.size());
  std::vector<std::uint32_t> clusters;
  for (std::uint32_t i = 0; i < marks.size(); ++i) {
    holder[i] = i;
    if (marks[i].isCluster())
      clusters.push_back(i);
  }
  // Point folds and span overflow are each in x order; together they are not.
  std::stable_sort(clusters.begin(), clusters.end(),
                   [&](std::uint32_t a, std::uint32_t b) { return marks[a].x0 < marks[b].x0; });
  std::optional<std::uint32_t> open;
  for (const std::uint32_t c : clusters) {
    if (open && marks[c].x0 <= marks[*open].x1 + kFoldPx) {
      absorb(marks[*open], marks[c]);
      holder[c] = *open;
      marks[c].count = 0; // emptied: dropped below
    } else {
      open = c;
    }
  }
  return holder;
}

} // namespace

LaneLayout layoutLane(std::span<const annotate::Annotation *const> tags, annotate::Micros viewStart,
                      double pxPerUs, float left) {
  LaneLayout out;
  std::vector<LaneMark> made; // in creation order; reordered at the end
  made.reserve(std::min<std::size_t>(tags.size(), 4096));
  std::vector<std::uint32_t> madeOf(tags.size()); // tag → index in `made`
  const auto toX = [&](annotate::Micros t) {
    return left + static_cast<float>(static_cast<double>(t - viewStart) * pxPerUs);
  };
  std::array<float, kMaxSubRows> rowEnd; // right edge of the last bar in each sub-row
  rowEnd.fill(-std::numeric_limits<float>::infinity());
  int rowsUsed = 1;
  std::optional<std::uint32_t> lastPoint;    // the point mark or fold new points may join
  std::optional<std::uint32_t> lastOverflow; // the cluster overflowing spans may join
  const auto add = [&](const LaneMark &m) {
    made.push_back(m);
    return static_cast<std::uint32_t>(made.size() - 1);
  };
  for (std::size_t i = 0; i < tags.size(); ++i) {
    const annotate::Annotation *a = tags[i];
    const int negative = a->valence == annotate::Valence::Negative ? 1 : 0;
    const float x0 = toX(a->start), x1 = toX(a->end);
    if (x1 - x0 >= kFoldPx) {
      int row = 0;
      while (row < kMaxSubRows && x0 < rowEnd[static_cast<std::size_t>(row)] + kSpanGapPx)
        ++row;
      if (row < kMaxSubRows) {
        rowEnd[static_cast<std::size_t>(row)] = x1;
        rowsUsed = std::max(rowsUsed, row + 1);
        madeOf[i] = add({a, x0, x1, 1, negative, row, MarkKind::Span});
      } else if (lastOverflow && x0 <= made[*lastOverflow].x1 + kFoldPx) {
        absorb(made[*lastOverflow], {a, x0, x1, 1, negative, 0, MarkKind::Cluster});
        madeOf[i] = *lastOverflow;
      } else {
        lastOverflow = add({a, x0, x1, 1, negative, 0, MarkKind::Cluster});
        madeOf[i] = *lastOverflow;
      }
      continue;
    }
    if (lastPoint && x0 - made[*lastPoint].x1 < kFoldPx) {
      LaneMark &m = made[*lastPoint];
      absorb(m, {a, x0, x0, 1, negative, 0, MarkKind::Point});
      m.kind = MarkKind::Cluster;
      madeOf[i] = *lastPoint;
      continue;
    }
    lastPoint = add({a, x0, x0, 1, negative, 0, MarkKind::Point});
    madeOf[i] = *lastPoint;
  }
  const std::vector<std::uint32_t> holder = mergeClusters(made);

  // Clusters (by x0), then spans, then points.
  std::vector<std::uint32_t> finalIndex(made.size());
  out.marks.reserve(made.size());
  std::vector<std::uint32_t> clusters;
  for (std::uint32_t i = 0; i < made.size(); ++i)
    if (made[i].isCluster() && made[i].count > 0)
      clusters.push_back(i);
  std::sort(clusters.begin(), clusters.end(),
            [&](std::uint32_t a, std::uint32_t b) { return made[a].x0 < made[b].x0; });
  const auto place = [&](std::uint32_t i) {
    finalIndex[i] = static_cast<std::uint32_t>(out.marks.size());
    out.marks.push_back(made[i]);
  };
  for (const std::uint32_t c : clusters)
    place(c);
  for (const MarkKind kind : {MarkKind::Span, MarkKind::Point})
    for (std::uint32_t i = 0; i < made.size(); ++i)
      if (made[i].kind == kind)
        place(i);
  out.markOf.resize(tags.size());
  for (std::size_t i = 0; i < tags.size(); ++i)
    out.markOf[i] = finalIndex[holder[madeOf[i]]];
  out.rows = rowsUsed;
  return out;
}

int subRowAt(float y, float top, float height, int rows) {
  if (rows <= 1 || height <= 0.0f)
    return 0;
  const auto row = static_cast<int>(std::floor((y - top) / height * static_cast<float>(rows)));
  return std::clamp(row, 0, rows - 1);
}

std::optional<LaneHit> hitTest(std::span<const LaneMark> marks, float x, float slop, int subRow) {
  std::optional<LaneHit> point, span, cluster;
  float bestDist = slop;
  for (std::size_t i = 0; i < marks.size(); ++i) {
    const LaneMark &m = marks[i];
    switch (m.kind) {
    case MarkKind::Point:
      if (const float d = std::fabs(x - m.x0); d <= bestDist) {
        bestDist = d;
        point = LaneHit{i, MarkPart::Body};
      }
      break;
    case MarkKind::Span:
      if (subRow >= 0 && m.row != subRow)
        break;
      if (std::fabs(x - m.x0) <= slop)
        span = LaneHit{i, MarkPart::StartEdge};
      else if (std::fabs(x - m.x1) <= slop)
        span = LaneHit{i, MarkPart::EndEdge};
      else if (x > m.x0 && x < m.x1 && (!span || span->part == MarkPart::Body))
        span = LaneHit{i, MarkPart::Body};
      break;
    case MarkKind::Cluster:
      if (!cluster && x >= m.x0 - slop && x <= m.x1 + slop)
        cluster = LaneHit{i, MarkPart::Body};
      break;
    }
  }
  return point ? point : span ? span : cluster;
}

} // namespace spiegel::app::viewmodels
