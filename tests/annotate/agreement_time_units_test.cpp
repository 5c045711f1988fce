#include <catch2/catch.hpp>

#include <cmath>
#include <stdexcept>

#include "spiegel/annotate/agreement.hpp"
#include "test_codebook.hpp"

using namespace spiegel::annotate;
using namespace spiegel::annotate::test;

TEST_CASE("Time-unit kappa over spans", "[agreement]") {
  // 4 s at 1 s: instants 0 1 2 3 4. A e+ [1 s, 3 s]: - e e e -; B e+ [2 s, 4 s]: - - e e e.
  // Agreements at 0, 2, 3: pₒ = 3/5; rows none 2 e 3, columns none 2 e 3:
  // pₑ = (4 + 9)/25 = 13/25; κ = (15 − 13)/(25 − 13) = 1/6.
  const std::vector<Annotation> a = {tag("a", kSecond, 3 * kSecond, "engagement")};
  const std::vector<Annotation> b = {tag("b", 2 * kSecond, 4 * kSecond, "engagement")};
  const TimeUnitAgreement t = timeUnitAgreement(a, b, 4 * kSecond, {});
  CHECK(t.instants == 5);
  CHECK(t.unit == kSecond);
  REQUIRE(t.kappa);
  CHECK(*t.kappa == Approx(1.0 / 6.0));
  // ⌊4.5 s / 1 s⌋ = 4: still 5 instants; half-second units: 9 instants.
  CHECK(timeUnitAgreement(a, b, 4 * kSecond + kSecond / 2, {}).instants == 5);
  CHECK(timeUnitAgreement(a, b, 4 * kSecond, {.unit = kSecond / 2}).instants == 9);
  CHECK_THROWS_AS(timeUnitAgreement(a, b, kSecond, {.unit = 0}), std::invalid_argument);
  CHECK_THROWS_AS(timeUnitAgreement(a, b, -1, {}), std::invalid_argument);
}

TEST_CASE("Time-unit kappa: a point covers the instants within half a unit", "[agreement]") {
  // A point at 2.5 s covers 2 s and 3 s (|t − 2.5 s| ≤ 0.5 s inclusive); one at
  // 2.4 s covers only 2 s. A: - - e e -; B: - - e - -. pₒ = 4/5; rows none 3
  // e 2, columns none 4 e 1: pₑ = (12 + 2)/25; κ = (20 − 14)/(25 − 14) = 6/11.
  const std::vector<Annotation> a = {tag("a", 2'500'000, 2'500'000, "safety")};
  const std::vector<Annotation> b = {tag("b", 2'400'000, 2'400'000, "safety")};
  const TimeUnitAgreement t = timeUnitAgreement(a, b, 4 * kSecond, {});
  REQUIRE(t.kappa);
  CHECK(*t.kappa == Approx(6.0 / 11.0));
}

TEST_CASE("Time-unit kappa: the category is the sorted multiset of active codes", "[agreement]") {
  // The same two codes begun in another order are one category. 3 s: both
  // reviewers {b−, e+} at 0 1 2, none at 3: pₒ = 1, pₑ = (9 + 1)/16, κ = 1.
  const std::vector<Annotation> a = {tag("a1", 0, 2 * kSecond, "engagement"),
                                     tag("a2", 0, 2 * kSecond, "bond", Valence::Negative)};
  const std::vector<Annotation> b = {tag("b1", 0, 2 * kSecond, "bond", Valence::Negative),
                                     tag("b2", 0, 2 * kSecond, "engagement")};
  CHECK(timeUnitAgreement(a, b, 3 * kSecond, {}).kappa.value_or(std::nan("")) == Approx(1.0));

  // Twice e+ is not once e+. 2 s: A e+ [0, 2 s] and an e+ point at 1 s:
  // {e} {e,e} {e}; B {e} {e} {e}. pₒ = 2/3; rows {e} 2 {e,e} 1, columns
  // {e} 3: pₑ = 6/9; κ = 0.
  const std::vector<Annotation> twice = {tag("a", 0, 2 * kSecond, "engagement"),
                                         tag("p", kSecond, kSecond, "engagement")};
  const std::vector<Annotation> once = {tag("b", 0, 2 * kSecond, "engagement")};
  const TimeUnitAgreement t = timeUnitAgreement(twice, once, 2 * kSecond, {});
  REQUIRE(t.kappa);
  CHECK(*t.kappa == Approx(0.0).margin(1e-12));

  // Tombstones are ignored: then both are {e} throughout, pₑ = 1, no κ.
  std::vector<Annotation> gone = twice;
  gone[1].deleted = true;
  CHECK_FALSE(timeUnitAgreement(gone, once, 2 * kSecond, {}).kappa);
}

TEST_CASE("Time-unit kappa: tags past the end are clipped, participants on request", "[agreement]") {
  // 2 s: A e+ mum [1 s, 10 s]: - e e; B e+ dad [1 s, 1 s] point: - e -.
  // Without participants: pₒ = 2/3, rows none 1 e 2, columns none 2 e 1:
  // pₑ = 4/9, κ = (6 − 4)/(9 − 4) = 2/5. With participants nothing but the
  // first instant agrees: pₒ = 1/3, rows none 1 e·mum 2, columns none 2
  // e·dad 1: pₑ = 2/9, κ = (3 − 2)/(9 − 2) = 1/7.
  const std::vector<Annotation> a = {tag("a", kSecond, 10 * kSecond, "engagement", Valence::Positive, {"mum"})};
  const std::vector<Annotation> b = {tag("b", kSecond, kSecond, "engagement", Valence::Positive, {"dad"})};
  const TimeUnitAgreement plain = timeUnitAgreement(a, b, 2 * kSecond, {});
  CHECK(plain.instants == 3);
  CHECK(plain.kappa.value_or(std::nan("")) == Approx(2.0 / 5.0));
  const TimeUnitAgreement with = timeUnitAgreement(a, b, 2 * kSecond, {.withParticipants = true});
  CHECK(with.kappa.value_or(std::nan("")) == Approx(1.0 / 7.0));
  CHECK(with.withParticipants);
}
