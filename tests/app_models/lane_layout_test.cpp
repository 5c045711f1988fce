#include "viewmodels/lane_layout.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <random>
#include <vector>

using namespace spiegel;
using spiegel::app::viewmodels::hitTest;
using spiegel::app::viewmodels::kFoldPx;
using spiegel::app::viewmodels::kMaxSubRows;
using spiegel::app::viewmodels::kSpanGapPx;
using spiegel::app::viewmodels::LaneMark;
using spiegel::app::viewmodels::layoutLane;
using spiegel::app::viewmodels::MarkPart;
using spiegel::app::viewmodels::subRowAt;

namespace {
annotate::Annotation tag(annotate::Micros start, annotate::Micros end, bool negative = false) {
  annotate::Annotation a;
  a.start = start;
  a.end = end;
  a.valence = negative ? annotate::Valence::Negative : annotate::Valence::Positive;
  return a;
}
} // namespace

TEST_CASE("lane layout: points closer than 3 px fold into one mark with a count") {
  // 1 px per ms: points at 0, 1, 2 ms fold; 10 ms stands alone.
  std::vector<annotate::Annotation> tags = {tag(0, 0), tag(1000, 1000, true), tag(2000, 2000),
                                            tag(10000, 10000)};
  std::vector<const annotate::Annotation *> ptrs;
  for (const auto &t : tags)
    ptrs.push_back(&t);
  const auto marks = layoutLane(ptrs, 0, 0.001, 100.0f).marks;
  REQUIRE(marks.size() == 2);
  CHECK(marks[0].isCluster());
  CHECK(marks[0].count == 3);
  CHECK(marks[0].tag == &tags[0]);
  CHECK(marks[0].x1 == Approx(102.0f));
  CHECK(marks[0].negatives == 1);
  CHECK(marks[0].x0 == Approx(100.0f));
  CHECK(marks[1].count == 1);
  CHECK(marks[1].x0 == Approx(110.0f));
}

