// The coding round's visibility rule (annotate/round.hpp): in a blind round
// a reviewer sees their own work, and after their reveal the work of everyone
// who revealed, the gold standard and the consensus; the facilitator is no
// exception; an open round and no round show everything.
#include "spiegel/annotate/round.hpp"

#include <catch2/catch.hpp>

using namespace spiegel::annotate;

namespace {

Reviewer row(const std::string &id, const std::string &name, const std::string &profile) {
  Reviewer r;
  r.id = id;
  r.name = name;
  r.profile = profile;
  return r;
}

struct Group {
  CodingRound round;
  std::vector<Reviewer> reviewers;
  std::vector<Reveal> reveals;

  Group() {
    round.id = "round-1";
    round.recording = "rec";
    round.blind = true;
    round.startedBy = "p-fac";
    round.members = {{"Anna", "p-anna"}, {"Bram", "p-bram"}, {"Cato", ""}};
    reviewers = {row("r-anna", "Anna", "p-anna"), row("r-bram", "Bram", "p-bram"), row("r-cato", "Cato", "p-cato"),
                 row("r-fac", "Facilitator", "p-fac"), row("r-late", "Dirk", "p-dirk")};
  }
  void reveal(const std::string &profile, const std::string &reviewerRow) {
    reveals.push_back({.id = "rv-" + profile, .round = round.id, .profile = profile, .reviewer = reviewerRow});
  }
  [[nodiscard]] RoundView as(const std::string &profile) const {
    return RoundView(&round, reveals, reviewers, profile);
  }
};

} // namespace

TEST_CASE("round: no round and an open round show everyone's work") {
  Group g;
  const RoundView none;
  CHECK_FALSE(none.blind());
  CHECK(none.shows("anything"));
  g.round.blind = false;
  const auto open = g.as("p-anna");
  CHECK_FALSE(open.blind());
  for (const auto &r : g.reviewers)
    CHECK(open.shows(r.id));
  CHECK(open.status().expected == 3);
  CHECK(open.status().done == 0);
}

TEST_CASE("round: before reveal a member sees only their own work, the facilitator nobody's") {
  Group g;
  g.reveal("p-bram", "r-bram");
  const auto anna = g.as("p-anna");
  CHECK(anna.blind());
  CHECK(anna.shows("r-anna"));
  CHECK_FALSE(anna.shows("r-bram")); // revealed, but Anna has not
  CHECK_FALSE(anna.shows("r-cato"));
  CHECK_FALSE(anna.shows("r-late"));
  CHECK_FALSE(anna.status().iRevealed);
  CHECK(anna.status().iAmMember);

  const auto fac = g.as("p-fac");
  for (const auto &r : g.reviewers)
    CHECK(fac.shows(r.id) == (r.id == "r-fac"));
  CHECK_FALSE(fac.status().iAmMember);
  CHECK(fac.status().expected == 3);
  CHECK(fac.status().done == 1);
  CHECK(fac.waitingFor() == std::vector<std::string>{"Anna", "Cato"});
  CHECK(fac.membersDone() == std::vector<bool>{false, true, false});

  // Without a profile nobody's work is shown.
  const auto nobody = g.as("");
  for (const auto &r : g.reviewers)
    CHECK_FALSE(nobody.shows(r.id));
}

TEST_CASE("round: after reveal a member sees those who revealed, listed or not, and never the others") {
  Group g;
  g.reveal("p-anna", "r-anna");
  g.reveal("p-dirk", "r-late"); // not listed: his work arrived during the round
  auto anna = g.as("p-anna");
  CHECK(anna.status().iRevealed);
  CHECK(anna.shows("r-anna"));
  CHECK(anna.shows("r-late"));
  CHECK_FALSE(anna.shows("r-bram"));
  CHECK_FALSE(anna.shows("r-cato"));
  CHECK_FALSE(anna.shows("r-fac"));
  CHECK(anna.status().done == 1);
  CHECK(anna.status().others == 1);
  CHECK(anna.revealed("r-late"));

  // A member known by name only is done when a row of that name revealed
  // (case-insensitive); a reveal recorded with another copy's row counts
  // for every row of the same profile.
  g.reviewers.push_back(row("r-cato-2", "cato", "p-cato"));
  g.reveal("p-cato", "r-cato-2");
  anna = g.as("p-anna");
  CHECK(anna.shows("r-cato"));
  CHECK(anna.shows("r-cato-2"));
  CHECK(anna.status().done == 2);
  CHECK(anna.waitingFor() == std::vector<std::string>{"Bram"});
  CHECK(g.as("p-cato").status().iAmMember); // listed by name only
  CHECK_FALSE(g.as("p-dirk").status().iAmMember);
}

TEST_CASE("round: the gold standard and the round's consensus are shown after reveal only") {
  Group g;
  auto expert = row("r-gold", "Expert", "p-gold");
  expert.gold = true;
  g.reviewers.push_back(expert);
  g.reviewers.push_back(row("r-cons", "Consensus", consensusProfile(g.round.id)));
  g.reviewers.push_back(row("r-cons-old", "Consensus", consensusProfile("another-round")));
  CHECK(isConsensus(g.reviewers.back()));
  CHECK_FALSE(isConsensus(g.reviewers.front()));

  CHECK_FALSE(g.as("p-anna").shows("r-gold"));
  CHECK_FALSE(g.as("p-anna").shows("r-cons"));
  g.reveal("p-anna", "r-anna");
  CHECK(g.as("p-anna").shows("r-gold"));
  CHECK(g.as("p-anna").shows("r-cons"));
  CHECK_FALSE(g.as("p-anna").shows("r-cons-old"));
}

TEST_CASE("round: the live round of a recording is the newest started") {
  CodingRound a{.id = "a", .recording = "rec", .startedAt = 10};
  CodingRound b{.id = "b", .recording = "rec", .startedAt = 20};
  CodingRound c{.id = "c", .recording = "other", .startedAt = 30};
  CodingRound gone{.id = "d", .recording = "rec", .startedAt = 40, .deleted = true};
  const std::vector<CodingRound> rounds{a, b, c, gone};
  REQUIRE(activeRound(rounds, "rec") != nullptr);
  CHECK(activeRound(rounds, "rec")->id == "b");
  CHECK(activeRound(rounds, "other")->id == "c");
  CHECK(activeRound(rounds, "none") == nullptr);
}
