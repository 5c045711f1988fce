#include "workspace/lane_layout.hpp"

#include <catch2/catch.hpp>

#include <vector>

using namespace spiegel;
using spiegel::app::workspace::hitTest;
using spiegel::app::workspace::layoutLane;
using spiegel::app::workspace::MarkPart;

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
  std::vector<annotate::Annotation> tags = {tag(0, 0), tag(1000, 1000, true), tag(2000, 2000), tag(10000, 10000)};
  std::vector<const annotate::Annotation *> ptrs;
  for (const auto &t : tags)
    ptrs.push_back(&t);
  const auto marks = layoutLane(ptrs, 0, 0.001, 100.0f);
  REQUIRE(marks.size() == 2);
  CHECK(marks[0].count == 3);
  CHECK(marks[0].negatives == 1);
  CHECK(marks[0].x0 == Approx(100.0f));
  CHECK(marks[1].count == 1);
  CHECK(marks[1].x0 == Approx(110.0f));
}

TEST_CASE("lane layout: wide spans stay separate, narrow spans behave as points") {
  std::vector<annotate::Annotation> tags = {tag(0, 50'000), tag(5'000, 40'000), tag(60'000, 61'000)};
  std::vector<const annotate::Annotation *> ptrs;
  for (const auto &t : tags)
    ptrs.push_back(&t);
  const auto marks = layoutLane(ptrs, 0, 0.001, 0.0f);
  REQUIRE(marks.size() == 3);
  CHECK(marks[0].isSpan());
  CHECK(marks[1].isSpan());
  CHECK_FALSE(marks[2].isSpan());
}

TEST_CASE("lane hit test: points beat spans, edges beat bodies, nothing far away") {
  std::vector<annotate::Annotation> tags = {tag(0, 100'000), tag(50'000, 50'000)};
  std::vector<const annotate::Annotation *> ptrs = {&tags[0], &tags[1]};
  const auto marks = layoutLane(ptrs, 0, 0.001, 0.0f); // span 0–100 px, point at 50 px
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
