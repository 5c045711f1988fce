// A coding round in the workspace: in a blind round each member is shown
// only their own tags and ratings until they reveal, the facilitator sees
// only the status, and a reveal is final for that member's coding.
#include "review_fixture.hpp"

#include "spiegel/annotate/types.hpp"

using namespace spiegel;
using namespace spiegel::test;

namespace {
const Identity kBram{"Bram", annotate::ReviewerRole::Peer, "profile-bram"};
} // namespace

TEST_CASE("round: blind coding, reveal, and a revealed member's coding stays as it is") {
  // Joost facilitates; Sanne and Bram code.
  auto ws = newWorkspace(scratch("blind_round"), joost());
  REQUIRE(ws->startRound(true, {"Sanne", " Bram ", ""}));
  REQUIRE(ws->round() != nullptr);
  CHECK(ws->round()->members.size() == 2);
  CHECK(ws->startRound(true, {}).error.problem == Problem::RoundRunning);

  REQUIRE(ws->switchReviewer(sanne()));
  REQUIRE(ws->tagNow(1, false, 2 * kSecond));
  const std::string subject = annotate::kFamilySubject;
  REQUIRE(ws->setRating(subject, "system", 2));
  REQUIRE(ws->switchReviewer(kBram));
  CHECK(ws->tags().size() == 0); // Sanne's tag is not Bram's to see
  CHECK(ws->ratings().empty());
  REQUIRE(ws->tagNow(2, true, 3 * kSecond));
  CHECK(ownersOfShownTags(*ws) == std::vector<std::string>{"Bram"});

  // The facilitator sees nobody's work, only who is done.
  REQUIRE(ws->switchReviewer(joost()));
  CHECK(ws->tags().size() == 0);
  CHECK(ws->roundView().status().expected == 2);
  CHECK(ws->roundView().status().done == 0);
  CHECK(ws->roundView().waitingFor() == std::vector<std::string>{"Sanne", "Bram"});

  // Sanne reveals: Bram has not, so she still sees only her own.
  REQUIRE(ws->switchReviewer(sanne()));
  CHECK(ws->reveal());
  CHECK(ws->roundView().status().iRevealed);
  CHECK(ownersOfShownTags(*ws) == std::vector<std::string>{"Sanne"});
  CHECK(ws->reveal()); // twice is once
  CHECK(ws->project().reveals().size() == 1);
  CHECK(ws->project().audit().back().action == "reveal");
  // Her coding is final: no new tag, no edit, no rating, nothing to undo.
  CHECK_FALSE(ws->canUndo());
  CHECK(ws->tagNow(3, false, 5 * kSecond).error.problem == Problem::RevealedFinal);
  const auto hers = ws->tags().all().front().id;
  CHECK(ws->setNote(hers, "later").error.problem == Problem::RevealedFinal);
  CHECK(ws->deleteTag(hers).error.problem == Problem::RevealedFinal);
  CHECK(ws->setRating(subject, "system", -1).error.problem == Problem::RevealedFinal);

  // Bram reveals: now each sees both.
  REQUIRE(ws->switchReviewer(kBram));
  REQUIRE(ws->reveal());
  CHECK(ownersOfShownTags(*ws) == std::vector<std::string>{"Bram", "Sanne"});
  CHECK(ws->ratings().size() == 1);
  REQUIRE(ws->switchReviewer(sanne()));
  CHECK(ownersOfShownTags(*ws) == std::vector<std::string>{"Bram", "Sanne"});
  // The facilitator, who never revealed, still sees nothing but the status.
  REQUIRE(ws->switchReviewer(joost()));
  CHECK(ws->tags().size() == 0);
  CHECK(ws->roundView().status().done == 2);
  CHECK(ws->roundView().waitingFor().empty());
}

TEST_CASE("round: an open round shows everyone's work and freezes nobody") {
  auto ws = newWorkspace(scratch("open_round"), sanne());
  CHECK(ws->reveal().error.problem == Problem::NoRound);
  REQUIRE(ws->tagNow(1, false, kSecond));
  REQUIRE(ws->startRound(false, {"Sanne", "Bram"}));
  REQUIRE(ws->switchReviewer(kBram));
  CHECK(ws->tags().size() == 1);
  REQUIRE(ws->reveal());
  CHECK(ws->tagNow(2, false, 2 * kSecond));
  CHECK(ws->tags().size() == 2);
}

