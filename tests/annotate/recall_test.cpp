// Recall sessions' pure rules (annotate/recall.hpp): where a moment starts,
// pauses and ends; moments from a tag filter (every negative Safety tag of
// one reviewer), time sampling, playing order and reordering, the delay.
#include "spiegel/annotate/recall.hpp"

#include "test_codebook.hpp"

#include <catch2/catch.hpp>

using namespace spiegel::annotate;

namespace {
constexpr Micros kS = 1'000'000;

Annotation tag(const char *id, double from, double to, const char *element, Valence v, const char *reviewer = "ria") {
  Annotation a;
  a.id = id;
  a.recording = "rec";
  a.reviewer = reviewer;
  a.start = static_cast<Micros>(from * kS);
  a.end = static_cast<Micros>(to * kS);
  a.element = element;
  a.valence = v;
  return a;
}
} // namespace

TEST_CASE("a point moment plays from its pre-roll and pauses at its time", "[recall]") {
  RecallMoment m{.start = 20 * kS, .end = 20 * kS, .preRoll = 5 * kS, .postRoll = 2 * kS};
  const auto p = playPlan(m, 600 * kS);
  CHECK(p.from == 15 * kS);
  CHECK(p.pauseAt == 20 * kS);
  CHECK(p.until == 22 * kS);
}

TEST_CASE("a span pauses at its end, and a plan stays inside the recording", "[recall]") {
  RecallMoment span{.start = 30 * kS, .end = 40 * kS, .preRoll = 5 * kS};
  CHECK(playPlan(span, 600 * kS).from == 25 * kS);
  CHECK(playPlan(span, 600 * kS).pauseAt == 40 * kS);
  RecallMoment early{.start = 2 * kS, .end = 2 * kS, .preRoll = 5 * kS, .postRoll = 10 * kS};
  CHECK(playPlan(early, 8 * kS).from == 0);
  CHECK(playPlan(early, 8 * kS).until == 8 * kS);
  RecallMoment late{.start = 9 * kS, .end = 12 * kS};
  CHECK(playPlan(late, 10 * kS).pauseAt == 10 * kS);
}

TEST_CASE("moments from every negative Safety tag of the trainee, in time order", "[recall]") {
  const std::vector<Annotation> tags = {
      tag("a", 50, 50, "safety", Valence::Negative),
      tag("b", 10, 14, "safety", Valence::Negative),
      tag("c", 20, 20, "safety", Valence::Positive),
      tag("d", 30, 30, "safety", Valence::Negative, "bert"),
      tag("e", 40, 70, "safety", Valence::Negative),
      tag("f", 45, 45, "bond", Valence::Negative),
  };
  auto deleted = tag("g", 5, 5, "safety", Valence::Negative);
  deleted.deleted = true;
  auto all = tags;
  all.push_back(deleted);
  TagFilter f;
  f.elements = {"safety"};
  f.valence = Valence::Negative;
  f.reviewers = {"ria"};
  const auto moments = momentsFromTags(all, f, test::miniCodebook(), {.preRoll = 3 * kS});
  REQUIRE(moments.size() == 3);
  CHECK(moments[0].tag == "b");
  CHECK(moments[0].kind == MomentKind::Micro); // a 4 s span
  CHECK(moments[1].tag == "e");
  CHECK(moments[1].kind == MomentKind::Tag); // 30 s: not a micro-moment
  CHECK(moments[2].tag == "a");
  CHECK(moments[2].preRoll == 3 * kS);
  CHECK(moments[0].rank < moments[1].rank);
  CHECK(moments[1].rank < moments[2].rank);
}

TEST_CASE("time sampling: a 2-minute stretch every 7 minutes, the last one cut at the end", "[recall]") {
  const auto m = sampledMoments(20 * 60 * kS, 7 * 60 * kS, 2 * 60 * kS, {});
  REQUIRE(m.size() == 3);
  CHECK(m[0].start == 0);
  CHECK(m[1].start == 7 * 60 * kS);
  CHECK(m[2].start == 14 * 60 * kS);
  CHECK(m[2].end == 16 * 60 * kS);
  CHECK(m[0].kind == MomentKind::Span);
  CHECK(m[0].preRoll == 0);
  const auto cut = sampledMoments(15 * 60 * kS, 7 * 60 * kS, 2 * 60 * kS, {});
  REQUIRE(cut.size() == 3);
  CHECK(cut[2].end == 15 * 60 * kS);
  CHECK(sampledMoments(600 * kS, 60 * kS, 120 * kS, {}).empty()); // longer than the interval
  CHECK(sampledMoments(600 * kS, 0, 10 * kS, {}).empty());
}

TEST_CASE("playing order follows rank, and a moved moment gets a rank between its neighbours", "[recall]") {
  std::vector<RecallMoment> m = {{.id = "x", .rank = 2, .start = 10}, {.id = "y", .rank = 1, .start = 90},
                                 {.id = "z", .rank = 3, .start = 5}, {.id = "gone", .rank = 0.5, .deleted = true}};
  auto order = inPlayingOrder(m);
  REQUIRE(order.size() == 3);
  CHECK(order[0].id == "y");
  CHECK(order[2].id == "z");
  m[2].rank = rankBetween(1, 2); // z between y and x
  order = inPlayingOrder(m);
  CHECK(order[1].id == "z");
  CHECK(rankBetween(std::nullopt, 1) < 1);
  CHECK(rankBetween(3, std::nullopt) > 3);
  CHECK(rankBetween(std::nullopt, std::nullopt) == 1);
}

TEST_CASE("keys and the delay between recording and session", "[recall]") {
  for (const auto k : {MomentKind::Tag, MomentKind::Span, MomentKind::Micro})
    CHECK(parseMomentKind(momentKindKey(k)) == k);
  for (const auto p : {PausedBy::Auto, PausedBy::Recaller, PausedBy::Inquirer})
    CHECK(parsePausedBy(pausedByKey(p)) == p);
  CHECK_FALSE(parseMomentKind("clip"));
  CHECK(recallDelayDays("2026-11-20", "2026-12-04") == 14);
  CHECK_FALSE(recallDelayDays("", "2026-12-04"));
}
