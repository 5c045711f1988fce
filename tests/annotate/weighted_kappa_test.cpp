#include <catch2/catch.hpp>

#include <cmath>
#include <stdexcept>

#include "spiegel/annotate/rating_agreement.hpp"

using namespace spiegel::annotate;

TEST_CASE("Weighted kappa on the -3..+3 scale", "[agreement]") {
  // Pairs (−3,−3), (0,3), (3,3); 7 categories, distance d = |i−j|/6.
  // Rows −3:1 0:1 3:1; columns −3:1 3:2.
  // Linear w = 1 − d: pₒ = (1 + ½ + 1)/3 = 5/6;
  //   pₑ = (1·1·1 + ½·1·1 + ½·1·2 + 1·1·2)/9 = 4.5/9 = ½; κ = (5/6 − ½)/½ = 2/3.
  // Quadratic w = 1 − d²: w(0,3) = ¾; pₒ = 11/12;
  //   pₑ = (1 + ¾ + ¾·2 + 2)/9 = 7/12; κ = (11/12 − 7/12)/(5/12) = 4/5.
  const std::vector<std::pair<int, int>> pairs = {{-3, -3}, {0, 3}, {3, 3}};
  CHECK(weightedKappa(pairs, KappaWeights::Linear).value_or(std::nan("")) == Approx(2.0 / 3.0));
  CHECK(weightedKappa(pairs, KappaWeights::Quadratic).value_or(std::nan("")) == Approx(4.0 / 5.0));

  // Two categories: both weightings are Cohen's κ (here 20 5 / 10 15 → .4).
  std::vector<std::pair<int, int>> two;
  const auto add = [&two](int x, int y, int times) { two.insert(two.end(), static_cast<std::size_t>(times), {x, y}); };
  add(0, 0, 20);
  add(0, 1, 5);
  add(1, 0, 10);
  add(1, 1, 15);
  CHECK(weightedKappa(two, KappaWeights::Linear, 0, 1).value_or(std::nan("")) == Approx(0.4));
  CHECK(weightedKappa(two, KappaWeights::Quadratic, 0, 1).value_or(std::nan("")) == Approx(0.4));

  CHECK_FALSE(weightedKappa({}, KappaWeights::Linear));
  const std::vector<std::pair<int, int>> same = {{2, 2}, {2, 2}};
  CHECK_FALSE(weightedKappa(same, KappaWeights::Linear)); // pₑ = 1
  const std::vector<std::pair<int, int>> outside = {{4, 0}};
  CHECK_THROWS_AS(weightedKappa(outside, KappaWeights::Linear), std::invalid_argument);
}
