// A reviewer is their profile (a UUID), not their name: two people called
// Sanne stay two, typing a colleague's name makes a new reviewer, and a
// profile migrated from before profiles finds its own old work.
#include "review_fixture.hpp"

#include "spiegel/store/project.hpp"

using namespace spiegel;
using namespace spiegel::test;

namespace {
const Identity kOtherSanne{"Sanne", annotate::ReviewerRole::Peer, "profile-sanne-elsewhere"};
}

TEST_CASE("identity: two people with one name are two reviewers, each owning only their tags") {
  auto ws = newWorkspace(scratch("two_sannes"));
  const auto hers = *ws->tagNow(1, false, kSecond).value;
  REQUIRE(ws->switchReviewer(kOtherSanne));
  CHECK_FALSE(ws->currentReviewerId().has_value()); // the name found nobody
  // Told apart before her first edit too: the other Sanne's tags are never
  // shown as if they were hers.
  CHECK(ws->reviewerNames().size() == 2);
  CHECK((ws->myName() == "Sanne (2)") == (ws->ownerName(*ws->tags().find(hers)) == "Sanne"));
  CHECK(ws->ownerName(*ws->tags().find(hers)) != ws->reviewerNames().at(kOtherSanne.id));
  const auto mine = *ws->tagNow(2, false, 2 * kSecond).value;
  REQUIRE(ws->reviewers().size() == 2);
  CHECK(ws->reviewers()[0].profile != ws->reviewers()[1].profile);
  for (const auto &r : ws->reviewers())
    CHECK(r.id == r.profile); // one row per profile, under the profile's id

  const auto refused = ws->deleteTag(hers).error;
  CHECK(refused.problem == Problem::NotYours);
  CHECK(ws->deleteTag(mine));
  // Shown apart wherever names are read.
  const auto &names = ws->reviewerNames();
  std::vector<std::string> shown;
  for (const auto &r : ws->reviewers())
    shown.push_back(names.at(r.id));
  std::sort(shown.begin(), shown.end());
  CHECK(shown == std::vector<std::string>{"Sanne", "Sanne (2)"});
  CHECK(refused.subject == names.at(ws->tags().find(hers)->reviewer));
}

TEST_CASE("identity: a migrated profile claims its one name-only row from before profiles, once") {
  const auto dir = scratch("legacy");
  std::string path, oldTag;
  {
    auto ws = newWorkspace(dir, joost());
    REQUIRE(ws->tagNow(1, false, kSecond)); // Joost, a profile of today
    path = ws->projectPath();
  }
  {
    // What a version before profiles wrote: a row known only by name.
    auto p = store::Project::open(path);
    const auto old = p.saveReviewer({.name = "Sanne", .role = annotate::ReviewerRole::Trainee});
    CHECK(old.profile.empty());
    annotate::Annotation a;
    a.recording = p.recordings().front().id;
    a.reviewer = old.id;
    a.start = a.end = 3 * kSecond;
    a.element = "bond";
    oldTag = p.addAnnotation(a).id;
  }
  // A newcomer who types "Sanne" (no legacy name) does not get it.
  {
    auto opened = Workspace::openProject(path, Identity{"Sanne", annotate::ReviewerRole::Trainee, "profile-new"});
    REQUIRE(opened);
    CHECK((*opened.value)->deleteTag(oldTag).error.problem == Problem::NotYours);
  }
  // Sanne's own profile, migrated from her old name-only identity file, does.
  const Identity migrated{"Sanne", annotate::ReviewerRole::Trainee, "profile-sanne-migrated", "Sanne"};
  {
    auto opened = Workspace::openProject(path, migrated);
    REQUIRE(opened);
    auto &ws = **opened.value;
    REQUIRE(ws.tags().find(oldTag) != nullptr);
    CHECK(ws.canEdit(*ws.tags().find(oldTag)));
    REQUIRE(ws.setNote(oldTag, "van vroeger")); // the first edit writes the claim
    const auto *row = ws.reviewer(ws.tags().find(oldTag)->reviewer);
    REQUIRE(row != nullptr);
    CHECK(row->profile == migrated.id);
    CHECK(ws.reviewers().size() == 2); // no new row
  }
  // Claimed: another migrated "Sanne" (a second old laptop) cannot take it.
  const Identity secondOld{"Sanne", annotate::ReviewerRole::Trainee, "profile-sanne-2", "Sanne"};
  auto opened = Workspace::openProject(path, secondOld);
  REQUIRE(opened);
  CHECK((*opened.value)->deleteTag(oldTag).error.problem == Problem::NotYours);
}

TEST_CASE("identity: two name-only rows of one name are ambiguous, and neither is claimed") {
  const auto dir = scratch("legacy_twice");
  std::string path;
  {
    auto ws = newWorkspace(dir, joost());
    path = ws->projectPath();
  }
  {
    auto p = store::Project::open(path);
    p.saveReviewer({.name = "Sanne"});
    p.saveReviewer({.name = "Sanne"});
  }
  auto opened = Workspace::openProject(path, Identity{"Sanne", {}, "p", "Sanne"});
  REQUIRE(opened);
  CHECK_FALSE((*opened.value)->currentReviewerId().has_value());
  REQUIRE((*opened.value)->tagNow(1, false, kSecond));
  CHECK((*opened.value)->reviewers().size() == 3); // a row of its own
}
