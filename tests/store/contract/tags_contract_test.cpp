// The contract of project.hpp, run on every backend: annotations (tags),
// their validation and order, the EditTarget upserts of undo/redo, ratings.
#include "backends.hpp"

#include "spiegel/annotate/undo_stack.hpp"

#include <tuple>

using namespace spiegel;
using namespace spiegel::test;
using store::ErrorCode;

CONTRACT_TEST("tags: add, update, delete and restore by id, with their errors", "[tags]") {
  auto p = projectOn<TestType>("tags");
  const auto added = p.addAnnotation(tagAt(p, 10));
  CHECK(added.id.size() == 36);
  CHECK(added.createdAt > 0);
  CHECK(added.updatedAt >= added.createdAt);
  CHECK(*p.annotation(added.id) == added);
  CHECK(throwsStore([&] { p.addAnnotation(added); }, ErrorCode::BadValue) == "id");

  auto edited = added;
  edited.note = "later";
  edited.createdAt = 1;
  const auto updated = p.updateAnnotation(edited);
  CHECK(updated.createdAt == added.createdAt); // kept
  CHECK(updated.updatedAt > added.updatedAt);
  CHECK(p.annotation(added.id)->note == "later");
  auto stranger = tagAt(p, 3);
  stranger.id = kUnknownId;
  CHECK(throwsStore([&] { p.updateAnnotation(stranger); }, ErrorCode::BadValue) == "id");

  p.deleteAnnotation(added.id);
  CHECK(p.annotationCount() == 0);
  CHECK(p.annotations().empty());
  REQUIRE(p.annotations(true).size() == 1);
  const auto tomb = *p.annotation(added.id);
  CHECK(tomb.deleted);
  CHECK(tomb.updatedAt > updated.updatedAt);
  CHECK(throwsStore([&] { p.deleteAnnotation(added.id); }, ErrorCode::BadValue) == "id");
  CHECK(throwsStore([&] { p.deleteAnnotation(kUnknownId); }, ErrorCode::BadValue) == "id");
  CHECK(throwsStore([&] { p.updateAnnotation(updated); }, ErrorCode::BadValue) == "id");
  CHECK(throwsStore([&] { p.addAnnotation(updated); }, ErrorCode::BadValue) == "id"); // a tombstone keeps its id

  const auto restored = p.restoreAnnotation(updated);
  CHECK_FALSE(restored.deleted);
  CHECK(restored.updatedAt > tomb.updatedAt);
  CHECK(p.annotation(added.id)->note == "later");
  CHECK(p.annotationCount() == 1);
  CHECK(throwsStore([&] { p.restoreAnnotation(restored); }, ErrorCode::BadValue) == "id");
  CHECK_FALSE(p.annotation(kUnknownId));
}

