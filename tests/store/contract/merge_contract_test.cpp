// The contract of project.hpp, run on every backend: exportPackage and
// merge by UUID (rules: store/src/project_merge.cpp).
#include "backends.hpp"

using namespace spiegel;
using namespace spiegel::test;
using store::ErrorCode;

CONTRACT_TEST("exportPackage holds every entity, tombstones too, and changes nothing", "[merge][export]") {
  auto p = filledAt(TestType::freshLocation("export"));
  const auto before = snapshot(p);
  const auto pkg = p.exportPackage();
  CHECK(pkg.formatVersion == store::kPackageFormatVersion);
  CHECK(pkg.project.id == p.info().id);
  CHECK(pkg.exportedAt > 0);
  REQUIRE(pkg.codebook);
  CHECK(pkg.codebook->codebook == smallCodebook());
  CHECK(pkg.recordings.size() == 1);
  CHECK(pkg.participants.size() == 1);
  CHECK(pkg.reviewers.size() == 1);
  CHECK(pkg.annotations.size() == 20);
  CHECK(pkg.annotations.back().value.deleted);
  CHECK(pkg.ratings.size() == 1);
  CHECK(pkg.audit.size() == p.audit().size());
  CHECK(snapshot(p) == before);
}

CONTRACT_TEST("a merge with a bad tag or rating is refused with the entry and changes nothing", "[merge][errors]") {
  auto p = filledAt(TestType::freshLocation("merge-bad"));
  const auto before = snapshot(p);
  // Valid JSON, but a tag the codebook does not know: nothing is imported.
  auto pkg = p.exportPackage();
  for (auto &s : pkg.annotations)
    s.value.id += "0";
  pkg.annotations.back().value.deleted = false;
  pkg.annotations.back().value.element = "nope";
  CHECK(throwsStore([&] { p.merge(pkg, "x.json"); }, ErrorCode::BadValue) == "annotations[19].element");
  pkg.annotations.back().value.element = "bond";
  pkg.annotations.back().value.end = 601'000'000;
  CHECK(throwsStore([&] { p.merge(pkg, "x.json"); }, ErrorCode::BadValue) == "annotations[19].end");
  pkg.ratings.front().value.value = 7;
  pkg.ratings.front().value.id += "0";
  pkg.annotations.pop_back();
  CHECK(throwsStore([&] { p.merge(pkg, "x.json"); }, ErrorCode::BadValue) == "ratings[0].value");
  CHECK(snapshot(p) == before);
}

CONTRACT_TEST("merge: added, idempotent, newer wins, tombstones, conflicts", "[merge]") {
  auto a = filledAt(TestType::freshLocation("merge-a"));
  auto b = store::Project::create(TestType::freshLocation("merge-b"), {.codebook = smallCodebook()});

  SECTION("a second merge of the same file changes nothing") {
    const auto first = b.merge(a.exportPackage(), "a");
    CHECK(first.added == 23);
    const auto snapshot = entities(b);
    const auto second = b.merge(store::parsePackage(store::packageToJson(a.exportPackage()), "a.json"), "a.json");
    CHECK_FALSE(second.changedAnything());
    CHECK(second.conflicts.empty());
    CHECK(entities(b) == snapshot);
  }

  SECTION("the newest edit wins; a tombstone deletes") {
    b.merge(a.exportPackage(), "a");
    auto tags = a.annotations();
    auto edited = tags[0];
    edited.note = "later in A";
    a.updateAnnotation(edited);
    a.deleteAnnotation(tags[1].id);
    const auto r = b.merge(a.exportPackage(), "a");
    CHECK(r.updated == 1);
    CHECK(r.deleted == 1);
    CHECK(r.added == 0);
    CHECK(r.conflicts.empty());
    CHECK(b.annotation(tags[0].id)->note == "later in A");
    CHECK(b.annotation(tags[1].id)->deleted);
    CHECK(b.annotationCount() == 18);
    // An older version coming back does not undo the newer one.
    const auto back = a.merge(b.exportPackage(), "b");
    CHECK_FALSE(back.changedAnything());
    CHECK(entities(a) == entities(b));
  }

  SECTION("an edit made on both sides is a conflict; the newest wins on both") {
    b.merge(a.exportPackage(), "a");
    const auto id = a.annotations()[2].id;
    editNote(b, id, "edited in B");
    editNote(a, id, "edited in A, later");
    const auto r = b.merge(a.exportPackage(), "a");
    REQUIRE(r.conflicts.size() == 1);
    CHECK(r.conflicts.front().id == id);
    CHECK(r.conflicts.front().kind == "annotation");
    CHECK(r.conflicts.front().incomingWon);
    CHECK(b.annotation(id)->note == "edited in A, later");
    // Merging the other way: A already has the winner.
    const auto r2 = a.merge(b.exportPackage(), "b");
    CHECK_FALSE(r2.changedAnything());
    CHECK(a.annotation(id)->note == "edited in A, later");
    // And again: nothing new to report.
    CHECK(b.merge(a.exportPackage(), "a").conflicts.empty());
  }

  SECTION("the local edit wins when it is newer, reported once") {
    b.merge(a.exportPackage(), "a");
    const auto id = a.annotations()[2].id;
    editNote(a, id, "edited in A");
    editNote(b, id, "edited in B, later");
    const auto pkg = a.exportPackage();
    const auto r = b.merge(pkg, "a");
    REQUIRE(r.conflicts.size() == 1);
    CHECK_FALSE(r.conflicts.front().incomingWon);
    CHECK(b.annotation(id)->note == "edited in B, later");
    CHECK(b.merge(pkg, "a").conflicts.empty());
  }

  SECTION("two projects of the same recording merge onto one recording") {
    auto c = projectOn<TestType>("merge-c"); // same fingerprint, its own ids
    c.addAnnotation(tagAt(c, 99));
    c.saveParticipant({.role = "moeder", .alias = "M."});
    const auto r = a.merge(c.exportPackage(), "c");
    CHECK(r.added == 1);
    CHECK(a.recordings().size() == 1);
    CHECK(a.participants().size() == 1);
    CHECK(a.annotationCount() == 20);
  }
}

CONTRACT_TEST("merge: reviewers are the same by profile; only rows known by name alone meet by name",
              "[merge][reviewers]") {
  auto a = store::Project::create(TestType::freshLocation("merge-people-a"), {.codebook = smallCodebook()});
  auto b = store::Project::create(TestType::freshLocation("merge-people-b"), {.codebook = smallCodebook()});
  // Two people called Sanne on two laptops, each with her own profile.
  a.saveReviewer({.id = "pa", .name = "Sanne", .profile = "pa"});
  b.saveReviewer({.id = "pb", .name = "Sanne", .profile = "pb"});
  // Rows from before profiles, one on each side, under one name.
  a.saveReviewer({.name = "Joost"});
  b.saveReviewer({.name = "Joost"});
  b.merge(a.exportPackage(), "a.json");
  int sannes = 0, joosts = 0;
  for (const auto &r : b.reviewers()) {
    sannes += r.name == "Sanne";
    joosts += r.name == "Joost";
    if (r.name == "Sanne")
      CHECK(r.profile == r.id);
  }
  CHECK(sannes == 2); // never merged into one
  CHECK(joosts == 1); // as before profiles: the same name was the same person
  // The profile travels through the JSON package.
  const auto back = store::parsePackage(store::packageToJson(b.exportPackage()), "b.json");
  int withProfile = 0;
  for (const auto &s : back.reviewers)
    withProfile += !s.value.profile.empty();
  CHECK(withProfile == 2);
}
