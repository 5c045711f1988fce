// The contract of project.hpp, run on every backend: coding rounds and
// their reveals (stored, exported, merged; a reveal is never taken back).
#include "backends.hpp"

#include "spiegel/store/package.hpp"
#include "spiegel/store/uuid.hpp"

using namespace spiegel;
using namespace spiegel::test;
using store::ErrorCode;

namespace {

annotate::CodingRound blindRound(const store::Project &p) {
  return {.recording = p.recordings().front().id,
          .blind = true,
          .members = {{"Lisa", "p-lisa"}, {"Mo", ""}},
          .startedBy = "p-fac",
          .startedByName = "Fenna"};
}

} // namespace

CONTRACT_TEST("rounds: saved with an id, read back, a tombstone hides, an unknown recording refused", "[rounds]") {
  auto p = projectOn<TestType>("rounds");
  const auto r = p.saveRound(blindRound(p));
  CHECK(r.id.size() == 36);
  CHECK(r.startedAt > 0);
  REQUIRE(p.rounds().size() == 1);
  CHECK(p.rounds().front() == r);
  CHECK(p.rounds().front().members == std::vector<annotate::RoundMember>{{"Lisa", "p-lisa"}, {"Mo", ""}});

  auto open = r;
  open.blind = false;
  const auto saved = p.saveRound(open);
  CHECK(saved.updatedAt > r.updatedAt);
  CHECK_FALSE(p.rounds().front().blind);
  CHECK(p.rounds().size() == 1);

  auto gone = saved;
  gone.deleted = true;
  p.saveRound(gone);
  CHECK(p.rounds().empty());
  CHECK(p.rounds(true).size() == 1);

  auto bad = blindRound(p);
  bad.recording = kUnknownId;
  CHECK(throwsStore([&] { p.saveRound(bad); }, ErrorCode::BadValue) == "recording");
}

CONTRACT_TEST("reveals: one per profile and round, audited, checked", "[rounds]") {
  auto p = projectOn<TestType>("reveals");
  const auto lisa = p.saveReviewer({.name = "Lisa", .profile = "p-lisa"});
  const auto r = p.saveRound(blindRound(p));
  const auto auditBefore = p.audit().size();
  const auto first = p.addReveal({.round = r.id, .profile = "p-lisa", .reviewer = lisa.id});
  CHECK(first.id.size() == 36);
  CHECK(first.at > 0);
  CHECK(p.audit().size() == auditBefore + 1);
  CHECK(p.audit().back().action == "reveal");
  // Twice is once: the first reveal comes back, nothing is written.
  const auto again = p.addReveal({.round = r.id, .profile = "p-lisa", .reviewer = lisa.id});
  CHECK(again == first);
  CHECK(p.reveals().size() == 1);
  CHECK(p.audit().size() == auditBefore + 1);

  CHECK(throwsStore([&] { p.addReveal({.round = kUnknownId, .profile = "p-lisa"}); }, ErrorCode::BadValue) == "round");
  CHECK(throwsStore([&] { p.addReveal({.round = r.id, .profile = "p-x", .reviewer = kUnknownId}); },
                    ErrorCode::BadValue) == "reviewer");
  CHECK(throwsStore([&] { p.addReveal({.round = r.id}); }, ErrorCode::BadValue) == "profile");
  CHECK(p.reveals().size() == 1);
}

CONTRACT_TEST("rounds and reveals travel in the package, merge idempotently, and a reveal stays", "[rounds][merge]") {
  auto a = projectOn<TestType>("rounds-merge-a");
  const auto lisa = a.saveReviewer({.name = "Lisa", .profile = "p-lisa", .gold = true});
  const auto round = a.saveRound(blindRound(a));
  a.addReveal({.round = round.id, .profile = "p-lisa", .reviewer = lisa.id});
  auto consensus = tagAt(a, 12);
  consensus.reviewer = lisa.id;
  consensus.agreedBy = {lisa.id};
  a.addAnnotation(consensus);

  // Through the JSON text, as a colleague's file arrives.
  const auto pkg = store::parsePackage(store::packageToJson(a.exportPackage()), "a.json");
  REQUIRE(pkg.rounds.size() == 1);
  REQUIRE(pkg.reveals.size() == 1);
  CHECK(pkg.rounds.front().value == round);
  CHECK(pkg.reveals.front().value.profile == "p-lisa");
  REQUIRE(pkg.reviewers.size() == 1);
  CHECK(pkg.reviewers.front().value.gold);
  CHECK(pkg.annotations.front().value.agreedBy == std::vector<std::string>{lisa.id});

  auto b = store::Project::create(TestType::freshLocation("rounds-merge-b"), {.codebook = smallCodebook()});
  const auto first = b.merge(pkg, "a.json");
  CHECK(first.conflicts.empty());
  REQUIRE(b.rounds().size() == 1);
  CHECK(b.rounds().front().id == round.id); // one round on every copy
  REQUIRE(b.reveals().size() == 1);
  CHECK(b.reviewers().front().gold);
  const auto merged = b.annotations();
  REQUIRE(merged.size() == 1);
  REQUIRE(merged.front().agreedBy.size() == 1);
  CHECK(merged.front().agreedBy.front() == b.reviewers().front().id);
  const auto after = entities(b);
  CHECK_FALSE(b.merge(pkg, "a.json").changedAnything());
  CHECK(entities(b) == after);

  // A reveal made again on another copy is the same reveal; a tombstone of
  // one is read as live.
  auto twin = pkg;
  twin.reveals.front().value.id = store::newUuid();
  twin.reveals.front().value.deleted = true;
  twin.reveals.front().value.updatedAt += 1000;
  b.merge(twin, "twin.json");
  REQUIRE(b.reveals().size() == 1);
  CHECK_FALSE(b.reveals().front().deleted);

  // A reveal of a round nobody has is refused with its entry.
  auto orphan = pkg;
  orphan.rounds.clear();
  orphan.reveals.front().value.round = kUnknownId;
  orphan.reveals.front().value.id = store::newUuid();
  auto c = store::Project::create(TestType::freshLocation("rounds-merge-c"), {.codebook = smallCodebook()});
  CHECK(throwsStore([&] { c.merge(orphan, "o.json"); }, ErrorCode::BadValue) == "reveals[0].round");
}

CONTRACT_TEST("agreement settings: 2 s and 1 s by default, kept, checked", "[rounds][settings]") {
  auto p = projectOn<TestType>("agreement-settings");
  CHECK(p.info().agreement == store::AgreementSettings{2'000'000, 1'000'000});
  p.setAgreementSettings({500'000, 250'000});
  CHECK(p.info().agreement == store::AgreementSettings{500'000, 250'000});
  CHECK(throwsStore([&] { p.setAgreementSettings({0, 1'000'000}); }, ErrorCode::BadValue) == "tolerance");
  CHECK(throwsStore([&] { p.setAgreementSettings({1'000'000, -1}); }, ErrorCode::BadValue) == "unit");
  CHECK(p.info().agreement.tolerance == 500'000);
}
