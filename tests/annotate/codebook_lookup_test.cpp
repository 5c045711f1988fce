#include <catch2/catch.hpp>

#include "spiegel/annotate/types.hpp"

using namespace spiegel::annotate;

TEST_CASE("Codebook looks up elements and indicators by key", "[codebook]") {
  Codebook cb;
  cb.elements.push_back({.key = "engagement"});
  cb.indicators.push_back({.id = "engagement.plus.x", .element = "engagement"});
  REQUIRE(cb.element("engagement") != nullptr);
  CHECK(cb.element("nope") == nullptr);
  REQUIRE(cb.indicator("engagement.plus.x") != nullptr);
  CHECK(cb.indicator("engagement.plus.x")->element == "engagement");
  CHECK(cb.minValue() == -3);
  CHECK(cb.maxValue() == 3);
}
