#include <catch2/catch.hpp>

#include <map>
#include <stdexcept>

#include "spiegel/annotate/undo_stack.hpp"
#include "test_codebook.hpp"

using namespace spiegel::annotate;
using namespace spiegel::annotate::test;

namespace {

// An in-memory stand-in for the store: keeps the latest value per id,
// tombstones included, and a log of every write.
class MemoryTarget : public EditTarget {
public:
  void putAnnotation(const Annotation &a) override {
    if (failNext) {
      failNext = false;
      throw std::runtime_error("disk full");
    }
    annotations[a.id] = a;
    ++writes;
  }
  void putRating(const Rating &r) override {
    ratings[r.id] = r;
    ++writes;
  }
  void putParticipant(const Participant &p) override {
    participants[p.id] = p;
    ++writes;
  }
  void putThread(const Thread &t) override {
    threads[t.id] = t;
    ++writes;
  }
  void putComment(const Comment &c) override {
    comments[c.id] = c;
    ++writes;
  }
  void putRecallSession(const RecallSession &v) override {
    sessions[v.id] = v;
    ++writes;
  }
  void putRecallMoment(const RecallMoment &m) override {
    if (failNext) {
      failNext = false;
      throw std::runtime_error("disk full");
    }
    moments[m.id] = m;
    ++writes;
  }
  void putRecallPause(const RecallPause &p) override {
    pauses[p.id] = p;
    ++writes;
  }
  std::map<Uuid, RecallSession> sessions;
  std::map<Uuid, RecallMoment> moments;
  std::map<Uuid, RecallPause> pauses;
  std::map<Uuid, Annotation> annotations;
  std::map<Uuid, Thread> threads;
  std::map<Uuid, Comment> comments;
  std::map<Uuid, Rating> ratings;
  std::map<Uuid, Participant> participants;
  int writes = 0;
  bool failNext = false;
};

} // namespace

TEST_CASE("Undo of add writes a tombstone, redo brings the tag back", "[undo]") {
  MemoryTarget db;
  UndoStack undo;
  const Annotation a = tag("a", 10, 20, "bond");
  undo.execute(EditCommand::addAnnotation(a), db, 1000);
  CHECK_FALSE(db.annotations["a"].deleted);
  CHECK(db.annotations["a"].updatedAt == 1000);
  REQUIRE(undo.canUndo());
  CHECK(undo.nextUndo()->kind() == EditKind::AddAnnotation);

  CHECK(undo.undo(db, 2000));
  CHECK(db.annotations["a"].deleted);
  CHECK(db.annotations["a"].updatedAt == 2000);
  CHECK_FALSE(undo.canUndo());
  CHECK(undo.canRedo());

  CHECK(undo.redo(db, 3000));
  CHECK_FALSE(db.annotations["a"].deleted);
  CHECK(db.annotations["a"].start == 10);
  CHECK_FALSE(undo.redo(db, 3000));
}

TEST_CASE("Move, resize, edit and delete undo back to the exact earlier value", "[undo]") {
  MemoryTarget db;
  UndoStack undo;
  Annotation a = tag("a", 10 * kSecond, 15 * kSecond, "bond");
  undo.execute(EditCommand::addAnnotation(a), db, 1);
  a = db.annotations["a"];

  undo.execute(EditCommand::moveAnnotation(a, 30 * kSecond), db, 2);
  CHECK(db.annotations["a"].start == 30 * kSecond);
  CHECK(db.annotations["a"].end == 35 * kSecond);
  undo.execute(EditCommand::resizeAnnotation(db.annotations["a"], 29 * kSecond, 40 * kSecond), db, 3);
  Annotation changed = db.annotations["a"];
  changed.element = "safety";
  changed.valence = Valence::Negative;
  changed.participants = {"mum"};
  undo.execute(EditCommand::editAnnotation(db.annotations["a"], changed), db, 4);
  CHECK(db.annotations["a"].element == "safety");
  undo.execute(EditCommand::deleteAnnotation(db.annotations["a"]), db, 5);
  CHECK(db.annotations["a"].deleted);
  CHECK(undo.size() == 5);

  undo.undo(db, 10); // delete
  CHECK_FALSE(db.annotations["a"].deleted);
  CHECK(db.annotations["a"].element == "safety");
  undo.undo(db, 11); // edit
  CHECK(db.annotations["a"].element == "bond");
  CHECK(db.annotations["a"].participants.empty());
  undo.undo(db, 12); // resize
  CHECK(db.annotations["a"].start == 30 * kSecond);
  CHECK(db.annotations["a"].end == 35 * kSecond);
  undo.undo(db, 13); // move
  Annotation back = db.annotations["a"];
  CHECK(back.start == 10 * kSecond);
  CHECK(back.end == 15 * kSecond);
  back.updatedAt = a.updatedAt;
  CHECK(back == a);

  undo.redo(db, 20);
  undo.redo(db, 21);
  CHECK(db.annotations["a"].end == 40 * kSecond);

  // A new edit after undo drops the redo branch.
  undo.undo(db, 22);
  undo.execute(EditCommand::moveAnnotation(db.annotations["a"], 0), db, 23);
  CHECK_FALSE(undo.canRedo());
  CHECK(undo.size() == 3);
}

