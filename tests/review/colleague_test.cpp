// Adding a colleague's work (review/colleague.hpp) with real project files:
// each member codes the group's recording in a project of their own; the
// group's project takes in the files of the same recording, refuses the
// others with the Problem that names them, and adding again changes nothing.
#include "review_fixture.hpp"

#include "spiegel/review/colleague.hpp"
#include "spiegel/store/package.hpp"

using namespace spiegel;
using namespace spiegel::test;

namespace {
const Identity kBram{"Bram", annotate::ReviewerRole::Peer, "profile-bram"};

// `who`'s own project dir/NAME.spiegel of the recording at `recording`
// (titled `title`), with `tags` tags of theirs a second apart from `from`.
std::string memberFile(const fs::path &dir, const std::string &name, const std::string &recording, const Identity &who,
                       int tags, int from, const std::string &title = "Gesprek Jansen") {
  const auto codebook = store::loadCodebook(std::string(SPIEGEL_ASSETS_DIR) + "/codebooks/alliance.json");
  const auto path = (dir / (name + ".spiegel")).string();
  auto made = Workspace::createProject(path, {recording, contentPrint(recording), kLength, title}, codebook, who);
  REQUIRE(made);
  for (int i = 0; i < tags; ++i)
    REQUIRE((*made.value)->tagNow(1 + i % 4, false, (from + i) * kSecond));
  return path;
}

std::string groupRecording(const Workspace &ws) {
  return ws.recording().path;
}
} // namespace

TEST_CASE("colleague: two members' files are added in one step, and adding them again changes nothing") {
  const auto dir = scratch("colleague_two");
  auto ws = newWorkspace(dir, joost());
  const auto a = memberFile(dir, "sanne", groupRecording(*ws), sanne(), 3, 5);
  const auto b = memberFile(dir, "bram", groupRecording(*ws), kBram, 2, 20);
  const auto revision = ws->revision();

  auto r = addColleaguesWork(*ws, {a, b});
  REQUIRE(r);
  REQUIRE(r.value->files.size() == 2);
  CHECK(r.value->mergedCount() == 2);
  CHECK(r.value->refusedCount() == 0);
  const auto &sf = r.value->files[0];
  CHECK(sf.name == "sanne.spiegel");
  CHECK(sf.recordingTitle == "Gesprek Jansen");
  CHECK(sf.reviewers == std::vector<std::string>{"Sanne"});
  CHECK(sf.tags == 3);
  CHECK(sf.ratings == 0);
  CHECK(sf.report.added == 4); // her reviewer row and three tags
  CHECK(r.value->files[1].report.added == 3);
  CHECK(r.value->total.added == 7);
  // The workspace shows them at once.
  CHECK(ws->revision() != revision);
  CHECK(ws->tags().size() == 5);
  CHECK(ownersOfShownTags(*ws) == std::vector<std::string>{"Bram", "Sanne"});
  CHECK(ws->project().recordings().size() == 1); // the same recording, matched by fingerprint

  const auto again = addColleaguesWork(*ws, {a, b});
  REQUIRE(again);
  CHECK(again.value->mergedCount() == 2);
  CHECK_FALSE(again.value->total.changedAnything());
  CHECK(ws->tags().size() == 5);
}

