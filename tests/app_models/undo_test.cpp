#include "workspace_fixture.hpp"

#include "spiegel/store/project.hpp"

using namespace spiegel;
using namespace spiegel::test;
using annotate::Valence;

namespace {
std::vector<annotate::Rating> ratingsOnDisk(const Workspace &ws) {
  return store::Project::open(ws.projectPath(), {.readOnly = true}).ratings();
}
// The in-memory index equals what a second connection reads from the file.
void checkInSync(const Workspace &ws) {
  const auto disk = onDisk(ws);
  REQUIRE(disk.size() == ws.tags().size());
  for (const auto &a : disk) {
    const auto *mem = ws.tags().find(a.id);
    REQUIRE(mem != nullptr);
    CHECK(*mem == a);
  }
}
} // namespace

TEST_CASE("undo: every tag edit undoes and redoes, with its description, written through at once") {
  const auto dir = scratch("undo_tags");
  auto ws = newWorkspace(dir);
  CHECK_FALSE(ws->canUndo());
  CHECK(app::undoText(*ws).empty());
  CHECK_FALSE(ws->undo());
  const auto ids = addFamily(*ws);
  CHECK(app::undoText(*ws) == "Undo: add participant professional");
  // A clock that moves 10 s per edit, so no two note edits merge by accident.
  annotate::UnixMillis clock = 1'800'000'000'000;
  ws->setClock([&] { return clock += 10'000; });

  const auto id = *ws->tagNow(1, false, 83 * kSecond / 100).value; // 0.83 s
  CHECK(app::undoText(*ws) == "Undo: add tag Engagement at 00:00.830");
  app::setLanguage(app::Lang::Nl);
  CHECK(app::undoText(*ws) == "Ongedaan maken: tag toevoegen Betrokkenheid op 00:00.830");
  app::setLanguage(app::Lang::En);
  checkInSync(*ws);

  REQUIRE(ws->setIndicator(id, std::string("engagement.plus.hopeful")));
  CHECK(app::undoText(*ws) == "Undo: edit tag Engagement at 00:00.830");
  REQUIRE(ws->setNote(id, "hoopvol"));
  CHECK(app::undoText(*ws) == "Undo: edit note of Engagement at 00:00.830");
  REQUIRE(ws->setParticipants(id, {ids[0]}));
  REQUIRE(ws->moveTag(id, 2 * kSecond));
  CHECK(app::undoText(*ws) == "Undo: move tag Engagement at 00:00.830");
  REQUIRE(ws->resizeTag(id, 2 * kSecond, 3 * kSecond));
  CHECK(app::undoText(*ws) == "Undo: resize tag Engagement at 00:02.000");
  REQUIRE(ws->deleteTag(id));
  CHECK(app::undoText(*ws) == "Undo: delete tag Engagement at 00:02.000");
  CHECK(onDisk(*ws).empty());

  // Walk all the way back, checking the file after every step.
  const auto saved = ws->lastSavedAt();
  REQUIRE(ws->undo()); // delete
  CHECK(ws->lastSavedAt() > saved);
  checkInSync(*ws);
  CHECK(ws->tags().find(id)->end == 3 * kSecond);
  CHECK(app::redoText(*ws) == "Redo: delete tag Engagement at 00:02.000");
  REQUIRE(ws->undo()); // resize
  checkInSync(*ws);
  CHECK(ws->tags().find(id)->isPoint());
  REQUIRE(ws->undo()); // move
  checkInSync(*ws);
  CHECK(ws->tags().find(id)->start == 830'000);
  REQUIRE(ws->undo()); // participants
  CHECK(ws->tags().find(id)->participants.empty());
  REQUIRE(ws->undo()); // note
  CHECK(ws->tags().find(id)->note.empty());
  REQUIRE(ws->undo()); // indicator
  CHECK_FALSE(ws->tags().find(id)->indicator.has_value());
  REQUIRE(ws->undo()); // add
  CHECK(ws->tags().empty());
  checkInSync(*ws);
  CHECK(app::undoText(*ws) == "Undo: add participant professional"); // from addFamily
  CHECK(ws->canRedo());
  CHECK(app::redoText(*ws) == "Redo: add tag Engagement at 00:00.830");

  // And forward again to the deleted state.
  for (int i = 0; i < 7; ++i)
    REQUIRE(ws->redo());
  CHECK_FALSE(ws->canRedo());
  CHECK(ws->tags().empty());
  REQUIRE(ws->undo());
  const auto *back = ws->tags().find(id);
  REQUIRE(back != nullptr);
  CHECK(back->note == "hoopvol");
  CHECK(back->indicator == "engagement.plus.hopeful");
  CHECK(back->participants == std::vector<annotate::Uuid>{ids[0]});
  CHECK(back->start == 2 * kSecond);
  CHECK(back->end == 3 * kSecond);
  checkInSync(*ws);
}

TEST_CASE("undo: typing a note in quick steps undoes as one") {
  const auto dir = scratch("undo_note");
  auto ws = newWorkspace(dir);
  annotate::UnixMillis clock = 1'800'000'000'000;
  ws->setClock([&] { return clock; });
  const auto id = *ws->tagNow(2, false, kSecond).value;
  for (const char *text : {"M", "Mo", "Moe", "Moeder"}) {
    clock += 300; // typing
    REQUIRE(ws->setNote(id, text));
  }
  CHECK(onDisk(*ws).front().note == "Moeder");
  REQUIRE(ws->undo());
  CHECK(ws->tags().find(id)->note.empty());
  CHECK(onDisk(*ws).front().note.empty());
  CHECK(app::undoText(*ws) == "Undo: add tag Connection at 00:01.000");
}

TEST_CASE("undo: ratings set, change and clear undo with their description") {
  const auto dir = scratch("undo_ratings");
  auto ws = newWorkspace(dir);
  const auto ids = addFamily(*ws);
  REQUIRE(ws->setRating(ids[0], "engagement", 2, "doet mee"));
  CHECK(app::undoText(*ws) == "Undo: rating Engagement for mother");
  REQUIRE(ws->myRating(ids[0], "engagement") != nullptr);
  CHECK(ws->myRating(ids[0], "engagement")->value == 2);
  REQUIRE(ws->setRating(ids[0], "engagement", -1, "toch niet"));
  REQUIRE(ws->setRating(annotate::kFamilySubject, "system", 1));
  CHECK(app::undoText(*ws) == "Undo: rating Family alliance for the family");
  REQUIRE(ws->clearRating(ids[0], "engagement"));
  CHECK(app::undoText(*ws) == "Undo: clear rating Engagement for mother");
  CHECK(ws->myRating(ids[0], "engagement") == nullptr);
  CHECK(ratingsOnDisk(*ws).size() == 1);

  REQUIRE(ws->undo()); // clear
  CHECK(ws->myRating(ids[0], "engagement")->value == -1);
  REQUIRE(ws->undo()); // family
  CHECK(ws->myRating(annotate::kFamilySubject, "system") == nullptr);
  REQUIRE(ws->undo()); // change
  CHECK(ws->myRating(ids[0], "engagement")->value == 2);
  CHECK(ws->myRating(ids[0], "engagement")->rationale == "doet mee");
  const auto disk = ratingsOnDisk(*ws);
  REQUIRE(disk.size() == 1);
  CHECK(disk[0].value == 2);
  REQUIRE(ws->undo()); // first set
  CHECK(ws->myRating(ids[0], "engagement") == nullptr);
  CHECK(ratingsOnDisk(*ws).empty());

  // Values outside the scale and elements for the wrong subject are refused.
  CHECK_FALSE(ws->setRating(ids[0], "engagement", 5));
  CHECK_FALSE(ws->setRating(ids[0], "system", 1));
  CHECK_FALSE(ws->setRating(annotate::kFamilySubject, "bond", 1));
  CHECK(ratingsOnDisk(*ws).empty());
}

TEST_CASE("participants: add, edit, remove, removing one in use is refused") {
  const auto dir = scratch("participants");
  auto ws = newWorkspace(dir);
  const auto ids = addFamily(*ws);
  REQUIRE(ws->participants().size() == 4);
  CHECK(ws->participant(ids[0])->kind == annotate::ParticipantKind::FamilyMember);
  CHECK(ws->participant(ids[3])->kind == annotate::ParticipantKind::Professional);
  CHECK_FALSE(ws->participant(ids[0])->colour.empty());
  CHECK_FALSE(ws->addParticipant(""));

  auto edited = *ws->participant(ids[1]);
  edited.alias = "Kees";
  edited.colour = "#123456";
  REQUIRE(ws->updateParticipant(edited));
  CHECK(ws->participant(ids[1])->alias == "Kees");
  CHECK(store::Project::open(ws->projectPath(), {.readOnly = true}).participants()[1].alias == "Kees");

  REQUIRE(ws->toggleParticipant(3));
  const auto tag = *ws->tagNow(1, false, kSecond).value;
  auto refused = ws->removeParticipant(ids[2]);
  REQUIRE_FALSE(refused);
  CHECK(describe(refused.error).find("1 tag(s)") != std::string::npos);
  REQUIRE(ws->setParticipants(tag, {}));
  REQUIRE(ws->removeParticipant(ids[2]));
  CHECK(ws->participants().size() == 3);
  CHECK(ws->participant(ids[2]) == nullptr);
  CHECK(ws->currentParticipants().empty());
  // F3 now means the next person in display order.
  REQUIRE(ws->toggleParticipant(3));
  CHECK(ws->currentParticipants() == std::vector<annotate::Uuid>{ids[3]});
}

TEST_CASE("undo: participant add, edit and remove undo and redo in order with tag edits") {
  const auto dir = scratch("undo_participants");
  auto ws = newWorkspace(dir);
  const auto mother = *ws->addParticipant("moeder").value;
  CHECK(app::undoText(*ws) == "Undo: add participant mother");
  auto edited = *ws->participant(mother);
  edited.alias = "Anna";
  REQUIRE(ws->updateParticipant(edited));
  CHECK(app::undoText(*ws) == "Undo: edit participant mother");
  const auto tag = *ws->tagNow(1, false, kSecond).value;
  const auto father = *ws->addParticipant("vader").value;
  REQUIRE(ws->removeParticipant(father));
  CHECK(app::undoText(*ws) == "Undo: remove participant father");
  const auto disk = [&] {
    return store::Project::open(ws->projectPath(), {.readOnly = true}).participants();
  };
  CHECK(disk().size() == 1);

  REQUIRE(ws->undo()); // remove father
  CHECK(ws->participant(father) != nullptr);
  CHECK(disk().size() == 2);
  REQUIRE(ws->undo()); // add father
  CHECK(ws->participant(father) == nullptr);
  REQUIRE(ws->undo()); // tag
  CHECK(ws->tags().empty());
  REQUIRE(ws->undo()); // alias
  CHECK(ws->participant(mother)->alias.empty());
  CHECK(disk()[0].alias.empty());
  CHECK(app::redoText(*ws) == "Redo: edit participant mother");
  REQUIRE(ws->undo()); // add mother
  CHECK(ws->participants().empty());
  CHECK(disk().empty());
  CHECK_FALSE(ws->canUndo());

  for (int i = 0; i < 5; ++i)
    REQUIRE(ws->redo());
  CHECK_FALSE(ws->canRedo());
  CHECK(ws->participant(mother)->alias == "Anna");
  CHECK(ws->tags().find(tag) != nullptr);
  CHECK(ws->participant(father) == nullptr);
  CHECK(disk().size() == 1);

  // Undoing the add of someone tagged since is refused (the tag would point at nobody).
  REQUIRE(ws->undo()); // remove father
  REQUIRE(ws->undo()); // add father
  REQUIRE(ws->redo()); // add father again
  ws->setCurrentParticipants({father});
  REQUIRE(ws->tagNow(2, false, kSecond));
  REQUIRE(ws->undo()); // the new tag
  REQUIRE(ws->setParticipants(tag, {father}));
  // History now: add mother, edit, tag, add father, set participants of tag.
  REQUIRE(ws->undo()); // participants of tag
  REQUIRE(ws->undo()); // add father: nobody refers to him now
  CHECK(ws->participant(father) == nullptr);
  REQUIRE(ws->redo());
  REQUIRE(ws->redo());
  CHECK_FALSE(ws->removeParticipant(father)); // on a tag again
}
