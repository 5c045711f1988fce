#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <set>

#include "spiegel/annotate/event_matching.hpp"
#include "test_codebook.hpp"

using namespace spiegel::annotate;
using namespace spiegel::annotate::test;

namespace {
Annotation point(std::string id, Micros at, std::string element, Valence v = Valence::Positive) {
  return tag(std::move(id), at, at, std::move(element), v);
}
} // namespace

TEST_CASE("Event matching pairs the maximum where nearest-first pairing finds fewer", "[agreement][matching]") {
  // Tolerance 2 s. A: engagement+ at 0 s and 3 s; B: engagement+ at 2 s and
  // 4.5 s. Nearest first takes A3–B2 (1 s apart), and then A0 has no partner
  // (B4.5 is 4.5 s away): 1 pair. The maximum is A0–B2, A3–B4.5.
  const std::vector<Annotation> a = {point("a3", 3 * kSecond, "engagement"), point("a0", 0, "engagement"),
                                     point("a10", 10 * kSecond, "bond", Valence::Negative)};
  const std::vector<Annotation> b = {point("b45", 4'500'000, "engagement"), point("b2", 2 * kSecond, "engagement"),
                                     point("b30", 30 * kSecond, "safety")};
  const EventMatching m = eventMatching(a, b, {});
  // Ordered by A's onset: a0–b2, then a3–b4.5.
  REQUIRE(m.pairs.size() == 2);
  CHECK(m.pairs[0] == EventPair{1, 1});
  CHECK(m.pairs[1] == EventPair{0, 0});
  CHECK(m.onlyA == std::vector<std::size_t>{2});
  CHECK(m.onlyB == std::vector<std::size_t>{2});
  CHECK(m.tolerance == 2 * kSecond);
  const EventAgreement e = eventAgreement(a, b, {});
  CHECK(e.matched == 2);
  CHECK(e.unmatchedA == 1);
  CHECK(e.unmatchedB == 1);
}

TEST_CASE("Event matching: inclusive tolerance, valence in the code, tombstones left out", "[agreement][matching]") {
  std::vector<Annotation> a = {point("a0", 10 * kSecond, "engagement"),
                               point("a1", 20 * kSecond, "engagement", Valence::Negative),
                               point("a2", 40 * kSecond, "bond")};
  std::vector<Annotation> b = {point("b0", 11 * kSecond, "engagement"), // 1 s: within ±1 s
                               point("b1", 20 * kSecond, "engagement"), // other valence
                               point("b2", 40 * kSecond, "bond")};
  b[2].deleted = true;
  const EventMatching m = eventMatching(a, b, {.tolerance = kSecond});
  CHECK(m.pairs == std::vector<EventPair>{{0, 0}});
  CHECK(m.onlyA == std::vector<std::size_t>{1, 2});
  CHECK(m.onlyB == std::vector<std::size_t>{1}); // the tombstone is nowhere
  // One microsecond less tolerance: b0 is too far.
  const EventMatching tight = eventMatching(a, b, {.tolerance = kSecond - 1});
  CHECK(tight.pairs.empty());
  CHECK(tight.onlyA.size() == 3);
  CHECK(tight.onlyB.size() == 2);
}

TEST_CASE("Event matching's pairs are the ones eventAgreement counts, on random tags", "[agreement][matching]") {
  std::mt19937 rng(7);
  std::uniform_int_distribution<Micros> at(0, 60 * kSecond);
  std::uniform_int_distribution<int> which(0, 2);
  const char *elements[] = {"engagement", "bond", "safety"};
  for (int round = 0; round < 40; ++round) {
    std::vector<Annotation> a, b;
    for (int i = 0; i < 30; ++i) {
      a.push_back(point("a" + std::to_string(i), at(rng), elements[which(rng)],
                        which(rng) == 0 ? Valence::Negative : Valence::Positive));
      b.push_back(point("b" + std::to_string(i), at(rng), elements[which(rng)],
                        which(rng) == 0 ? Valence::Negative : Valence::Positive));
    }
    const EventOptions options{.tolerance = 3 * kSecond};
    const EventMatching m = eventMatching(a, b, options);
    const EventAgreement e = eventAgreement(a, b, options);
    CHECK(static_cast<int>(m.pairs.size()) == e.matched);
    CHECK(static_cast<int>(m.onlyA.size()) == e.unmatchedA);
    CHECK(static_cast<int>(m.onlyB.size()) == e.unmatchedB);
    // One-to-one, same code, within tolerance; every tag in exactly one place.
    std::set<std::size_t> seenA(m.onlyA.begin(), m.onlyA.end()), seenB(m.onlyB.begin(), m.onlyB.end());
    for (const EventPair &p : m.pairs) {
      CHECK(a[p.a].element == b[p.b].element);
      CHECK(a[p.a].valence == b[p.b].valence);
      CHECK(std::abs(a[p.a].start - b[p.b].start) <= options.tolerance);
      CHECK(seenA.insert(p.a).second);
      CHECK(seenB.insert(p.b).second);
    }
    CHECK(seenA.size() == a.size());
    CHECK(seenB.size() == b.size());
    CHECK(std::is_sorted(m.pairs.begin(), m.pairs.end(),
                         [&](const EventPair &x, const EventPair &y) { return a[x.a].start < a[y.a].start; }));
  }
}
