#include <catch2/catch.hpp>

#include "spiegel/annotate/reviewer_names.hpp"

#include <vector>

using namespace spiegel::annotate;

TEST_CASE("Reviewer names: unique names stay as they are, a clash is numbered in id order", "[reviewers]") {
  std::vector<Reviewer> rs(4);
  rs[0] = {"b-id", "Sanne", "p1"};
  rs[1] = {"c-id", "Joost", "p2"};
  rs[2] = {"a-id", "Sanne", "p3"};
  rs[3] = {"d-id", "Sanne", ""};
  const auto names = reviewerNames(rs);
  CHECK(names.at("a-id") == "Sanne");
  CHECK(names.at("b-id") == "Sanne (2)");
  CHECK(names.at("d-id") == "Sanne (3)");
  CHECK(names.at("c-id") == "Joost");
  // The same rows in another order (another machine's list) give the same names.
  std::vector<Reviewer> other{rs[3], rs[1], rs[0], rs[2]};
  CHECK(reviewerNames(other) == names);
}
