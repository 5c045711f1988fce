#include <catch2/catch.hpp>

#include "spiegel/annotate/validation.hpp"
#include "test_codebook.hpp"

using namespace spiegel::annotate;
using namespace spiegel::annotate::test;

namespace {

std::optional<AnnotationErrorCode> codeOf(const Annotation &a, Micros duration = 10 * kMinute) {
  auto err = validateAnnotation(miniCodebook(), a, duration);
  if (!err)
    return std::nullopt;
  CHECK_FALSE(err->message.en.empty());
  CHECK_FALSE(err->message.nl.empty());
  CHECK_FALSE(err->field.empty());
  return err->code;
}

std::optional<RatingErrorCode> codeOf(const Rating &r) {
  auto err = validateRating(miniCodebook(), r);
  if (!err)
    return std::nullopt;
  CHECK_FALSE(err->message.en.empty());
  CHECK_FALSE(err->message.nl.empty());
  return err->code;
}

} // namespace

TEST_CASE("Valid annotations pass", "[validation]") {
  CHECK_FALSE(codeOf(tag("a", 0, 0, "bond")));
  CHECK_FALSE(codeOf(
      tag("a", kSecond, 10 * kMinute, "engagement", Valence::Positive, {"mum"}, "engagement.plus.leans_in")));
  CHECK_FALSE(codeOf(tag("a", 20 * kMinute, 20 * kMinute, "bond"), 0)); // unknown duration: no upper bound
}

TEST_CASE("Each annotation problem has its own code", "[validation]") {
  using C = AnnotationErrorCode;
  CHECK(codeOf(tag("a", 0, 0, "trust")) == C::UnknownElement);
  CHECK(codeOf(tag("a", 0, 0, "bond", Valence::Positive, {}, "bond.plus.nothing")) == C::UnknownIndicator);
  CHECK(codeOf(tag("a", 0, 0, "bond", Valence::Positive, {}, "engagement.plus.leans_in")) ==
        C::IndicatorOfOtherElement);
  CHECK(codeOf(tag("a", 0, 0, "engagement", Valence::Negative, {}, "engagement.plus.leans_in")) ==
        C::ValenceMismatch);
  CHECK(codeOf(tag("a", -1, 5, "bond")) == C::TimeOutOfRange);
  CHECK(codeOf(tag("a", 0, 10 * kMinute + 1, "bond")) == C::TimeOutOfRange);
  CHECK(codeOf(tag("a", 5, 4, "bond")) == C::EndBeforeStart);

  const auto err = validateAnnotation(
      miniCodebook(), tag("a", 0, 0, "bond", Valence::Positive, {}, "engagement.plus.leans_in"), 0);
  REQUIRE(err);
  CHECK(err->field == "indicator");
  CHECK(err->message.en.find("Leans forward") != std::string::npos);
  CHECK(err->message.nl.find("Emotionele verbondenheid") != std::string::npos);
  const auto late = validateAnnotation(miniCodebook(), tag("a", 0, 11 * kMinute, "bond"), 10 * kMinute);
  REQUIRE(late);
  CHECK(late->field == "end");
  CHECK(late->message.en.find("00:11:00.000") != std::string::npos);
}

TEST_CASE("Ratings must use the scale and the right kind of subject", "[validation]") {
  using C = RatingErrorCode;
  CHECK_FALSE(codeOf(Rating{.subject = "mum", .element = "bond", .value = -3}));
  CHECK_FALSE(codeOf(Rating{.subject = kFamilySubject, .element = "system", .value = 3}));
  CHECK(codeOf(Rating{.subject = "mum", .element = "trust", .value = 0}) == C::UnknownElement);
  CHECK(codeOf(Rating{.subject = "mum", .element = "bond", .value = 4}) == C::ValueOutOfScale);
  CHECK(codeOf(Rating{.subject = "mum", .element = "bond", .value = -4}) == C::ValueOutOfScale);
  CHECK(codeOf(Rating{.subject = "mum", .element = "system", .value = 1}) == C::FamilyElementForPerson);
  CHECK(codeOf(Rating{.subject = kFamilySubject, .element = "safety", .value = 1}) ==
        C::PersonElementForFamily);
  CHECK(codeOf(Rating{.subject = "", .element = "safety", .value = 1}) == C::PersonElementForFamily);
}
