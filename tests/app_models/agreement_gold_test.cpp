// The agreement model on a real project file: the window's inputs (the open
// workspace) and the CLI's (the project as the reader is shown it) give the
// same report; marking the gold standard goes into the file, and a blind
// round keeps a reviewer who has not revealed from being marked.
#include "workspace_fixture.hpp"

#include "viewmodels/agreement_export.hpp"
#include "viewmodels/agreement_gold.hpp"
#include "viewmodels/agreement_input.hpp"

#include "spiegel/review/visibility.hpp"

using namespace spiegel;
using namespace spiegel::test;

namespace {

// Sanne tags engagement+ at 1 s and rates mother 2; Joost tags engagement+
// at 1.5 s and bond+ at 3 s and rates mother 3. Sanne is back at the laptop.
std::unique_ptr<Workspace> sanneAndJoost(const std::string &name) {
  auto ws = newWorkspace(scratch(name));
  const auto family = addFamily(*ws);
  REQUIRE(ws->tagNow(1, false, kSecond));
  REQUIRE(ws->setRating(family[0], "engagement", 2));
  REQUIRE(ws->switchReviewer(joost()));
  REQUIRE(ws->tagNow(1, false, kSecond + kSecond / 2));
  REQUIRE(ws->tagNow(2, false, 3 * kSecond));
  REQUIRE(ws->setRating(family[0], "engagement", 3));
  REQUIRE(ws->switchReviewer(sanne()));
  return ws;
}

const annotate::Reviewer &reviewerNamed(const Workspace &ws, const std::string &name) {
  const auto &all = ws.reviewers();
  const auto it = std::find_if(all.begin(), all.end(), [&](const auto &r) { return r.name == name; });
  REQUIRE(it != all.end());
  return *it;
}

} // namespace

TEST_CASE("Agreement: the window's and the CLI's inputs give one report", "[agreement]") {
  auto ws = sanneAndJoost("agreement_same_report");
  ws->project().setAgreementSettings({.tolerance = kSecond, .unit = kSecond / 2});
  REQUIRE(ws->reload());
  const auto coders = defaultCoders(ws->reviewers(), ws->tags().all(), ws->ratings());
  REQUIRE(coders.size() == 2);
  std::vector<annotate::Uuid> ids;
  for (const auto &r : coders)
    ids.push_back(r.id);
  const AgreementInput fromWindow = agreementInput(*ws, ids);
  CHECK(fromWindow.options.tolerance == kSecond); // defaults are project settings
  CHECK(fromWindow.options.unit == kSecond / 2);

  const auto project = store::Project::open(ws->projectPath(), {.readOnly = true});
  const auto work = review::visibleWork(project, sanne().id);
  const AgreementInput fromCli = agreementInput(project, work, project.recordings().front(),
                                                defaultCoders(work.reviewers, work.tags, work.ratings));
  const std::string a = agreementJson(computeAgreement(fromWindow));
  const std::string b = agreementJson(computeAgreement(fromCli));
  CHECK(a == b);
  const AgreementReport r = computeAgreement(fromWindow);
  REQUIRE(r.pairs.size() == 1);
  CHECK(r.pairs[0].events.matched == 1); // 1 s and 1.5 s within ±1 s
  CHECK(r.pairs[0].events.unmatchedB == 1);
  CHECK(r.pairs[0].timeUnits.unit == kSecond / 2);
}

TEST_CASE("Agreement: marking the gold standard", "[agreement]") {
  auto ws = sanneAndJoost("agreement_gold_mark");
  const annotate::Uuid joostId = reviewerNamed(*ws, "Joost").id;
  CHECK_FALSE(markGold(*ws, joostId, true));
  CHECK(reviewerNamed(*ws, "Joost").gold); // the workspace reloaded
  const auto onFile = store::Project::open(ws->projectPath(), {.readOnly = true}).reviewers();
  CHECK(std::any_of(onFile.begin(), onFile.end(), [&](const auto &r) { return r.id == joostId && r.gold; }));

  const AgreementReport r = computeAgreement(agreementInput(*ws, {reviewerNamed(*ws, "Sanne").id, joostId}));
  REQUIRE(r.gold.size() == 1);
  CHECK(r.names[r.gold[0].trainee] == "Sanne");
  const auto bond = std::find_if(r.gold[0].elements.begin(), r.gold[0].elements.end(),
                                 [](const auto &e) { return e.element == "bond"; });
  REQUIRE(bond != r.gold[0].elements.end());
  CHECK(bond->missed.size() == 1); // Joost's bond+ at 3 s
  CHECK(bond->missed[0].start == 3 * kSecond);

  CHECK_FALSE(markGold(*ws, joostId, false));
  CHECK_FALSE(reviewerNamed(*ws, "Joost").gold);
  CHECK(markGold(*ws, "no-such-reviewer", true)->find("no work you are shown") != std::string::npos);
}

TEST_CASE("Agreement: no gold mark on blind work that is not revealed", "[agreement]") {
  auto ws = sanneAndJoost("agreement_gold_blind");
  const annotate::Uuid sanneId = reviewerNamed(*ws, "Sanne").id;
  REQUIRE(ws->startRound(true, {"Sanne", "Joost"}));
  // Sanne sees only her own work now; she cannot make herself the gold
  // standard before she reveals (her work would show to all who revealed).
  const auto refused = markGold(*ws, sanneId, true);
  REQUIRE(refused);
  CHECK(refused->find("still coding blind") != std::string::npos);
  const auto onFile = store::Project::open(ws->projectPath(), {.readOnly = true}).reviewers();
  CHECK(std::none_of(onFile.begin(), onFile.end(), [](const auto &r) { return r.gold; }));
  // Joost's work is not shown to her: she cannot mark it either.
  const auto joostRow = std::find_if(onFile.begin(), onFile.end(), [](const auto &r) { return r.name == "Joost"; });
  REQUIRE(joostRow != onFile.end());
  CHECK(markGold(*ws, joostRow->id, true));
  // After her reveal she may.
  REQUIRE(ws->reveal());
  CHECK_FALSE(markGold(*ws, sanneId, true));
}
