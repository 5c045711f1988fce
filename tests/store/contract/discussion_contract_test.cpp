// The contract of project.hpp, run on every backend: discussion threads and
// their comments (stored, checked, exported, merged by id with the newest
// edit winning and tombstones carried; reviewer rows mapped like a tag's).
#include "backends.hpp"

#include "spiegel/store/package.hpp"
#include "spiegel/store/uuid.hpp"

using namespace spiegel;
using namespace spiegel::test;
using store::ErrorCode;

namespace {

annotate::Thread stretch(const store::Project &p, const annotate::Uuid &by) {
  return {.recording = p.recordings().front().id, .start = 10'000'000, .end = 14'000'000, .createdBy = by};
}

// Lisa's tag at 12 s, stored.
annotate::Annotation lisasTag(store::Project &p, const annotate::Uuid &lisa) {
  auto tag = tagAt(p, 12);
  tag.reviewer = lisa;
  return p.addAnnotation(tag);
}

} // namespace

CONTRACT_TEST("threads: on a tag or a stretch, saved with an id, checked, a tombstone hides", "[discussion]") {
  auto p = projectOn<TestType>("threads");
  const auto lisa = p.saveReviewer({.name = "Lisa", .profile = "p-lisa"});
  const auto tag = lisasTag(p, lisa.id);

  const auto onStretch = p.saveThread(stretch(p, lisa.id));
  CHECK(onStretch.id.size() == 36);
  CHECK(onStretch.createdAt > 0);
  CHECK(onStretch.updatedAt >= onStretch.createdAt);
  auto t = stretch(p, lisa.id);
  t.tag = tag.id;
  const auto onTag = p.saveThread(t);
  REQUIRE(p.threads().size() == 2);
  CHECK(p.threads()[0] == onStretch);
  CHECK(p.threads()[1] == onTag);
  CHECK(p.audit().back().object == "thread " + onTag.id);

  auto resolved = onTag;
  resolved.resolved = true;
  const auto again = p.saveThread(resolved);
  CHECK(again.updatedAt > onTag.updatedAt);
  CHECK(again.createdAt == onTag.createdAt);
  CHECK(p.threads()[1].resolved);

  const auto before = snapshot(p);
  auto bad = stretch(p, lisa.id);
  bad.recording = kUnknownId;
  CHECK(throwsStore([&] { p.saveThread(bad); }, ErrorCode::BadValue) == "recording");
  bad = stretch(p, lisa.id);
  bad.tag = kUnknownId;
  CHECK(throwsStore([&] { p.saveThread(bad); }, ErrorCode::BadValue) == "tag");
  bad = stretch(p, kUnknownId);
  CHECK(throwsStore([&] { p.saveThread(bad); }, ErrorCode::BadValue) == "createdBy");
  bad = stretch(p, lisa.id);
  bad.end = bad.start - 1;
  CHECK(throwsStore([&] { p.saveThread(bad); }, ErrorCode::BadValue) == "end");
  bad.end = kTenMinutes + 1;
  CHECK(throwsStore([&] { p.saveThread(bad); }, ErrorCode::BadValue) == "end");
  CHECK(snapshot(p) == before);

  // A thread outlives its tag: the tag's tombstone still names the moment.
  p.deleteAnnotation(tag.id);
  auto onGone = stretch(p, lisa.id);
  onGone.tag = tag.id;
  CHECK_NOTHROW(p.saveThread(onGone));

  auto gone = onStretch;
  gone.deleted = true;
  p.saveThread(gone);
  CHECK(p.threads().size() == 2);
  CHECK(p.threads(true).size() == 3);
}

CONTRACT_TEST("comments: replies, text as typed, only live threads, edits and tombstones", "[discussion]") {
  auto p = projectOn<TestType>("comments");
  const auto lisa = p.saveReviewer({.name = "Lisa", .profile = "p-lisa"});
  const auto mo = p.saveReviewer({.name = "Mo", .profile = "p-mo"});
  const auto t = p.saveThread(stretch(p, lisa.id));
  const auto first = p.addComment({.thread = t.id, .author = lisa.id, .text = "Hier zie ik veiligheid — 'n twijfel"});
  CHECK(first.id.size() == 36);
  CHECK(first.createdAt > 0);
  const auto reply = p.addComment({.thread = t.id, .parent = first.id, .author = mo.id, .text = "I agree, see 0:12"});
  REQUIRE(p.comments().size() == 2);
  CHECK(p.comments()[0] == first);
  CHECK(p.comments()[0].text == "Hier zie ik veiligheid — 'n twijfel");
  CHECK(p.comments()[1].parent == first.id);

  auto edited = reply;
  edited.text = "Eens, zie 0:12";
  edited.author = lisa.id; // ignored: only the text changes
  const auto stored = p.updateComment(edited);
  CHECK(stored.text == "Eens, zie 0:12");
  CHECK(stored.author == mo.id);
  CHECK(stored.updatedAt > reply.updatedAt);
  CHECK(stored.createdAt == reply.createdAt);

  const auto before = snapshot(p);
  CHECK(throwsStore([&] { p.addComment({.thread = kUnknownId, .author = lisa.id, .text = "x"}); },
                    ErrorCode::BadValue) == "thread");
  CHECK(throwsStore([&] { p.addComment({.thread = t.id, .author = kUnknownId, .text = "x"}); },
                    ErrorCode::BadValue) == "author");
  CHECK(throwsStore([&] { p.addComment({.thread = t.id, .author = lisa.id, .text = "  \n"}); },
                    ErrorCode::BadValue) == "text");
  CHECK(throwsStore([&] { p.addComment({.thread = t.id, .parent = kUnknownId, .author = lisa.id, .text = "x"}); },
                    ErrorCode::BadValue) == "parent");
  CHECK(throwsStore([&] { p.addComment({.id = first.id, .thread = t.id, .author = lisa.id, .text = "x"}); },
                    ErrorCode::BadValue) == "id");
  CHECK(throwsStore([&] { p.updateComment({.id = kUnknownId, .text = "x"}); }, ErrorCode::BadValue) == "id");
  CHECK(snapshot(p) == before);

  p.deleteComment(first.id);
  CHECK(p.comments().size() == 1);
  CHECK(p.comments(true).size() == 2);
  CHECK(throwsStore([&] { p.deleteComment(first.id); }, ErrorCode::BadValue) == "id");

  // A deleted thread takes no new comments.
  auto gone = t;
  gone.deleted = true;
  p.saveThread(gone);
  CHECK(throwsStore([&] { p.addComment({.thread = t.id, .author = lisa.id, .text = "x"}); },
                    ErrorCode::BadValue) == "thread");
}

