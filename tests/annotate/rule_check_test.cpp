#include <catch2/catch.hpp>

#include "spiegel/annotate/rule_check.hpp"
#include "test_codebook.hpp"

using namespace spiegel::annotate;
using namespace spiegel::annotate::test;

namespace {

const std::vector<Participant> kPeople = {
    {.id = "mum", .role = "moeder", .alias = "M"},
    {.id = "son", .role = "jeugdige"},
    {.id = "pro", .role = "hulpverlener", .kind = ParticipantKind::Professional},
};

Rating rating(std::string id, std::string subject, std::string element, int value) {
  return Rating{.id = std::move(id),
                .recording = "rec",
                .reviewer = "rev",
                .subject = std::move(subject),
                .element = std::move(element),
                .value = value};
}

bool contains(const std::string &s, const std::string &part) {
  return s.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("Only positive tags with a rating of 0 or less gives a warning naming everything", "[rules]") {
  const Codebook cb = miniCodebook();
  const std::vector<Annotation> tags = {
      tag("t1", 5 * kSecond, 5 * kSecond, "engagement", Valence::Positive, {"mum"},
          "engagement.plus.leans_in"),
      tag("t2", 9 * kSecond, 9 * kSecond, "engagement", Valence::Positive, {"mum", "son"},
          "engagement.plus.leans_in"),
      tag("t3", 2 * kSecond, 2 * kSecond, "engagement", Valence::Positive, {"mum"}),
  };
  const std::vector<Rating> ratings = {rating("r1", "mum", "engagement", 0)};
  const auto warnings = checkRatings(cb, tags, ratings, kPeople);
  REQUIRE(warnings.size() == 1);
  const RuleWarning &w = warnings[0];
  CHECK(w.kind == RuleKind::PositiveOnlyNotAboveZero);
  CHECK(w.rating == "r1");
  CHECK(w.value == 0);
  CHECK(w.subject == "mum");
  CHECK(w.element == "engagement");
  CHECK(w.annotations == std::vector<Uuid>{"t3", "t1", "t2"}); // by start time
  CHECK(w.indicators == std::vector<std::string>{"engagement.plus.leans_in"});
  CHECK(contains(w.message.en, "mother (M)"));
  CHECK(contains(w.message.en, "Engagement"));
  CHECK(contains(w.message.en, "is 0"));
  CHECK(contains(w.message.en, "Leans forward (2×)"));
  CHECK(contains(w.message.en, "tag without indicator"));
  CHECK(contains(w.message.en, "above 0"));
  CHECK(contains(w.message.nl, "moeder (M)"));
  CHECK(contains(w.message.nl, "Betrokkenheid"));
  CHECK(contains(w.message.nl, "Buigt naar voren (2×)"));
  CHECK(contains(w.message.nl, "boven 0"));
}

TEST_CASE("Only negative tags with a rating of 0 or more gives a warning", "[rules]") {
  const Codebook cb = miniCodebook();
  const std::vector<Annotation> tags = {
      tag("t1", 0, 0, "engagement", Valence::Negative, {"son"}, "engagement.minus.indifferent")};
  auto warnings = checkRatings(cb, tags, std::vector<Rating>{rating("r1", "son", "engagement", 1)}, kPeople);
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].kind == RuleKind::NegativeOnlyNotBelowZero);
  CHECK(contains(warnings[0].message.en, "young person"));
  CHECK(contains(warnings[0].message.en, "+1"));
  CHECK(contains(warnings[0].message.nl, "jeugdige"));
  CHECK(contains(warnings[0].message.nl, "onder 0"));
  CHECK(checkRatings(cb, tags, std::vector<Rating>{rating("r1", "son", "engagement", -1)}, kPeople).empty());
}

TEST_CASE("The family element counts every tag of that element for the family rating", "[rules]") {
  const Codebook cb = miniCodebook();
  const std::vector<Annotation> tags = {
      tag("t1", 0, 0, "system", Valence::Negative, {"mum", "son"}, "system.minus.blame")};
  const auto warnings =
      checkRatings(cb, tags, std::vector<Rating>{rating("r1", kFamilySubject, "system", 2)}, kPeople);
  REQUIRE(warnings.size() == 1);
  CHECK(contains(warnings[0].message.en, "the family"));
  CHECK(contains(warnings[0].message.nl, "het gezin"));
  CHECK(contains(warnings[0].message.nl, "Gezinsleden geven elkaar de schuld"));
}

