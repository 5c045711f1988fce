// Discussion values (annotate/discussion.hpp): the undo kinds of threads and
// comments, who is shown what in a blind round, the reading order of a
// thread and its last activity.
#include "spiegel/annotate/discussion.hpp"
#include "spiegel/annotate/undo_stack.hpp"

#include <catch2/catch.hpp>

#include <map>

using namespace spiegel::annotate;

namespace {

class Target : public EditTarget {
public:
  void putAnnotation(const Annotation &) override {}
  void putRating(const Rating &) override {}
  void putParticipant(const Participant &) override {}
  void putThread(const Thread &t) override { threads[t.id] = t; }
  void putComment(const Comment &c) override { comments[c.id] = c; }
  void putRecallSession(const RecallSession &) override {}
  void putRecallMoment(const RecallMoment &) override {}
  void putRecallPause(const RecallPause &) override {}
  std::map<Uuid, Thread> threads;
  std::map<Uuid, Comment> comments;
};

Thread thread(const std::string &id, const std::string &tag, const std::string &by) {
  Thread t;
  t.id = id;
  t.recording = "rec";
  t.tag = tag;
  t.start = 5'000'000;
  t.end = 9'000'000;
  t.createdBy = by;
  t.createdAt = 100;
  return t;
}

Comment comment(const std::string &id, const std::string &threadId, const std::string &author, UnixMillis at,
                const std::string &parent = {}) {
  Comment c;
  c.id = id;
  c.thread = threadId;
  c.author = author;
  c.parent = parent;
  c.text = "tekst " + id;
  c.createdAt = at;
  c.updatedAt = at;
  return c;
}

Reviewer row(const std::string &id, const std::string &profile) {
  Reviewer r;
  r.id = id;
  r.name = id;
  r.profile = profile;
  return r;
}

} // namespace

TEST_CASE("discussion: starting, resolving and commenting undo and redo") {
  Target db;
  UndoStack undo;
  undo.execute(EditCommand::startThread(thread("t1", "", "r-anna")), db, 1000);
  REQUIRE(db.threads.at("t1").updatedAt == 1000);
  CHECK_FALSE(db.threads.at("t1").deleted);

  undo.execute(EditCommand::setResolved(db.threads.at("t1"), true), db, 1100);
  CHECK(undo.nextUndo()->kind() == EditKind::ResolveThread);
  CHECK(db.threads.at("t1").resolved);
  CHECK(EditCommand::setResolved(db.threads.at("t1"), false).kind() == EditKind::ReopenThread);

  undo.execute(EditCommand::addComment(comment("c1", "t1", "r-anna", 1200)), db, 1200);
  undo.execute(EditCommand::editComment(db.comments.at("c1"), "Hier is de band sterk"), db, 1300);
  CHECK(db.comments.at("c1").text == "Hier is de band sterk");
  undo.execute(EditCommand::deleteComment(db.comments.at("c1")), db, 1400);
  CHECK(db.comments.at("c1").deleted);
  CHECK(undo.nextUndo()->isComment());

  REQUIRE(undo.undo(db, 1500)); // the delete
  CHECK_FALSE(db.comments.at("c1").deleted);
  CHECK(db.comments.at("c1").updatedAt == 1500); // an undo is a newer edit: it wins a later merge
  REQUIRE(undo.undo(db, 1600)); // the edit
  CHECK(db.comments.at("c1").text == "tekst c1");
  REQUIRE(undo.undo(db, 1700)); // the add: a tombstone
  CHECK(db.comments.at("c1").deleted);
  REQUIRE(undo.undo(db, 1800)); // the resolve
  CHECK_FALSE(db.threads.at("t1").resolved);
  REQUIRE(undo.undo(db, 1900)); // the start: the thread becomes a tombstone
  CHECK(db.threads.at("t1").deleted);
  CHECK(undo.nextRedo()->kind() == EditKind::StartThread);
  CHECK(undo.nextRedo()->threadAfter().id == "t1");
  REQUIRE(undo.redo(db, 2000));
  CHECK_FALSE(db.threads.at("t1").deleted);
  CHECK(db.threads.at("t1").updatedAt == 2000);
}

