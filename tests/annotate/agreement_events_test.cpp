#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <functional>

#include "spiegel/annotate/agreement.hpp"
#include "test_codebook.hpp"

using namespace spiegel::annotate;
using namespace spiegel::annotate::test;

namespace {

Annotation point(Micros at, std::string element, Valence v = Valence::Positive, std::vector<Uuid> people = {}) {
  return tag("t" + std::to_string(at), at, at, std::move(element), v, std::move(people));
}

// A reference maximum matching (Kuhn's augmenting paths over the whole
// bipartite graph) of onsets within tolerance, to check the library's sweep.
int referenceMatching(const std::vector<Micros> &a, const std::vector<Micros> &b, Micros tolerance) {
  std::vector<int> partnerOfB(b.size(), -1);
  int matched = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    std::vector<bool> seen(b.size(), false);
    const std::function<bool(std::size_t)> augment = [&](std::size_t x) {
      for (std::size_t j = 0; j < b.size(); ++j) {
        if (seen[j] || std::abs(a[x] - b[j]) > tolerance)
          continue;
        seen[j] = true;
        if (partnerOfB[j] < 0 || augment(static_cast<std::size_t>(partnerOfB[j]))) {
          partnerOfB[j] = static_cast<int>(x);
          return true;
        }
      }
      return false;
    };
    matched += augment(i) ? 1 : 0;
  }
  return matched;
}

} // namespace

TEST_CASE("Event agreement finds the maximum matching where nearest-first pairing does not", "[agreement]") {
  // Tolerance 2 s. A: engagement+ at 0 s and 2 s; B: engagement+ at 2 s and
  // 4 s. Pairing the nearest first takes A2–B2 (0 s apart) and leaves A0
  // (B4 is 4 s away): 1 pair. The maximum is A0–B2, A2–B4: 2 pairs.
  // A also has bond− at 10 s, B safety+ at 30 s, which nobody matches.
  const std::vector<Annotation> a = {point(0, "engagement"), point(2 * kSecond, "engagement"),
                                     point(10 * kSecond, "bond", Valence::Negative)};
  const std::vector<Annotation> b = {point(4 * kSecond, "engagement"), point(2 * kSecond, "engagement"),
                                     point(30 * kSecond, "safety")};
  const EventAgreement e = eventAgreement(a, b, {});
  CHECK(e.matched == 2);
  CHECK(e.unmatchedA == 1);
  CHECK(e.unmatchedB == 1);
  CHECK(e.tolerance == 2 * kSecond);
  // Table over e+, b−, s+, none: (e+,e+) = 2, (b−,none) = 1, (none,s+) = 1.
  // pₒ = 2/4; rows 2 1 0 1, columns 2 0 1 1: pₑ = (4 + 0 + 0 + 1)/16 = 5/16;
  // κ = (8/16 − 5/16)/(11/16) = 3/11.
  REQUIRE(e.kappa);
  CHECK(*e.kappa == Approx(3.0 / 11.0));
}

TEST_CASE("Event agreement: tolerance inclusive, codes by element and valence", "[agreement]") {
  const std::vector<Annotation> a = {point(10 * kSecond, "engagement")};
  CHECK(eventAgreement(a, std::vector{point(12 * kSecond, "engagement")}, {}).matched == 1);
  CHECK(eventAgreement(a, std::vector{point(12 * kSecond + 1, "engagement")}, {}).matched == 0);
  CHECK(eventAgreement(a, std::vector{point(11 * kSecond, "engagement")}, {.tolerance = kSecond / 2}).matched == 0);

  // The onset of a span is its start.
  const std::vector<Annotation> span = {tag("s", 9 * kSecond, 40 * kSecond, "engagement")};
  CHECK(eventAgreement(a, span, {}).matched == 1);

  // Another valence is another code: (e+,none) = 1, (none,e−) = 1; pₒ = 0,
  // rows 1 0 1, columns 0 1 1: pₑ = 1/4, κ = −(1/4)/(3/4) = −1/3.
  const EventAgreement v = eventAgreement(a, std::vector{point(10 * kSecond, "engagement", Valence::Negative)}, {});
  CHECK(v.matched == 0);
  CHECK(v.unmatchedA == 1);
  CHECK(v.unmatchedB == 1);
  REQUIRE(v.kappa);
  CHECK(*v.kappa == Approx(-1.0 / 3.0));

  // All matched in one code: pₑ = 1, κ undefined.
  const EventAgreement same = eventAgreement(a, a, {});
  CHECK(same.matched == 1);
  CHECK_FALSE(same.kappa);
  CHECK_FALSE(eventAgreement({}, {}, {}).kappa);
}

TEST_CASE("Event agreement: participants in the code on request; tombstones ignored", "[agreement]") {
  const std::vector<Annotation> a = {point(0, "bond", Valence::Positive, {"mum", "son"}),
                                     point(60 * kSecond, "system")};
  const std::vector<Annotation> b = {point(kSecond, "bond", Valence::Positive, {"son", "mum"}),
                                     point(60 * kSecond, "system", Valence::Positive, {kFamilySubject})};
  CHECK(eventAgreement(a, b, {.withParticipants = true}).matched == 2); // order of people and {} ≡ {family}
  const std::vector<Annotation> other = {point(0, "bond", Valence::Positive, {"dad"})};
  CHECK(eventAgreement(a, other, {}).matched == 1);
  const EventAgreement with = eventAgreement(a, other, {.withParticipants = true});
  CHECK(with.matched == 0);
  CHECK(with.withParticipants);

  std::vector<Annotation> gone = b;
  gone[0].deleted = true;
  const EventAgreement g = eventAgreement(a, gone, {});
  CHECK(g.matched == 1);
  CHECK(g.unmatchedA == 1);
  CHECK(g.unmatchedB == 0);
}

TEST_CASE("Event agreement matches as many pairs as augmenting paths do", "[agreement]") {
  std::uint64_t seed = 12345; // a fixed linear congruential sequence: the same cases every run
  const auto next = [&seed](Micros below) {
    seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<Micros>((seed >> 33) % static_cast<std::uint64_t>(below));
  };
  for (int round = 0; round < 200; ++round) {
    std::vector<Annotation> a, b;
    std::vector<Micros> onsetsA, onsetsB;
    const Micros tolerance = 1 + next(3 * kSecond);
    for (int i = 0, count = static_cast<int>(next(12)); i < count; ++i) {
      onsetsA.push_back(next(20 * kSecond));
      a.push_back(point(onsetsA.back(), "safety"));
    }
    for (int i = 0, count = static_cast<int>(next(12)); i < count; ++i) {
      onsetsB.push_back(next(20 * kSecond));
      b.push_back(point(onsetsB.back(), "safety"));
    }
    const EventAgreement e = eventAgreement(a, b, {.tolerance = tolerance});
    INFO("round " << round);
    REQUIRE(e.matched == referenceMatching(onsetsA, onsetsB, tolerance));
    REQUIRE(e.unmatchedA == static_cast<int>(a.size()) - e.matched);
    REQUIRE(e.unmatchedB == static_cast<int>(b.size()) - e.matched);
  }
}
