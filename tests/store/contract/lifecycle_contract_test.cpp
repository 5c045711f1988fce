// The contract of project.hpp, run on every backend: create, open,
// durability, all-or-nothing, schema versions, read-only, several writers.
#include "backends.hpp"

#include <thread>

using namespace spiegel;
using namespace spiegel::test;
using store::ErrorCode;

CONTRACT_TEST("create makes an empty project; a second create at the place is refused", "[create]") {
  const auto location = TestType::freshLocation("create");
  std::string id;
  {
    auto p = store::Project::create(location, {.title = "Gesprek", .codebook = smallCodebook(), .actor = "lisa"});
    CHECK(p.path() == location);
    CHECK_FALSE(p.readOnly());
    CHECK(p.integrityOk());
    const auto info = p.info();
    id = info.id;
    CHECK(id.size() == 36);
    CHECK(info.title == "Gesprek");
    CHECK(info.createdAt > 0);
    CHECK(info.schemaVersion == store::latestSchemaVersion());
    CHECK(p.codebook() == smallCodebook());
    CHECK(p.recordings().empty());
    CHECK(p.annotations().empty());
    CHECK(p.ratings().empty());
    const auto audit = p.audit();
    REQUIRE(audit.size() == 1);
    CHECK(audit.front().action == "create");
    CHECK(audit.front().actor == "lisa");
  }
  CHECK(throwsStore([&] { (void)store::Project::create(location, {.title = "Other"}); }, ErrorCode::Io) == "-");
  auto again = store::Project::open(location);
  CHECK(again.info().id == id);
  CHECK(again.info().title == "Gesprek");
}

CONTRACT_TEST("open where no project is gives NotFound", "[open][errors]") {
  const auto location = TestType::freshLocation("open-none");
  CHECK(throwsStore([&] { (void)store::Project::open(location); }, ErrorCode::NotFound) == "-");
  CHECK(throwsStore([&] { (void)store::Project::open(location, {.readOnly = true}); }, ErrorCode::NotFound) == "-");
}

CONTRACT_TEST("a project keeps every entity across close and open", "[open][durable]") {
  const auto location = TestType::freshLocation("roundtrip");
  std::string tagId, ratingId;
  {
    auto p = makeProjectAt(location);
    auto mother = p.saveParticipant({.role = "moeder"});
    auto lisa = p.saveReviewer({.name = "Lisa", .role = annotate::ReviewerRole::Trainer});
    auto a = tagAt(p, 12.5);
    a.end = 20'000'000;
    a.indicator = "bond.plus.smiles";
    a.participants = {mother.id};
    a.reviewer = lisa.id;
    a.note = "kijkt naar moeder; \"mooi\"";
    tagId = p.addAnnotation(a).id;
    ratingId = p.setRating({.recording = a.recording, .reviewer = lisa.id, .subject = mother.id, .element = "bond",
                            .value = 2, .rationale = "warm"})
                   .id;
  }
  auto p = store::Project::open(location);
  CHECK(p.integrityOk());
  CHECK(p.info().title == "Gesprek");
  CHECK(p.info().schemaVersion == store::latestSchemaVersion());
  CHECK(p.codebook() == smallCodebook());
  REQUIRE(p.annotations().size() == 1);
  const auto a = p.annotations().front();
  CHECK(a.id == tagId);
  CHECK(a.start == 12'500'000);
  CHECK(a.end == 20'000'000);
  CHECK(a.indicator == std::optional<std::string>("bond.plus.smiles"));
  CHECK(a.note == "kijkt naar moeder; \"mooi\"");
  CHECK(a.participants.size() == 1);
  REQUIRE(p.ratings().size() == 1);
  CHECK(p.ratings().front().value == 2);
  CHECK(p.ratings().front().id == ratingId);
  CHECK(p.participants().front().role == "moeder");
  CHECK(p.reviewers().front().name == "Lisa");
  const auto audit = p.audit();
  REQUIRE(audit.size() == 6); // create, recording, participant, reviewer, tag, rating
  CHECK(audit.front().action == "create");
}

CONTRACT_TEST("an edit is seen by another open connection as soon as the call returns", "[durable]") {
  auto p = projectOn<TestType>("durable");
  auto other = store::Project::open(p.path());
  const auto tag = p.addAnnotation(tagAt(p, 5));
  CHECK(other.annotationCount() == 1);
  REQUIRE(other.annotation(tag.id));
  p.setTitle("Gesprek 2");
  CHECK(other.info().title == "Gesprek 2");
  p.deleteAnnotation(tag.id);
  CHECK(other.annotationCount() == 0);
  CHECK(other.annotation(tag.id)->deleted);
  // And the other way round.
  other.saveParticipant({.role = "vader"});
  CHECK(p.participants().size() == 1);
}

CONTRACT_TEST("setTitle and setActor: the title is kept, the actor signs the following edits", "[title][audit]") {
  auto p = projectOn<TestType>("title");
  p.setTitle("Gesprek met familie");
  CHECK(p.info().title == "Gesprek met familie");
  CHECK(p.audit().back().action == "edit");
  CHECK(p.audit().back().actor == "t");
  p.setActor("Sanne");
  p.addAnnotation(tagAt(p, 1));
  CHECK(p.audit().back().actor == "Sanne");
  // The actor belongs to the connection, not to the project: a new one
  // signs with the OS account until told otherwise.
  auto again = store::Project::open(p.path());
  CHECK(again.info().title == "Gesprek met familie");
  again.addAnnotation(tagAt(again, 2));
  CHECK(again.audit().back().actor != "Sanne");
  CHECK_FALSE(again.audit().back().actor.empty());
}

