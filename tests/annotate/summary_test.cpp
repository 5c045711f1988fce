#include <catch2/catch.hpp>

#include "spiegel/annotate/summary.hpp"
#include "test_codebook.hpp"

using namespace spiegel::annotate;
using namespace spiegel::annotate::test;

TEST_CASE("Summary counts and rates per hour per element and participant", "[summary]") {
  const Codebook cb = miniCodebook();
  Annotation dead = tag("x", 0, 0, "bond", Valence::Positive, {"mum"});
  dead.deleted = true;
  const std::vector<Annotation> tags = {
      tag("1", 0, 0, "bond", Valence::Positive, {"mum"}),
      tag("2", 0, 0, "bond", Valence::Positive, {"mum", "son"}),
      tag("3", 0, 0, "bond", Valence::Negative, {"mum"}),
      tag("4", 0, 0, "bond", Valence::Positive, {"mum"}),
      tag("5", 0, 0, "system", Valence::Negative, {}),
      tag("6", 0, 0, "engagement", Valence::Negative, {"son", "son"}),
      tag("7", 0, 0, "unknown", Valence::Negative, {"son"}),
      dead,
  };
  // 30 minutes: rate per hour = 2 × count.
  const Summary s = summarise(cb, tags, 30 * kMinute);
  REQUIRE(s.rows.size() == 4);
  // Codebook order: engagement, bond (mum, son), system.
  CHECK(s.rows[0].element == "engagement");
  CHECK(s.rows[0].participant == "son");
  CHECK(s.rows[0].negative == 1); // listed twice, counted once
  CHECK(s.rows[1].element == "bond");
  CHECK(s.rows[1].participant == "mum");
  CHECK(s.rows[1].positive == 3);
  CHECK(s.rows[1].negative == 1);
  CHECK(s.rows[1].positivePerHour == Approx(6.0));
  CHECK(s.rows[1].negativePerHour == Approx(2.0));
  CHECK(s.rows[1].ratio().value() == Approx(3.0));
  CHECK(s.rows[1].positiveShare().value() == Approx(0.75));
  CHECK(s.rows[2].participant == "son");
  CHECK(s.rows[2].positive == 1);
  CHECK_FALSE(s.rows[2].ratio());
  CHECK(s.rows[2].positiveShare().value() == Approx(1.0));
  CHECK(s.rows[3].element == "system");
  CHECK(s.rows[3].participant == kFamilySubject);
  CHECK(s.rows[3].negativePerHour == Approx(2.0));

  REQUIRE(s.elementTotals.size() == 4);
  CHECK(s.elementTotals[1].element == "bond");
  CHECK(s.elementTotals[1].positive == 3); // tag 2 once, not per participant
  CHECK(s.elementTotals[1].negative == 1);
  CHECK(s.elementTotals[2].element == "safety");
  CHECK(s.elementTotals[2].total() == 0);
  CHECK_FALSE(s.elementTotals[2].positiveShare());
}

TEST_CASE("Rates per hour use the recording's length", "[summary]") {
  CHECK(perHour(3, 90 * kMinute) == Approx(2.0));
  CHECK(perHour(1, 60 * kMinute) == Approx(1.0));
  CHECK(perHour(5, 0) == 0.0);
  const Summary s =
      summarise(miniCodebook(), std::vector<Annotation>{tag("1", 0, 0, "bond", Valence::Positive, {"a"})}, 0);
  CHECK(s.rows.at(0).positivePerHour == 0.0);
}