CONTRACT_TEST("bad values are refused with the field and leave the project as it was", "[tags][validation]") {
  auto p = projectOn<TestType>("validation");
  p.addAnnotation(tagAt(p, 1));
  const auto before = p.audit().size();
  auto a = tagAt(p, 5, "nope");
  CHECK(throwsStore([&] { p.addAnnotation(a); }, ErrorCode::BadValue) == "element");
  a = tagAt(p, 5);
  a.indicator = "nope";
  CHECK(throwsStore([&] { p.addAnnotation(a); }, ErrorCode::BadValue) == "indicator");
  a = tagAt(p, 5, "safety");
  a.indicator = "bond.plus.smiles";
  CHECK(throwsStore([&] { p.addAnnotation(a); }, ErrorCode::BadValue) == "indicator");
  CHECK(throwsStore([&] { p.addAnnotation(tagAt(p, 601)); }, ErrorCode::BadValue) == "start");
  CHECK(throwsStore([&] { p.addAnnotation(tagAt(p, -1)); }, ErrorCode::BadValue) == "start");
  a = tagAt(p, 5);
  a.end = 700'000'000;
  CHECK(throwsStore([&] { p.addAnnotation(a); }, ErrorCode::BadValue) == "end");
  a = tagAt(p, 5);
  a.participants = {kUnknownId};
  CHECK(throwsStore([&] { p.addAnnotation(a); }, ErrorCode::BadValue) == "participants");
  a = tagAt(p, 5);
  a.reviewer = kUnknownId;
  CHECK(throwsStore([&] { p.addAnnotation(a); }, ErrorCode::BadValue) == "reviewer");
  a = tagAt(p, 5);
  a.recording = kUnknownId;
  CHECK(throwsStore([&] { p.addAnnotation(a); }, ErrorCode::BadValue) == "recording");
  // A batch with one bad tag adds none.
  std::vector<annotate::Annotation> batch(50, tagAt(p, 3));
  batch.push_back(tagAt(p, 999));
  CHECK(throwsStore([&] { p.addAnnotations(batch); }, ErrorCode::BadValue) == "start");

  const auto rec = p.recordings().front().id;
  CHECK(throwsStore([&] { p.setRating({.recording = rec, .subject = "family", .element = "system", .value = 4}); },
                    ErrorCode::BadValue) == "value");
  CHECK(throwsStore([&] { p.setRating({.recording = rec, .subject = "family", .element = "system", .value = -4}); },
                    ErrorCode::BadValue) == "value");
  CHECK(throwsStore([&] { p.setRating({.recording = rec, .subject = "family", .element = "bond", .value = 1}); },
                    ErrorCode::BadValue) == "subject");
  CHECK(throwsStore([&] { p.setRating({.recording = rec, .subject = "family", .element = "nope", .value = 1}); },
                    ErrorCode::BadValue) == "element");
  CHECK(throwsStore([&] { p.setRating({.recording = rec, .subject = kUnknownId, .element = "bond", .value = 1}); },
                    ErrorCode::BadValue) == "subject");
  CHECK(p.setRating({.recording = rec, .subject = "family", .element = "system", .value = 3}).value == 3);

  CHECK(p.annotationCount() == 1);
  CHECK(p.audit().size() == before + 1);
}

CONTRACT_TEST("tags are listed by start, end and id; the window query finds overlaps", "[tags][order]") {
  auto p = projectOn<TestType>("order");
  std::vector<annotate::Annotation> tags;
  for (int s = 99; s >= 0; --s) // stored newest-first: the order must not follow storage
    tags.push_back(tagAt(p, s));
  auto longOne = tagAt(p, 10);
  longOne.end = 200'000'000; // 10 s … 200 s
  tags.push_back(longOne);
  auto twin = tagAt(p, 10);
  twin.end = 200'000'000;
  tags.push_back(twin);
  const auto stored = p.addAnnotations(tags);
  const auto all = p.annotations();
  REQUIRE(all.size() == 102);
  for (std::size_t i = 1; i < all.size(); ++i) {
    const auto &a = all[i - 1], &b = all[i];
    CHECK(std::tie(a.start, a.end, a.id) < std::tie(b.start, b.end, b.id));
  }
  const auto rec = p.recordings().front().id;
  const auto in = p.annotationsIn(rec, 150'000'000, 160'000'000);
  REQUIRE(in.size() == 2);
  CHECK(in.front().end == 200'000'000);
  const auto window = p.annotationsIn(rec, 50'000'000, 52'000'000); // 50, 51, 52 and the long two
  REQUIRE(window.size() == 5);
  for (std::size_t i = 1; i < window.size(); ++i)
    CHECK(window[i - 1].start <= window[i].start);
  CHECK(p.annotationsIn(kUnknownId, 0, kTenMinutes).empty());
  p.deleteAnnotation(stored[100].id); // the long one
  CHECK(p.annotationsIn(rec, 150'000'000, 160'000'000).size() == 1); // tombstones are not in the window
  CHECK(p.annotationCount() == 101);
}

