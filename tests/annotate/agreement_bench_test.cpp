#include <catch2/catch.hpp>

#include <chrono>
#include <cstdint>

#include "spiegel/annotate/agreement.hpp"
#include "test_codebook.hpp"

using namespace spiegel::annotate;
using namespace spiegel::annotate::test;

// Hidden ([.bench]): run by name in a Release build. The budget is
// 1 s for 8 reviewers x 2 000 tags on a 90-minute recording, every one of
// the 28 pairs with both kappas at 1 s units. It prints the time; it asserts
// no time, only that the work was done.
TEST_CASE("Agreement of 8 reviewers x 2000 tags over 90 minutes", "[.bench]") {
  constexpr Micros kDuration = 90 * kMinute;
  const char *const elements[] = {"engagement", "bond", "safety", "system"};
  std::uint64_t seed = 2026; // a fixed linear congruential sequence
  const auto next = [&seed](std::uint64_t below) {
    seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    return (seed >> 33) % below;
  };
  std::vector<std::vector<Annotation>> reviewers(8);
  for (auto &tags : reviewers)
    for (int i = 0; i < 2000; ++i) {
      const auto start = static_cast<Micros>(next(static_cast<std::uint64_t>(kDuration)));
      const Micros length = next(2) == 0 ? 0 : static_cast<Micros>(next(30 * kSecond));
      tags.push_back(tag("t" + std::to_string(i), start, start + length, elements[next(4)],
                         next(2) == 0 ? Valence::Positive : Valence::Negative));
    }

  const auto began = std::chrono::steady_clock::now();
  int pairs = 0;
  long instants = 0, matched = 0;
  for (std::size_t i = 0; i < reviewers.size(); ++i)
    for (std::size_t j = i + 1; j < reviewers.size(); ++j) {
      matched += eventAgreement(reviewers[i], reviewers[j], {}).matched;
      instants += timeUnitAgreement(reviewers[i], reviewers[j], kDuration, {}).instants;
      ++pairs;
    }
  const auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - began).count();
  WARN("28 pairs, event and time-unit kappa: " << ms << " ms");
  CHECK(pairs == 28);
  CHECK(instants == 28L * 5401);
  CHECK(matched > 0);
}