TEST_CASE("Mixed tags, no tags, consistent ratings and switched-off rules give no warning", "[rules]") {
  Codebook cb = miniCodebook();
  const std::vector<Annotation> tags = {
      tag("t1", 0, 0, "bond", Valence::Positive, {"mum"}),
      tag("t2", 1, 1, "bond", Valence::Negative, {"mum"}),
      tag("t3", 2, 2, "engagement", Valence::Positive, {"son"}),
  };
  const std::vector<Rating> ratings = {
      rating("r1", "mum", "bond", -3),      // mixed
      rating("r2", "son", "bond", -2),      // no tags for son in bond
      rating("r3", "son", "engagement", 2), // positive only, above 0
  };
  CHECK(checkRatings(cb, tags, ratings, kPeople).empty());
  cb.rulePositiveOnlyAboveZero = false;
  CHECK(checkRatings(cb, tags, std::vector<Rating>{rating("r4", "son", "engagement", -1)}, kPeople).empty());
}

TEST_CASE("Tags of another reviewer or recording, tombstones and deleted ratings do not count", "[rules]") {
  const Codebook cb = miniCodebook();
  Annotation otherReviewer = tag("t1", 0, 0, "bond", Valence::Positive, {"mum"});
  otherReviewer.reviewer = "trainer";
  Annotation otherRecording = tag("t2", 0, 0, "bond", Valence::Positive, {"mum"});
  otherRecording.recording = "rec2";
  Annotation dead = tag("t3", 0, 0, "bond", Valence::Positive, {"mum"});
  dead.deleted = true;
  const std::vector<Annotation> tags = {otherReviewer, otherRecording, dead};
  CHECK(checkRatings(cb, tags, std::vector<Rating>{rating("r1", "mum", "bond", -2)}, kPeople).empty());
  Rating deletedRating = rating("r1", "mum", "bond", -2);
  deletedRating.deleted = true;
  CHECK(checkRatings(cb, std::vector<Annotation>{tag("t4", 0, 0, "bond", Valence::Positive, {"mum"})},
                     std::vector<Rating>{deletedRating}, kPeople)
            .empty());
}

TEST_CASE("A once-per-session indicator tagged twice for one person is flagged", "[rules]") {
  const Codebook cb = miniCodebook();
  const std::vector<Annotation> tags = {
      tag("t1", 65 * kSecond, 65 * kSecond, "safety", Valence::Positive, {"son"}, "safety.plus.varied_tone"),
      tag("t2", 10 * kSecond, 10 * kSecond, "safety", Valence::Positive, {"son", "mum"},
          "safety.plus.varied_tone"),
      tag("t3", 90 * kSecond, 90 * kSecond, "safety", Valence::Positive, {"pro"},
          "safety.minus.uneasy_recording"),
  };
  const auto warnings = checkRatings(cb, tags, {}, kPeople);
  REQUIRE(warnings.size() == 1); // mum has it once: fine
  const RuleWarning &w = warnings[0];
  CHECK(w.kind == RuleKind::OncePerSessionRepeated);
  CHECK(w.subject == "son");
  CHECK(w.annotations == std::vector<Uuid>{"t2", "t1"});
  CHECK(w.indicators == std::vector<std::string>{"safety.plus.varied_tone"});
  CHECK_FALSE(w.rating);
  CHECK(contains(w.message.en, "2 times"));
  CHECK(contains(w.message.en, "00:00:10.000, 00:01:05.000"));
  CHECK(contains(w.message.nl, "Toon verandert"));
  CHECK(contains(w.message.nl, "één keer per gesprek"));
}

TEST_CASE("Several warnings come in element order, with unknown participants named", "[rules]") {
  const Codebook cb = miniCodebook();
  const std::vector<Annotation> tags = {
      tag("t1", 0, 0, "safety", Valence::Positive, {"ghost"}),
      tag("t2", 0, 0, "engagement", Valence::Negative, {"mum"}),
  };
  const std::vector<Rating> ratings = {rating("r1", "ghost", "safety", -1),
                                       rating("r2", "mum", "engagement", 3)};
  const auto warnings = checkRatings(cb, tags, ratings, kPeople);
  REQUIRE(warnings.size() == 2);
  CHECK(warnings[0].element == "engagement");
  CHECK(warnings[1].element == "safety");
  CHECK(contains(warnings[1].message.en, "an unknown participant"));
  CHECK(contains(warnings[0].message.en, "+3 (extremely strong)"));
  CHECK(contains(warnings[0].message.nl, "+3 (zeer sterk)"));
}