TEST_CASE("colleague: the group's own file, another recording, no fingerprint and a broken file are refused by name") {
  const auto dir = scratch("colleague_refused");
  auto ws = newWorkspace(dir, joost());
  const auto good = memberFile(dir, "sanne", groupRecording(*ws), sanne(), 2, 5);
  // Bram coded another family's conversation.
  const auto otherRec = (dir / "ander.mp4").string();
  std::ofstream(otherRec) << "another recording";
  const auto other = memberFile(dir, "bram", otherRec, kBram, 2, 5, "Gesprek De Vries");
  // A package whose recording says nothing of its content.
  auto pkg = store::readPackage(good);
  for (auto &rec : pkg.recordings)
    rec.value.fingerprint.clear();
  const auto noPrint = (dir / "zonder.json").string();
  store::writeTextFile(noPrint, store::packageToJson(pkg));
  const auto text = (dir / "notities.spiegel").string();
  std::ofstream(text) << "not a project";
  const auto before = ws->project().annotationCount();

  SECTION("the good file is merged, each other one says why not") {
    auto r = addColleaguesWork(*ws, {ws->projectPath(), other, noPrint, text, good});
    REQUIRE(r);
    const auto &f = r.value->files;
    REQUIRE(f.size() == 5);
    CHECK(f[0].refusal.problem == Problem::SameProject);
    CHECK(f[0].refusal.subject == "opname.spiegel");
    CHECK(f[1].refusal.problem == Problem::NotSameRecording);
    CHECK(f[1].refusal.subject == "bram.spiegel");
    CHECK(f[1].refusal.detail == "Gesprek De Vries");
    CHECK(f[2].refusal.problem == Problem::NoFingerprint);
    CHECK(f[2].refusal.subject == "zonder.json");
    CHECK(f[3].refusal.problem == Problem::Store);
    REQUIRE(f[3].refusal.store);
    CHECK(f[3].refusal.store->code() == store::ErrorCode::BadPackage);
    for (int i = 0; i < 4; ++i)
      CHECK_FALSE(f[static_cast<std::size_t>(i)].merged);
    CHECK(f[4].merged);
    CHECK_FALSE(f[4].refusal);
    CHECK(r.value->mergedCount() == 1);
    CHECK(r.value->refusedCount() == 4);
    CHECK(ws->project().annotationCount() == before + 2);
    CHECK(ownersOfShownTags(*ws) == std::vector<std::string>{"Sanne"});
  }
  SECTION("all or nothing: one refused file and nothing is merged") {
    const auto audit = ws->project().audit().size();
    auto r = addColleaguesWork(*ws, {good, other}, ColleaguePolicy::AllOrNothing);
    REQUIRE(r);
    CHECK(r.value->mergedCount() == 0);
    CHECK(r.value->refusedCount() == 1);
    CHECK_FALSE(r.value->files[0].merged);
    CHECK_FALSE(r.value->files[0].refusal);
    CHECK(ws->project().annotationCount() == before);
    CHECK(ws->project().audit().size() == audit);
  }
}

TEST_CASE("colleague: a file whose entries the store refuses is refused, the others still arrive") {
  const auto dir = scratch("colleague_bad_entry");
  auto ws = newWorkspace(dir, joost());
  const auto good = memberFile(dir, "sanne", groupRecording(*ws), sanne(), 2, 5);
  auto pkg = store::readPackage(memberFile(dir, "bram", groupRecording(*ws), kBram, 2, 5));
  pkg.annotations.back().value.element = "nope";
  const auto bad = (dir / "bram.json").string();
  store::writeTextFile(bad, store::packageToJson(pkg));

  auto r = addColleaguesWork(*ws, {bad, good});
  REQUIRE(r);
  const auto &f = r.value->files;
  CHECK(f[0].refusal.problem == Problem::Store);
  REQUIRE(f[0].refusal.store);
  CHECK(f[0].refusal.store->code() == store::ErrorCode::BadValue);
  CHECK(f[0].refusal.store->field() == "annotations[1].element");
  CHECK_FALSE(f[0].merged);
  CHECK(f[1].merged);
  CHECK(ownersOfShownTags(*ws) == std::vector<std::string>{"Sanne"});
}

TEST_CASE("colleague: work added during a blind round stays hidden until its member reveals") {
  const auto dir = scratch("colleague_blind");
  auto ws = newWorkspace(dir, joost());
  REQUIRE(ws->startRound(true, {"Sanne", "Bram"}));
  const auto a = memberFile(dir, "sanne", groupRecording(*ws), sanne(), 3, 5);
  const auto b = memberFile(dir, "bram", groupRecording(*ws), kBram, 2, 20);

  auto r = addColleaguesWork(*ws, {a, b});
  REQUIRE(r);
  CHECK(r.value->mergedCount() == 2);
  CHECK(ws->project().annotationCount() == 5);
  CHECK(ws->tags().size() == 0); // the facilitator sees only the status
  CHECK(ws->roundView().status().expected == 2);
  REQUIRE(ws->switchReviewer(sanne()));
  CHECK(ownersOfShownTags(*ws) == std::vector<std::string>{"Sanne"});
  REQUIRE(ws->reveal());
  REQUIRE(ws->switchReviewer(kBram));
  CHECK(ownersOfShownTags(*ws) == std::vector<std::string>{"Bram"});
  REQUIRE(ws->reveal());
  CHECK(ownersOfShownTags(*ws) == std::vector<std::string>{"Bram", "Sanne"});
}