TEST_CASE("discussion: in a blind round a comment is shown as its author's work") {
  CodingRound round;
  round.id = "round";
  round.recording = "rec";
  round.blind = true;
  const std::vector<Reviewer> reviewers{row("r-anna", "p-anna"), row("r-bram", "p-bram")};
  std::vector<Reveal> reveals;
  Annotation annasTag;
  annasTag.id = "tag-a";
  annasTag.reviewer = "r-anna";
  const auto onTag = thread("t-tag", "tag-a", "r-anna");
  const auto stretch = thread("t-stretch", "", "r-anna");
  const auto annaOnTag = comment("c1", "t-tag", "r-anna", 10);
  const auto bramOnStretch = comment("c2", "t-stretch", "r-bram", 20);

  SECTION("before anyone reveals, Bram sees nothing of Anna's, and Anna not Bram's comment") {
    const RoundView bram(&round, reveals, reviewers, "p-bram");
    CHECK_FALSE(showsThread(onTag, &annasTag, bram));
    CHECK_FALSE(showsComment(annaOnTag, onTag, &annasTag, bram));
    CHECK_FALSE(showsThread(stretch, nullptr, bram)); // Anna started it
    const RoundView anna(&round, reveals, reviewers, "p-anna");
    CHECK(showsThread(onTag, &annasTag, anna));
    CHECK(showsComment(annaOnTag, onTag, &annasTag, anna));
    CHECK(showsThread(stretch, nullptr, anna));
    CHECK_FALSE(showsComment(bramOnStretch, stretch, nullptr, anna));
  }
  SECTION("after both reveal, both see everything") {
    reveals.push_back({.id = "v1", .round = "round", .profile = "p-anna", .reviewer = "r-anna"});
    reveals.push_back({.id = "v2", .round = "round", .profile = "p-bram", .reviewer = "r-bram"});
    const RoundView bram(&round, reveals, reviewers, "p-bram");
    CHECK(showsComment(annaOnTag, onTag, &annasTag, bram));
    CHECK(showsComment(bramOnStretch, stretch, nullptr, bram));
    const RoundView anna(&round, reveals, reviewers, "p-anna");
    CHECK(showsComment(bramOnStretch, stretch, nullptr, anna));
  }
  SECTION("a thread on a tag the reader does not have is not shown; tombstones never") {
    const RoundView open;
    CHECK_FALSE(showsThread(onTag, nullptr, RoundView(&round, reveals, reviewers, "p-anna")));
    CHECK(showsThread(onTag, nullptr, open)); // no round: shown (the tag may be deleted)
    auto gone = annaOnTag;
    gone.deleted = true;
    CHECK_FALSE(showsComment(gone, onTag, &annasTag, open));
    CHECK_FALSE(showsComment(annaOnTag, stretch, nullptr, open)); // not this thread's
  }
}

TEST_CASE("discussion: a thread reads top-level comments by time, each followed by its replies") {
  std::vector<Comment> cs{comment("late", "t", "a", 50), comment("first", "t", "a", 10),
                          comment("reply2", "t", "b", 40, "first"), comment("reply1", "t", "b", 30, "first"),
                          comment("deep", "t", "a", 45, "reply1"), comment("orphan", "t", "a", 60, "missing"),
                          comment("other", "u", "a", 5)};
  auto gone = comment("gone", "t", "a", 20);
  gone.deleted = true;
  cs.push_back(gone);
  const auto rows = commentTree("t", cs);
  std::vector<std::pair<std::string, int>> got;
  for (const auto &r : rows)
    got.emplace_back(r.comment->id, r.depth);
  const std::vector<std::pair<std::string, int>> want{{"first", 0}, {"reply1", 1}, {"deep", 2},
                                                      {"reply2", 1}, {"late", 0},   {"orphan", 0}};
  CHECK(got == want);

  auto t = thread("t", "", "a");
  t.updatedAt = 100;
  CHECK(lastActivity(t, cs) == 100);
  cs.push_back(comment("newest", "t", "b", 300));
  CHECK(lastActivity(t, cs) == 300);
}

TEST_CASE("discussion: replies whose parents point at each other are still all shown") {
  const std::vector<Comment> cs{comment("x", "t", "a", 10, "y"), comment("y", "t", "a", 20, "x")};
  CHECK(commentTree("t", cs).size() == 2);
}
