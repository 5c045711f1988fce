// The one history: tags, ratings and participants undo and redo through
// one stack, in the order they were made, and the file follows every step.
#include "review_fixture.hpp"

#include "spiegel/store/project.hpp"

using namespace spiegel;
using namespace spiegel::test;
using annotate::EditKind;

namespace {
std::size_t participantsOnDisk(const Workspace &ws) {
  return store::Project::open(ws.projectPath(), {.readOnly = true}).participants().size();
}
std::size_t tagsOnDisk(const Workspace &ws) {
  return store::Project::open(ws.projectPath(), {.readOnly = true}).annotations().size();
}
} // namespace

TEST_CASE("history: participants, tags and ratings are one stack, undone last first") {
  auto ws = newWorkspace(scratch("one_stack"));
  CHECK(ws->nextUndo() == nullptr);
  CHECK(ws->undo().error.problem == Problem::NothingToUndo);
  CHECK(ws->redo().error.problem == Problem::NothingToRedo);

  const auto mother = *ws->addParticipant("moeder").value;
  const auto tag = *ws->tagNow(1, false, 5 * kSecond).value;
  REQUIRE(ws->setRating(mother, "engagement", 2));
  REQUIRE(ws->updateParticipant([&] {
    auto p = *ws->participant(mother);
    p.alias = "Ria";
    return p;
  }()));

  const EditKind expected[] = {EditKind::EditParticipant, EditKind::SetRating, EditKind::AddAnnotation,
                               EditKind::AddParticipant};
  for (const auto kind : expected) {
    REQUIRE(ws->nextUndo() != nullptr);
    CHECK(ws->nextUndo()->kind() == kind);
    REQUIRE(ws->undo());
  }
  CHECK_FALSE(ws->canUndo());
  CHECK(ws->participants().empty());
  CHECK(ws->tags().empty());
  CHECK(ws->ratings().empty());
  CHECK(participantsOnDisk(*ws) == 0);
  CHECK(tagsOnDisk(*ws) == 0);

  for (auto it = std::rbegin(expected); it != std::rend(expected); ++it) {
    REQUIRE(ws->nextRedo() != nullptr);
    CHECK(ws->nextRedo()->kind() == *it);
    REQUIRE(ws->redo());
  }
  CHECK_FALSE(ws->canRedo());
  REQUIRE(ws->participant(mother) != nullptr);
  CHECK(ws->participant(mother)->alias == "Ria");
  CHECK(ws->tags().find(tag) != nullptr);
  CHECK(ws->myRating(mother, "engagement") != nullptr);
  CHECK(participantsOnDisk(*ws) == 1);
}

TEST_CASE("history: a participant with tags cannot be removed or un-added, and the step stays") {
  auto ws = newWorkspace(scratch("in_use"));
  const auto mother = *ws->addParticipant("moeder").value;
  ws->setCurrentParticipants({mother});
  REQUIRE(ws->tagNow(2, false, kSecond));
  CHECK(ws->removeParticipant(mother).error.problem == Problem::ParticipantInUse);
  const auto refused = ws->removeParticipant(mother).error;
  CHECK(refused.count == 1);
  CHECK(refused.count2 == 0);

  REQUIRE(ws->undo()); // the tag
  REQUIRE(ws->removeParticipant(mother)); // now unused
  REQUIRE(ws->undo());                    // the removal
  CHECK(ws->participant(mother) != nullptr);
  REQUIRE(ws->redo()); // removed again
  CHECK(ws->participant(mother) == nullptr);
}

TEST_CASE("history: a new edit after an undo drops the redo branch of every kind") {
  auto ws = newWorkspace(scratch("branch"));
  REQUIRE(ws->addParticipant("vader"));
  REQUIRE(ws->undo());
  CHECK(ws->canRedo());
  REQUIRE(ws->tagNow(1, true, kSecond));
  CHECK_FALSE(ws->canRedo());
  CHECK(ws->nextUndo()->kind() == EditKind::AddAnnotation);
}

TEST_CASE("history: switching reviewer clears it, so nobody undoes a colleague's work") {
  auto ws = newWorkspace(scratch("switch"));
  REQUIRE(ws->tagNow(1, false, kSecond));
  REQUIRE(ws->addParticipant("moeder"));
  REQUIRE(ws->switchReviewer(joost()));
  CHECK_FALSE(ws->canUndo());
  CHECK_FALSE(ws->canRedo());
  CHECK(ws->switchReviewer({"  ", annotate::ReviewerRole::Peer}).error.problem == Problem::NoName);
}
