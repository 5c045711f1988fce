#include <catch2/catch.hpp>

#include <cmath>
#include <stdexcept>

#include "spiegel/annotate/agreement.hpp"

using namespace spiegel::annotate;

TEST_CASE("Cohen's kappa of a contingency table", "[agreement]") {
  // n = 50, pₒ = 35/50 = .7, rows 25 25, columns 30 20: pₑ = (750 + 500)/2500 = .5, κ = .2/.5.
  const auto k = cohensKappa({{20, 5}, {10, 15}});
  REQUIRE(k);
  CHECK(*k == Approx(0.4));
  CHECK_FALSE(cohensKappa({}));               // empty
  CHECK_FALSE(cohensKappa({{7, 0}, {0, 0}})); // one category throughout: pₑ = 1
  CHECK(cohensKappa({{0, 3}, {3, 0}}).value_or(std::nan("")) == Approx(-1.0));
  CHECK_THROWS_AS(cohensKappa({{1, 2}}), std::invalid_argument);
}