TEST_CASE("Setting and clearing a rating can be undone", "[undo]") {
  MemoryTarget db;
  UndoStack undo;
  Rating r{
      .id = "r1", .recording = "rec", .reviewer = "rev", .subject = "mum", .element = "bond", .value = 2};
  undo.execute(EditCommand::setRating(std::nullopt, r), db, 1);
  CHECK(db.ratings["r1"].value == 2);
  Rating r2 = r;
  r2.value = -1;
  undo.execute(EditCommand::setRating(db.ratings["r1"], r2), db, 2);
  CHECK(db.ratings["r1"].value == -1);
  undo.execute(EditCommand::clearRating(db.ratings["r1"]), db, 3);
  CHECK(db.ratings["r1"].deleted);
  CHECK(undo.nextUndo()->isRating());

  undo.undo(db, 4);
  CHECK_FALSE(db.ratings["r1"].deleted);
  CHECK(db.ratings["r1"].value == -1);
  undo.undo(db, 5);
  CHECK(db.ratings["r1"].value == 2);
  undo.undo(db, 6);
  CHECK(db.ratings["r1"].deleted); // set on nothing: undo clears
  CHECK(db.ratings["r1"].updatedAt == 6);
}

TEST_CASE("Quick note edits on one tag merge into one undo step", "[undo]") {
  MemoryTarget db;
  UndoStack undo;
  undo.execute(EditCommand::addAnnotation(tag("a", 0, 0, "bond")), db, 0);
  undo.execute(EditCommand::editNote(db.annotations["a"], "M"), db, 10'000);
  undo.execute(EditCommand::editNote(db.annotations["a"], "Mo"), db, 10'500);
  undo.execute(EditCommand::editNote(db.annotations["a"], "Moe"), db, 12'000);
  CHECK(undo.size() == 2);
  // Too late to merge: a new step.
  undo.execute(EditCommand::editNote(db.annotations["a"], "Moeder"), db, 20'000);
  CHECK(undo.size() == 3);
  undo.undo(db, 21'000);
  CHECK(db.annotations["a"].note == "Moe");
  undo.undo(db, 22'000);
  CHECK(db.annotations["a"].note.empty());
  // After an undo the next note edit starts a new entry.
  undo.redo(db, 22'100);
  undo.execute(EditCommand::editNote(db.annotations["a"], "Moe!"), db, 22'200);
  CHECK(undo.size() == 3);
}

TEST_CASE("A failed write leaves the history unchanged", "[undo]") {
  MemoryTarget db;
  UndoStack undo;
  db.failNext = true;
  CHECK_THROWS(undo.execute(EditCommand::addAnnotation(tag("a", 0, 0, "bond")), db, 0));
  CHECK(undo.size() == 0);
  undo.execute(EditCommand::addAnnotation(tag("a", 0, 0, "bond")), db, 1);
  db.failNext = true;
  CHECK_THROWS(undo.undo(db, 2));
  CHECK(undo.canUndo());
  CHECK_FALSE(db.annotations["a"].deleted);
}

TEST_CASE("The history keeps at most its limit, dropping the oldest", "[undo]") {
  MemoryTarget db;
  UndoStack undo(3);
  for (int i = 0; i < 5; ++i)
    undo.execute(EditCommand::addAnnotation(tag("t" + std::to_string(i), i, i, "bond")), db, i);
  CHECK(undo.size() == 3);
  while (undo.undo(db, 100)) {
  }
  CHECK_FALSE(db.annotations["t0"].deleted);
  CHECK_FALSE(db.annotations["t1"].deleted);
  CHECK(db.annotations["t2"].deleted);
  CHECK(db.annotations["t4"].deleted);
}

TEST_CASE("Participants are edits of the same stack: add, rename, remove, each undone exactly", "[undo]") {
  MemoryTarget db;
  UndoStack undo;
  Participant p;
  p.id = "p";
  p.role = "moeder";
  undo.execute(EditCommand::addParticipant(p), db, 1000);
  CHECK(undo.nextUndo()->isParticipant());
  CHECK(undo.nextUndo()->revertDeletes());
  Participant renamed = db.participants["p"];
  renamed.alias = "Ria";
  undo.execute(EditCommand::editParticipant(db.participants["p"], renamed), db, 2000);
  undo.execute(EditCommand::removeParticipant(db.participants["p"]), db, 3000);
  CHECK(undo.nextUndo()->kind() == EditKind::RemoveParticipant);
  CHECK(undo.nextUndo()->applyDeletes());
  CHECK(db.participants["p"].deleted);

  REQUIRE(undo.undo(db, 4000)); // removal
  CHECK_FALSE(db.participants["p"].deleted);
  CHECK(db.participants["p"].alias == "Ria");
  CHECK(db.participants["p"].updatedAt == 4000);
  REQUIRE(undo.undo(db, 5000)); // rename
  CHECK(db.participants["p"].alias.empty());
  REQUIRE(undo.undo(db, 6000)); // add: a tombstone
  CHECK(db.participants["p"].deleted);
  CHECK_FALSE(undo.canUndo());
  REQUIRE(undo.redo(db, 7000));
  CHECK_FALSE(db.participants["p"].deleted);
  CHECK(db.participants["p"].role == "moeder");
}

TEST_CASE("Several moments added at once are one step: undo removes all, redo brings all back", "[undo][recall]") {
  MemoryTarget db;
  UndoStack undo;
  std::vector<EditCommand> cmds;
  for (const char *id : {"m1", "m2", "m3"})
    cmds.push_back(EditCommand::addRecall(RecallMoment{.id = id, .session = "s", .start = 1, .end = 1}));
  undo.executeAll(std::move(cmds), db, 10);
  REQUIRE(undo.size() == 1);
  CHECK(undo.nextUndoSize() == 3);
  CHECK(undo.nextUndo()->kind() == EditKind::AddRecallMoment);
  REQUIRE(undo.undo(db, 20));
  for (const char *id : {"m1", "m2", "m3"}) {
    CHECK(db.moments.at(id).deleted);
    CHECK(db.moments.at(id).updatedAt == 20);
  }
  CHECK(undo.nextRedoSize() == 3);
  REQUIRE(undo.redo(db, 30));
  for (const char *id : {"m1", "m2", "m3"})
    CHECK_FALSE(db.moments.at(id).deleted);
}

TEST_CASE("A step that fails half-way is taken back and not recorded", "[undo][recall]") {
  MemoryTarget db;
  UndoStack undo;
  std::vector<EditCommand> cmds;
  cmds.push_back(EditCommand::addRecall(RecallSession{.id = "s", .title = "Sessie"}));
  cmds.push_back(EditCommand::addRecall(RecallMoment{.id = "m1", .session = "s"}));
  db.failNext = true;
  CHECK_THROWS(undo.executeAll(std::move(cmds), db, 10));
  CHECK(undo.size() == 0);
  CHECK(db.sessions.at("s").deleted); // the applied one was reverted
  CHECK(db.moments.count("m1") == 0);
}

TEST_CASE("Typing one answer merges into one undo step, another pause does not", "[undo][recall]") {
  MemoryTarget db;
  UndoStack undo;
  const RecallPause p{.id = "p", .session = "s", .at = 5};
  undo.execute(EditCommand::addRecall(p), db, 0);
  RecallPause a = p, b = p;
  a.answer = "Ik";
  b.answer = "Ik dacht";
  undo.execute(EditCommand::editRecall(p, a), db, 100);
  undo.execute(EditCommand::editRecall(a, b), db, 900);
  CHECK(undo.size() == 2);
  // An answer typed into another pause right after is its own step.
  const RecallPause other{.id = "q", .session = "s", .at = 6};
  db.pauses["q"] = other;
  RecallPause o = other;
  o.answer = "x";
  undo.execute(EditCommand::editRecall(other, o), db, 1000);
  CHECK(undo.size() == 3);
  undo.undo(db, 1100);
  CHECK(db.pauses.at("q").answer.empty());
  CHECK(db.pauses.at("p").answer == "Ik dacht");
  undo.undo(db, 1200);
  CHECK(db.pauses.at("p").answer.empty());
}