CONTRACT_TEST("a refused edit leaves the project exactly as it was", "[atomic][errors]") {
  auto p = projectOn<TestType>("atomic");
  const auto tag = p.addAnnotation(tagAt(p, 1));
  const auto before = snapshot(p);
  std::vector<annotate::Annotation> batch(20, tagAt(p, 3));
  batch.push_back(tagAt(p, 999)); // past the end of the recording
  throwsStore([&] { p.addAnnotations(batch); }, ErrorCode::BadValue);
  throwsStore([&] { p.addAnnotation(tagAt(p, 2, "nope")); }, ErrorCode::BadValue);
  auto moved = tag;
  moved.start = moved.end = -5;
  throwsStore([&] { p.updateAnnotation(moved); }, ErrorCode::BadValue);
  throwsStore([&] { p.deleteAnnotation(kUnknownId); }, ErrorCode::BadValue);
  throwsStore([&] { p.deleteParticipant(kUnknownId); }, ErrorCode::BadValue);
  throwsStore([&] { p.updateRecording({.id = kUnknownId}); }, ErrorCode::BadValue);
  CHECK(snapshot(p) == before);
  CHECK(snapshot(store::Project::open(p.path())) == before);
}

CONTRACT_TEST("a project of a newer schema is refused in both modes and left as it was", "[schema][errors]") {
  const auto location = TestType::freshLocation("too-new");
  { (void)makeProjectAt(location); }
  TestType::stampSchemaVersion(location, store::latestSchemaVersion() + 1);
  throwsStore([&] { (void)store::Project::open(location); }, ErrorCode::TooNew);
  throwsStore([&] { (void)store::Project::open(location, {.readOnly = true}); }, ErrorCode::TooNew);
  // Nothing was touched: as this version again, it opens with its content.
  TestType::stampSchemaVersion(location, store::latestSchemaVersion());
  auto p = store::Project::open(location);
  CHECK(p.recordings().size() == 1);
  CHECK(p.audit().size() == 2);
}

CONTRACT_TEST("read-only: every edit is refused with ReadOnly, every read works", "[readonly][errors]") {
  const auto location = TestType::freshLocation("readonly");
  std::string tagId, ratingId, personId, reviewerId;
  {
    auto w = makeProjectAt(location);
    tagId = w.addAnnotation(tagAt(w, 1)).id;
    personId = w.saveParticipant({.role = "moeder"}).id;
    reviewerId = w.saveReviewer({.name = "Lisa"}).id;
    ratingId = w.setRating({.recording = w.recordings().front().id, .subject = "family", .element = "system",
                            .value = 1})
                   .id;
  }
  auto p = store::Project::open(location, {.readOnly = true});
  CHECK(p.readOnly());
  const auto before = snapshot(p);
  const auto tag = *p.annotation(tagId);
  const auto rec = p.recordings().front();
  const auto refused = [&](auto &&edit) { CHECK(throwsStore(edit, ErrorCode::ReadOnly) == "-"); };
  refused([&] { p.setTitle("x"); });
  refused([&] { p.addRecording({.path = "/x.mp4"}); });
  refused([&] { p.updateRecording(rec); });
  refused([&] { p.saveParticipant({.role = "vader"}); });
  refused([&] { p.deleteParticipant(personId); });
  refused([&] { p.saveReviewer({.name = "Joost"}); });
  refused([&] { p.deleteReviewer(reviewerId); });
  refused([&] { p.addAnnotation(tagAt(p, 2)); });
  refused([&] { p.addAnnotations({tagAt(p, 2)}); });
  refused([&] { p.updateAnnotation(tag); });
  refused([&] { p.deleteAnnotation(tagId); });
  refused([&] { p.putAnnotation(tag); });
  refused([&] { p.setRating(p.ratings().front()); });
  refused([&] { p.putRating(p.ratings().front()); });
  refused([&] { p.deleteRating(ratingId); });
  refused([&] { p.setCodebook(smallCodebook()); });
  refused([&] { p.logAudit("view", "project"); });
  refused([&] { p.merge(p.exportPackage(), "self"); });
  CHECK(snapshot(p) == before);
  CHECK(p.annotationCount() == 1);
  CHECK(p.info().title == "Gesprek");
  CHECK(p.integrityOk());
}

CONTRACT_TEST("two connections writing at once lose no edit", "[concurrency]") {
  const auto location = TestType::freshLocation("concurrency");
  { (void)makeProjectAt(location); }
  constexpr int kEach = 100;
  auto writer = [&](double offset) {
    auto p = store::Project::open(location);
    for (int i = 0; i < kEach; ++i)
      p.addAnnotation(tagAt(p, offset + i));
  };
  std::thread a(writer, 0.0), b(writer, 200.0);
  a.join();
  b.join();
  CHECK(store::Project::open(location).annotationCount() == 2 * kEach);
}