TEST_CASE("round: work that arrives during a blind round is hidden, listed or not") {
  const auto dir = scratch("late_work");
  std::string path;
  {
    auto ws = newWorkspace(dir, joost());
    REQUIRE(ws->startRound(true, {"Sanne"}));
    path = ws->projectPath();
  }
  {
    // Dirk, not a member, codes on his own (here: straight into the file).
    auto p = store::Project::open(path);
    const auto dirk = p.saveReviewer({.name = "Dirk", .profile = "profile-dirk"});
    annotate::Annotation a;
    a.recording = p.recordings().front().id;
    a.reviewer = dirk.id;
    a.start = a.end = 4 * kSecond;
    a.element = "bond";
    p.addAnnotation(a);
  }
  auto opened = Workspace::openProject(path, sanne());
  REQUIRE(opened);
  auto &ws = **opened.value;
  CHECK(ws.tags().size() == 0);
  CHECK(ws.reviewers().empty());  // nobody shown yet, Dirk included
  CHECK(ws.reviewer(ws.project().reviewers().back().id) != nullptr); // but named
  REQUIRE(ws.reveal());
  CHECK(ws.tags().size() == 0); // Dirk has not revealed
  CHECK(ws.roundView().status().done == 1);
}

TEST_CASE("round: after reveal the group agrees consensus ratings and tags, with who agreed") {
  auto ws = newWorkspace(scratch("consensus"), joost());
  REQUIRE(ws->startRound(true, {"Sanne", "Bram"}));
  REQUIRE(ws->switchReviewer(sanne()));
  const auto hers = *ws->tagNow(1, false, 2 * kSecond).value;
  const std::string family = annotate::kFamilySubject;
  // Before her reveal: no consensus, and nobody else's to agree on.
  CHECK(ws->setConsensusRating(family, "system", 1).error.problem == Problem::RevealFirst);
  CHECK(ws->promoteToConsensus(hers).error.problem == Problem::RevealFirst);
  REQUIRE(ws->reveal());
  REQUIRE(ws->switchReviewer(kBram));
  REQUIRE(ws->tagNow(2, false, 3 * kSecond));
  REQUIRE(ws->reveal());

  // Bram writes the consensus; both who revealed agreed it.
  REQUIRE(ws->setConsensusRating(family, "system", 2, "samen besproken"));
  const auto *c = ws->consensusRating(family, "system");
  REQUIRE(c != nullptr);
  CHECK(c->value == 2);
  CHECK(c->agreedBy.size() == 2);
  const auto consensus = ws->consensusReviewerId();
  REQUIRE(consensus);
  CHECK(annotate::isConsensus(*ws->reviewer(*consensus)));
  const auto agreed = *ws->promoteToConsensus(hers).value;
  const auto *tag = ws->tags().find(agreed);
  REQUIRE(tag != nullptr);
  CHECK(ws->isConsensusTag(*tag));
  CHECK(tag->start == ws->tags().find(hers)->start);
  CHECK(ws->promoteToConsensus(agreed).value == agreed); // agreed already
  // Any member who revealed may edit the consensus, and undo it; their own
  // coding stays frozen.
  REQUIRE(ws->switchReviewer(sanne()));
  CHECK(ws->setNote(agreed, "dit was het kantelpunt"));
  CHECK(ws->setConsensusRating(family, "system", 1));
  REQUIRE(ws->undo());
  CHECK(ws->consensusRating(family, "system")->value == 2);
  CHECK(ws->setNote(hers, "nee").error.problem == Problem::RevealedFinal);
  // The facilitator, who never revealed, sees none of it.
  REQUIRE(ws->switchReviewer(joost()));
  CHECK(ws->consensusRating(family, "system") == nullptr);
  CHECK(ws->tags().size() == 0);
  CHECK(ws->setConsensusRating(family, "system", 0).error.problem == Problem::RevealFirst);
}
