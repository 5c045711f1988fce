#include <catch2/catch.hpp>

#include "spiegel/annotate/split_alliance.hpp"
#include "test_codebook.hpp"

using namespace spiegel::annotate;
using namespace spiegel::annotate::test;

TEST_CASE("Split-alliance spread per element among family members", "[split]") {
  const Codebook cb = miniCodebook();
  const std::vector<Participant> people = {
      {.id = "mum", .role = "moeder"},
      {.id = "dad", .role = "vader"},
      {.id = "son", .role = "jeugdige"},
      {.id = "pro", .role = "hulpverlener", .kind = ParticipantKind::Professional},
  };
  const std::vector<Rating> ratings = {
      rating("mum", "engagement", 2),
      rating("dad", "engagement", -1),
      rating("son", "engagement", 1),
      rating("pro", "engagement", -3),          // a professional: ignored
      rating("mum", "engagement", -3, "other"), // another reviewer: ignored
      rating("mum", "bond", 1),
      rating("son", "bond", 2),
      rating("mum", "safety", 0, "rev", 1),
      rating("mum", "safety", 2, "rev", 5), // latest counts
      rating(kFamilySubject, "system", 3),
  };
  const auto spreads = splitSpread(cb, ratings, people, "rev");
  REQUIRE(spreads.size() == 3); // engagement, bond, safety; never system
  const SplitSpread &e = spreads[0];
  CHECK(e.element == "engagement");
  CHECK(e.count == 3);
  CHECK(e.min == -1);
  CHECK(e.max == 2);
  CHECK(e.range == 3);
  // values 2, -1, 1: mean 2/3, population variance (16/9 + 25/9 + 1/9) / 3 = 42/27
  CHECK(e.sd == Approx(std::sqrt(42.0 / 27.0)));
  CHECK(e.split);
  CHECK(e.lowest == "dad");
  CHECK(e.highest == "mum");
  CHECK(e.subjects == std::vector<std::string>{"mum", "dad", "son"});

  const SplitSpread &b = spreads[1];
  CHECK(b.range == 1);
  CHECK(b.sd == Approx(0.5));
  CHECK_FALSE(b.split);

  const SplitSpread &s = spreads[2];
  CHECK(s.count == 1);
  CHECK(s.min == 2);
  CHECK(s.sd == 0.0);
  CHECK_FALSE(s.split); // one member cannot be split

  // A stricter threshold flags bond too.
  CHECK(splitSpread(cb, ratings, people, "rev", 1)[1].split);
  CHECK(splitSpread(cb, ratings, people, "nobody").empty());
}