CONTRACT_TEST("putThread and putComment store what undo gives them, newest updatedAt", "[discussion][edit-target]") {
  auto p = projectOn<TestType>("discussion-put");
  const auto lisa = p.saveReviewer({.name = "Lisa", .profile = "p-lisa"});
  auto t = stretch(p, lisa.id);
  t.id = store::newUuid();
  t.updatedAt = 5;
  p.putThread(t);
  const auto stored = p.threads().front();
  CHECK(stored.updatedAt == 5);
  auto undone = stored;
  undone.deleted = true;
  undone.updatedAt = 3; // older than the stored one: raised above it
  p.putThread(undone);
  CHECK(p.threads().empty());
  CHECK(p.threads(true).front().updatedAt == 6);
  // A comment in a thread whose start was undone is still stored (redo brings both back).
  p.putComment({.id = store::newUuid(), .thread = t.id, .author = lisa.id, .text = "eerste", .updatedAt = 7});
  CHECK(p.comments().size() == 1);
  CHECK(throwsStore([&] { p.putComment({.id = store::newUuid(), .thread = kUnknownId, .text = "x"}); },
                    ErrorCode::BadValue) == "thread");
}

CONTRACT_TEST("threads and comments round-trip through a merge between two projects", "[discussion][merge]") {
  auto a = projectOn<TestType>("discussion-merge-a");
  const auto lisa = a.saveReviewer({.name = "Lisa", .profile = "p-lisa"});
  const auto tag = lisasTag(a, lisa.id);
  auto onTag = stretch(a, lisa.id);
  onTag.tag = tag.id;
  onTag = a.saveThread(onTag);
  const auto first = a.addComment({.thread = onTag.id, .author = lisa.id, .text = "Waarom negatief?"});
  const auto dropped = a.addComment({.thread = onTag.id, .author = lisa.id, .text = "weg"});
  a.deleteComment(dropped.id);

  // b is a colleague's own copy: the same recording, Lisa's profile already
  // in it under another row id.
  auto b = projectOn<TestType>("discussion-merge-b");
  const auto lisaInB = b.saveReviewer({.name = "Lisa", .profile = "p-lisa"});
  const auto mo = b.saveReviewer({.name = "Mo", .profile = "p-mo"});
  REQUIRE(lisaInB.id != lisa.id);

  const auto pkg = store::parsePackage(store::packageToJson(a.exportPackage()), "a.json");
  REQUIRE(pkg.threads.size() == 1);
  REQUIRE(pkg.comments.size() == 2);
  CHECK(pkg.threads.front().value == onTag);
  CHECK(pkg.comments.front().value == first);
  CHECK(pkg.comments.back().value.deleted);

  const auto report = b.merge(pkg, "a.json");
  CHECK(report.conflicts.empty());
  REQUIRE(b.threads().size() == 1);
  CHECK(b.threads().front().id == onTag.id);
  CHECK(b.threads().front().tag == tag.id);
  CHECK(b.threads().front().createdBy == lisaInB.id); // mapped like the tag's reviewer
  REQUIRE(b.comments().size() == 1);                   // the tombstone came along, hidden
  CHECK(b.comments(true).size() == 2);
  CHECK(b.comments().front().author == lisaInB.id);
  CHECK(b.comments().front().text == "Waarom negatief?");
  const auto once = entities(b);
  CHECK_FALSE(b.merge(pkg, "a.json").changedAnything());
  CHECK(entities(b) == once);

  // Mo replies and resolves in b; Lisa edits her comment in a afterwards.
  b.addComment({.thread = onTag.id, .parent = first.id, .author = mo.id, .text = "Omdat ze wegkijkt"});
  auto done = b.threads().front();
  done.resolved = true;
  b.saveThread(done);
  auto newer = first;
  newer.text = "Waarom negatief? (gezien op 0:12)";
  a.updateComment(newer);

  a.merge(b.exportPackage(), "b.spiegel");
  b.merge(a.exportPackage(), "a.spiegel");
  for (auto *p : {&a, &b}) {
    REQUIRE(p->threads().size() == 1);
    CHECK(p->threads().front().resolved);
    const auto cs = p->comments();
    REQUIRE(cs.size() == 2);
    CHECK(cs[0].text == "Waarom negatief? (gezien op 0:12)"); // the newest edit won
    CHECK(cs[1].text == "Omdat ze wegkijkt");
    CHECK(cs[1].parent == first.id);
  }
  CHECK(a.comments()[1].author != lisa.id); // Mo's row, mapped into a
  CHECK(a.reviewers().size() == 2);

  // A comment on a thread nobody has is refused with its entry.
  auto orphan = pkg;
  orphan.threads.clear();
  auto c = projectOn<TestType>("discussion-merge-c");
  CHECK(throwsStore([&] { c.merge(orphan, "o.json"); }, ErrorCode::BadValue) == "comments[0].thread");
}