TEST_CASE("lane layout: overlapping spans take sub-rows, narrow spans behave as points") {
  std::vector<annotate::Annotation> tags = {tag(0, 50'000), tag(5'000, 40'000), tag(60'000, 61'000)};
  std::vector<const annotate::Annotation *> ptrs;
  for (const auto &t : tags)
    ptrs.push_back(&t);
  const auto lane = layoutLane(ptrs, 0, 0.001, 0.0f);
  const auto &marks = lane.marks;
  REQUIRE(marks.size() == 3);
  CHECK(lane.rows == 2);
  CHECK(marks[0].isSpan());
  CHECK(marks[0].row == 0);
  CHECK(marks[1].isSpan());
  CHECK(marks[1].row == 1);
  CHECK_FALSE(marks[2].isSpan());
}

TEST_CASE("lane hit test: points beat spans, edges beat bodies, nothing far away") {
  std::vector<annotate::Annotation> tags = {tag(0, 100'000), tag(50'000, 50'000)};
  std::vector<const annotate::Annotation *> ptrs = {&tags[0], &tags[1]};
  const auto marks = layoutLane(ptrs, 0, 0.001, 0.0f).marks; // span 0–100 px, point at 50 px
  auto hit = hitTest(marks, 51.0f, 4.0f);
  REQUIRE(hit);
  CHECK(marks[hit->index].tag == &tags[1]);
  hit = hitTest(marks, 98.0f, 4.0f);
  REQUIRE(hit);
  CHECK(hit->part == MarkPart::EndEdge);
  hit = hitTest(marks, 1.0f, 4.0f);
  REQUIRE(hit);
  CHECK(hit->part == MarkPart::StartEdge);
  hit = hitTest(marks, 25.0f, 4.0f);
  REQUIRE(hit);
  CHECK(hit->part == MarkPart::Body);
  CHECK_FALSE(hitTest(marks, 130.0f, 4.0f));
}

TEST_CASE("lane layout: spans beyond three sub-rows fold into one cluster with a count") {
  // Five spans over the same 100 px, one negative; a sixth far away.
  std::vector<annotate::Annotation> tags = {tag(0, 100'000),    tag(1'000, 100'000),
                                            tag(2'000, 90'000), tag(3'000, 120'000, true),
                                            tag(4'000, 80'000), tag(500'000, 600'000)};
  std::vector<const annotate::Annotation *> ptrs;
  for (const auto &t : tags)
    ptrs.push_back(&t);
  const auto lane = layoutLane(ptrs, 0, 0.001, 0.0f);
  CHECK(lane.rows == 3);
  REQUIRE(lane.marks.size() == 5); // one cluster, four bars
  const auto &c = lane.marks[0];
  CHECK(c.isCluster());
  CHECK(c.count == 2);
  CHECK(c.negatives == 1);
  CHECK(c.tag == &tags[3]);
  CHECK(c.x0 == Approx(3.0f));
  CHECK(c.x1 == Approx(120.0f));
  CHECK(lane.markOf == std::vector<std::uint32_t>{1, 2, 3, 0, 0, 4});
  CHECK(lane.marks[4].row == 0); // the far span reuses the first sub-row

  // A click on the cluster's stretch finds it where no bar of that sub-row is.
  auto hit = hitTest(lane.marks, 110.0f, 4.0f, 1);
  REQUIRE(hit);
  CHECK(hit->index == 0);
  hit = hitTest(lane.marks, 50.0f, 4.0f, 1);
  REQUIRE(hit);
  CHECK(lane.marks[hit->index].tag == &tags[1]);

  // Ten times closer the spans still overlap; zoomed in on separate
  // starts they do not cluster any more.
  CHECK(layoutLane(ptrs, 0, 0.01, 0.0f).marks[0].isCluster());
  std::vector<annotate::Annotation> apart = {tag(0, 10'000), tag(20'000, 30'000), tag(40'000, 50'000),
                                             tag(60'000, 70'000)};
  std::vector<const annotate::Annotation *> ap;
  for (const auto &t : apart)
    ap.push_back(&t);
  CHECK(layoutLane(ap, 0, 0.0001, 0.0f).marks[0].isCluster()); // 1 px each: folded points
  const auto zoomed = layoutLane(ap, 0, 0.001, 0.0f);          // 10 px bars, 10 px apart
  CHECK(zoomed.rows == 1);
  CHECK(std::none_of(zoomed.marks.begin(), zoomed.marks.end(), [](const auto &m) { return m.isCluster(); }));
}

TEST_CASE("lane layout: sub-rows split the lane into equal bands") {
  CHECK(subRowAt(105.0f, 100.0f, 30.0f, 1) == 0);
  CHECK(subRowAt(105.0f, 100.0f, 30.0f, 3) == 0);
  CHECK(subRowAt(115.0f, 100.0f, 30.0f, 3) == 1);
  CHECK(subRowAt(129.0f, 100.0f, 30.0f, 3) == 2);
  CHECK(subRowAt(90.0f, 100.0f, 30.0f, 3) == 0);
  CHECK(subRowAt(200.0f, 100.0f, 30.0f, 3) == 2);
}

namespace {
// Checks one layout against brute force over all pairs of tags.
void checkAgainstBruteForce(const std::vector<annotate::Annotation> &tags, double pxPerUs) {
  std::vector<const annotate::Annotation *> ptrs;
  for (const auto &t : tags)
    ptrs.push_back(&t);
  const auto lane = layoutLane(ptrs, 0, pxPerUs, 10.0f);
  const auto &marks = lane.marks;
  const auto x = [&](annotate::Micros t) {
    return 10.0f + static_cast<float>(static_cast<double>(t) * pxPerUs);
  };
  const auto wide = [&](const annotate::Annotation &a) { return x(a.end) - x(a.start) >= kFoldPx; };
  REQUIRE(lane.markOf.size() == tags.size());

  // Every tag is in exactly one mark: alone, or counted in one cluster.
  std::vector<int> members(marks.size(), 0), negatives(marks.size(), 0);
  std::vector<annotate::Micros> firstStart(marks.size(), INT64_MAX);
  for (std::size_t i = 0; i < tags.size(); ++i) {
    REQUIRE(lane.markOf[i] < marks.size());
    const LaneMark &m = marks[lane.markOf[i]];
    ++members[lane.markOf[i]];
    negatives[lane.markOf[i]] += tags[i].valence == annotate::Valence::Negative ? 1 : 0;
    firstStart[lane.markOf[i]] = std::min(firstStart[lane.markOf[i]], tags[i].start);
    if (!m.isCluster()) {
      CHECK(m.tag == &tags[i]);
      CHECK(m.isSpan() == wide(tags[i]));
    } else {
      CHECK(x(tags[i].start) >= m.x0 - 0.01f);
      CHECK((wide(tags[i]) ? x(tags[i].end) : x(tags[i].start)) <= m.x1 + 0.01f);
    }
  }
  int rowsSeen = 1;
  for (std::size_t k = 0; k < marks.size(); ++k) {
    CHECK(members[k] == marks[k].count);
    CHECK(negatives[k] == marks[k].negatives);
    CHECK(marks[k].tag->start == firstStart[k]);
    if (marks[k].isSpan()) {
      CHECK(marks[k].row >= 0);
      CHECK(marks[k].row < kMaxSubRows);
      rowsSeen = std::max(rowsSeen, marks[k].row + 1);
    }
  }
  CHECK(lane.rows == rowsSeen);

  // No two bars in one sub-row overlap; no two clusters touch.
  for (std::size_t a = 0; a < marks.size(); ++a)
    for (std::size_t b = a + 1; b < marks.size(); ++b) {
      const LaneMark &p = marks[a], &q = marks[b];
      if (p.isSpan() && q.isSpan() && p.row == q.row)
        CHECK((p.x1 + kSpanGapPx <= q.x0 || q.x1 + kSpanGapPx <= p.x0));
      if (p.isCluster() && q.isCluster())
        CHECK((p.x1 + kFoldPx < q.x0 || q.x1 + kFoldPx < p.x0));
    }

  // A wide tag is in a cluster only when every sub-row was taken at its
  // start by an earlier bar; a point stands alone only with no other point
  // within kFoldPx, and points within kFoldPx share a mark.
  std::vector<std::size_t> points;
  for (std::size_t i = 0; i < tags.size(); ++i) {
    if (!wide(tags[i])) {
      points.push_back(i);
      continue;
    }
    if (!marks[lane.markOf[i]].isCluster())
      continue;
    for (int row = 0; row < kMaxSubRows; ++row) {
      bool blocked = false;
      for (std::size_t j = 0; j < i && !blocked; ++j) {
        const LaneMark &m = marks[lane.markOf[j]];
        blocked = m.isSpan() && m.row == row && m.x1 + kSpanGapPx > x(tags[i].start);
      }
      CHECK(blocked);
    }
  }
  for (std::size_t k = 0; k + 1 < points.size(); ++k) {
    const bool close = x(tags[points[k + 1]].start) - x(tags[points[k]].start) < kFoldPx;
    if (close)
      CHECK(lane.markOf[points[k]] == lane.markOf[points[k + 1]]);
    else if (!marks[lane.markOf[points[k]]].isCluster() || !marks[lane.markOf[points[k + 1]]].isCluster())
      CHECK(lane.markOf[points[k]] != lane.markOf[points[k + 1]]);
  }
}
} // namespace

TEST_CASE("lane layout: every tag is shown exactly once, bars never overlap (brute force)") {
  for (const unsigned seed : {1u, 2u, 3u, 4u, 5u}) {
    std::mt19937 rng(seed);
    // A 20 s clip: a dense stretch of many overlapping spans and points,
    // and a sparse rest.
    std::vector<annotate::Annotation> tags;
    const int n = seed == 5 ? 2500 : 300;
    std::uniform_int_distribution<annotate::Micros> dense(5'000'000, 7'000'000), anywhere(0, 20'000'000);
    std::uniform_int_distribution<annotate::Micros> length(0, 3'000'000);
    for (int i = 0; i < n; ++i) {
      const annotate::Micros start = i % 2 == 0 ? dense(rng) : anywhere(rng);
      const annotate::Micros len = i % 3 == 0 ? 0 : length(rng);
      tags.push_back(tag(start, start + len, i % 5 == 0));
    }
    std::sort(tags.begin(), tags.end(), [](const auto &a, const auto &b) { return a.start < b.start; });
    // Full view on 1500 px, then zoomed in 10× and 1000×, then zoomed far out.
    for (const double pxPerUs : {1500.0 / 20e6, 1500.0 / 2e6, 1500.0 / 20e3, 100.0 / 20e6}) {
      INFO("seed " << seed << ", px per µs " << pxPerUs);
      checkAgainstBruteForce(tags, pxPerUs);
    }
  }
}

TEST_CASE("lane layout: 10 000 tags on 1500 px stay a few hundred marks") {
  std::mt19937 rng(7);
  std::uniform_int_distribution<annotate::Micros> at(0, 20'000'000), length(1'000'000, 5'000'000);
  std::vector<annotate::Annotation> tags;
  for (int i = 0; i < 10'000; ++i) {
    const annotate::Micros start = at(rng);
    tags.push_back(tag(start, i % 3 == 0 ? start + length(rng) : start));
  }
  std::sort(tags.begin(), tags.end(), [](const auto &a, const auto &b) { return a.start < b.start; });
  std::vector<const annotate::Annotation *> ptrs;
  for (const auto &t : tags)
    ptrs.push_back(&t);
  const auto lane = layoutLane(ptrs, 0, 1500.0 / 20e6, 0.0f);
  int total = 0;
  for (const auto &m : lane.marks)
    total += m.count;
  CHECK(total == 10'000);
  // Three sub-rows of bars 50–375 px long, and the rest folded: a smear of
  // 10 000 becomes a few dozen marks.
  CHECK(lane.marks.size() < 200);
}