CONTRACT_TEST("putAnnotation and putRating store exactly what is given, newest updatedAt", "[tags][edit-target]") {
  auto p = projectOn<TestType>("put");
  auto a = tagAt(p, 30);
  a.id = "11111111-2222-4333-8444-555555555555";
  a.updatedAt = 1000;
  p.putAnnotation(a); // unknown: inserted as given
  CHECK(p.annotation(a.id)->updatedAt == 1000);
  CHECK(p.annotation(a.id)->createdAt == 1000);
  auto older = a;
  older.note = "older clock";
  older.updatedAt = 10; // an older clock: raised above the stored one
  p.putAnnotation(older);
  CHECK(p.annotation(a.id)->note == "older clock");
  CHECK(p.annotation(a.id)->updatedAt == 1001);
  auto tomb = *p.annotation(a.id);
  tomb.deleted = true;
  tomb.element = "nope"; // a tombstone is not validated
  p.putAnnotation(tomb);
  CHECK(p.annotation(a.id)->deleted);
  CHECK(p.annotationCount() == 0);
  auto bad = a;
  bad.start = bad.end = kTenMinutes + 1;
  CHECK(throwsStore([&] { p.putAnnotation(bad); }, ErrorCode::BadValue) == "start");
  CHECK(p.annotation(a.id)->deleted);

  const auto rec = p.recordings().front().id;
  const store::Rating r{.id = "22222222-2222-4333-8444-555555555555", .recording = rec, .subject = "family",
                        .element = "system", .value = 2, .updatedAt = 500};
  p.putRating(r);
  REQUIRE(p.ratings().size() == 1);
  CHECK(p.ratings().front() == r);
  auto lower = r;
  lower.value = -2;
  lower.updatedAt = 0;
  p.putRating(lower);
  CHECK(p.ratings().front().value == -2);
  CHECK(p.ratings().front().updatedAt == 501);
  lower.value = 9;
  CHECK(throwsStore([&] { p.putRating(lower); }, ErrorCode::BadValue) == "value");
}

CONTRACT_TEST("undo and redo write through to the project", "[tags][undo]") {
  auto p = projectOn<TestType>("undo");
  annotate::UndoStack undo;
  auto a = tagAt(p, 30);
  a.id = "11111111-2222-4333-8444-555555555555";
  undo.execute(annotate::EditCommand::addAnnotation(a), p, 1000);
  REQUIRE(p.annotation(a.id));
  CHECK_FALSE(p.annotation(a.id)->deleted);
  undo.execute(annotate::EditCommand::moveAnnotation(*p.annotation(a.id), 40'000'000), p, 2000);
  CHECK(p.annotation(a.id)->start == 40'000'000);
  REQUIRE(undo.undo(p, 3000));
  CHECK(p.annotation(a.id)->start == 30'000'000);
  REQUIRE(undo.undo(p, 4000));
  CHECK(p.annotation(a.id)->deleted);
  CHECK(p.annotations().empty());
  REQUIRE(undo.redo(p, 5000));
  CHECK(p.annotations().size() == 1);
  // The same after reopening: each step was committed.
  auto again = store::Project::open(p.path());
  CHECK(again.annotations().size() == 1);
}

CONTRACT_TEST("ratings: one per recording, reviewer, subject and element; delete leaves a tombstone", "[ratings]") {
  auto p = projectOn<TestType>("ratings");
  const auto rec = p.recordings().front().id;
  const auto mother = p.saveParticipant({.role = "moeder"});
  const auto lisa = p.saveReviewer({.name = "Lisa"});
  const auto first =
      p.setRating({.recording = rec, .reviewer = lisa.id, .subject = mother.id, .element = "bond", .value = 2});
  CHECK(first.id.size() == 36);
  CHECK(first.updatedAt > 0);
  // Rating the same subject and element again replaces the value.
  auto again = first;
  again.id.clear();
  again.value = -1;
  const auto replaced = p.setRating(again);
  CHECK(replaced.id == first.id);
  CHECK(replaced.updatedAt > first.updatedAt);
  REQUIRE(p.ratings().size() == 1);
  CHECK(p.ratings().front().value == -1);
  // Another reviewer, or the family, is another rating, listed after it.
  const auto family = p.setRating({.recording = rec, .subject = "family", .element = "system", .value = 1});
  REQUIRE(p.ratings().size() == 2);
  CHECK(p.ratings().back().id == family.id);

  p.deleteRating(first.id);
  REQUIRE(p.ratings().size() == 1);
  CHECK(p.ratings().front().id == family.id);
  REQUIRE(p.ratings(true).size() == 2);
  CHECK(p.ratings(true).front().deleted);
  CHECK(throwsStore([&] { p.deleteRating(first.id); }, ErrorCode::BadValue) == "id");
  CHECK(throwsStore([&] { p.deleteRating(kUnknownId); }, ErrorCode::BadValue) == "id");
  // After a delete, rating that key again makes a new rating.
  again.value = 3;
  CHECK(p.setRating(again).id != first.id);
}
