// Only a tag's own reviewer may change or delete it: every refused
// operation leaves the project file exactly as it was.
#include "workspace_fixture.hpp"

#include "spiegel/store/project.hpp"

#include <algorithm>

using namespace spiegel;
using namespace spiegel::test;
using annotate::Valence;

namespace {
// The tags in the file, read by a second connection, in id order.
std::vector<annotate::Annotation> onDiskById(const Workspace &ws) {
  auto tags = store::Project::open(ws.projectPath(), {.readOnly = true}).annotations();
  std::sort(tags.begin(), tags.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
  return tags;
}

// Joost's point and span tag (with a note and a participant), then Sanne
// is back at the laptop.
struct TwoReviewers {
  std::unique_ptr<Workspace> ws;
  std::vector<annotate::Uuid> family;
  annotate::Uuid joostPoint, joostSpan, sannePoint;
};

TwoReviewers twoReviewers(const std::string &name) {
  TwoReviewers t;
  t.ws = newWorkspace(scratch(name));
  Workspace &ws = *t.ws;
  t.family = addFamily(ws);
  t.sannePoint = *ws.tagNow(1, false, kSecond).value;
  REQUIRE(ws.switchReviewer(joost()));
  ws.setCurrentParticipants({t.family[0]});
  t.joostPoint = *ws.tagNow(2, false, 2 * kSecond).value;
  REQUIRE(ws.setNote(t.joostPoint, "kijkt weg"));
  REQUIRE(ws.markIn(kSecond));
  t.joostSpan = *ws.markOut(3 * kSecond, std::string("safety"), true).value;
  REQUIRE(ws.switchReviewer(sanne()));
  return t;
}
} // namespace

TEST_CASE("owner: every change to another reviewer's tag is refused and leaves the file as it was") {
  auto t = twoReviewers("owner_refused");
  Workspace &ws = *t.ws;
  const auto *point = ws.tags().find(t.joostPoint);
  const auto *mine = ws.tags().find(t.sannePoint);
  REQUIRE(point != nullptr);
  REQUIRE(mine != nullptr);
  CHECK_FALSE(ws.canEdit(*point));
  CHECK_FALSE(ws.canEdit(*ws.tags().find(t.joostSpan)));
  CHECK(ws.canEdit(*mine));
  CHECK(ws.ownerName(*point) == "Joost");
  CHECK(ws.checkOwner(*mine));

  const auto before = onDiskById(ws);
  REQUIRE(before.size() == 3);
  const auto revision = ws.revision();
  const auto current = ws.currentParticipants();
  const std::string sentence =
      "This tag is Joost's. Only Joost can change it; add a tag of your own instead.";
  const auto refused = [&](const char *what, const Status &s) {
    INFO(what);
    REQUIRE_FALSE(s);
    CHECK(describe(s.error) == sentence);
    CHECK(onDiskById(ws) == before);
    CHECK(ws.revision() == revision);
    CHECK_FALSE(ws.canUndo());
  };
  for (const auto &id : {t.joostPoint, t.joostSpan}) {
    refused("indicator", ws.setIndicator(id, std::string("engagement.plus.hopeful")));
    refused("clear indicator", ws.setIndicator(id, std::nullopt));
    refused("element", ws.setElement(id, "system"));
    refused("valence", ws.setValence(id, Valence::Negative));
    refused("note", ws.setNote(id, "overschreven"));
    refused("same note", ws.setNote(id, ws.tags().find(id)->note));
    refused("participants", ws.setParticipants(id, {t.family[1]}));
    refused("F2 on the tag", ws.toggleParticipant(2, id));
    refused("move", ws.moveTag(id, 0));
    refused("resize", ws.resizeTag(id, 0, 4 * kSecond));
    refused("delete", ws.deleteTag(id));
  }
  // F2 on another's tag does not toggle the current selection either.
  CHECK(ws.currentParticipants() == current);

  const auto nl = ws.deleteTag(t.joostPoint);
  app::setLanguage(app::Lang::Nl);
  CHECK(describe(nl.error) == "Deze tag is van Joost. Alleen Joost kan hem wijzigen; maak zelf een nieuwe tag.");
  app::setLanguage(app::Lang::En);

  // The same refusal after reopening the file (the check is not a session flag).
  const auto path = ws.projectPath();
  t.ws.reset();
  auto again = Workspace::openProject(path, sanne());
  REQUIRE(again);
  Workspace &reopened = **again.value;
  CHECK_FALSE(reopened.moveTag(t.joostSpan, 0));
  CHECK_FALSE(reopened.deleteTag(t.joostPoint));
  CHECK(onDiskById(reopened) == before);
}

TEST_CASE("owner: one's own tags still change, and a colleague's stay as they were") {
  auto t = twoReviewers("owner_own");
  Workspace &ws = *t.ws;
  const auto joostBefore = *ws.tags().find(t.joostPoint);
  const auto id = t.sannePoint;
  REQUIRE(ws.setIndicator(id, std::string("engagement.plus.hopeful")));
  REQUIRE(ws.setValence(id, Valence::Negative));
  REQUIRE(ws.setElement(id, "bond"));
  REQUIRE(ws.setNote(id, "lacht"));
  REQUIRE(ws.setParticipants(id, {t.family[2]}));
  REQUIRE(ws.toggleParticipant(1, id));
  REQUIRE(ws.resizeTag(id, kSecond, 2 * kSecond));
  REQUIRE(ws.moveTag(id, 2 * kSecond));
  const auto *a = ws.tags().find(id);
  REQUIRE(a != nullptr);
  CHECK(a->element == "bond");
  CHECK(a->valence == Valence::Negative);
  CHECK(a->note == "lacht");
  CHECK(a->start == 2 * kSecond);
  CHECK(a->end == 3 * kSecond);
  CHECK(a->participants == std::vector<annotate::Uuid>{t.family[2], t.family[0]});
  CHECK(*ws.tags().find(t.joostPoint) == joostBefore);
  REQUIRE(ws.deleteTag(id));
  CHECK(ws.tags().find(id) == nullptr);
  CHECK(onDiskById(ws).size() == 2);
  // Undo brings one's own tag back, step by step.
  REQUIRE(ws.undo());
  REQUIRE(ws.tags().find(id) != nullptr);
  CHECK(ws.tags().find(id)->start == 2 * kSecond);
}

TEST_CASE("owner: undo after a reviewer switch cannot alter another's tag") {
  const auto dir = scratch("owner_undo");
  auto ws = newWorkspace(dir);
  const auto mine = *ws->tagNow(1, false, kSecond).value;
  REQUIRE(ws->setNote(mine, "van Sanne"));
  REQUIRE(ws->moveTag(mine, 2 * kSecond));
  REQUIRE(ws->canUndo());
  const auto sannes = onDiskById(*ws);

  // Joost at the same laptop: Sanne's history is gone, her tag stays.
  REQUIRE(ws->switchReviewer(joost()));
  CHECK_FALSE(ws->canUndo());
  CHECK_FALSE(ws->undo());
  CHECK_FALSE(ws->redo());
  CHECK(onDiskById(*ws) == sannes);

  // Joost's own edits undo; the last undo removes his tag, never hers.
  const auto his = *ws->tagNow(2, false, 3 * kSecond).value;
  REQUIRE(ws->setNote(his, "van Joost"));
  REQUIRE(ws->undo());
  REQUIRE(ws->undo());
  CHECK_FALSE(ws->canUndo());
  CHECK(ws->tags().find(his) == nullptr);
  CHECK(onDiskById(*ws) == sannes);
  REQUIRE(ws->redo()); // his tag again

  // Sanne back: neither her old steps nor Joost's can be replayed.
  REQUIRE(ws->switchReviewer(sanne()));
  CHECK_FALSE(ws->canUndo());
  CHECK_FALSE(ws->canRedo());
  CHECK_FALSE(ws->undo());
  CHECK_FALSE(ws->redo());
  CHECK(ws->tags().find(his) != nullptr);
  CHECK(*ws->tags().find(mine) == sannes.front());
  CHECK_FALSE(ws->deleteTag(his));
}

TEST_CASE("owner: a newcomer and someone without a name can change no tag") {
  const auto dir = scratch("owner_newcomer");
  auto ws = newWorkspace(dir);
  const auto id = *ws->tagNow(1, false, kSecond).value;
  const auto before = onDiskById(*ws);
  // Anna has not tagged yet: she has no reviewer row, and no tag is hers.
  REQUIRE(ws->switchReviewer({"Anna", annotate::ReviewerRole::Peer}));
  CHECK_FALSE(ws->canEdit(*ws->tags().find(id)));
  const auto s = ws->setNote(id, "x");
  REQUIRE_FALSE(s);
  CHECK(describe(s.error) == "This tag is Sanne's. Only Sanne can change it; add a tag of your own instead.");
  CHECK(onDiskById(*ws) == before);

  // Opened without an identity: it asks who you are first.
  const auto path = ws->projectPath();
  ws.reset();
  auto anon = Workspace::openProject(path, std::nullopt);
  REQUIRE(anon);
  const auto r = (*anon.value)->deleteTag(id);
  REQUIRE_FALSE(r);
  CHECK(describe(r.error).find("who you are") != std::string::npos);
  CHECK_FALSE((*anon.value)->canEdit(*(*anon.value)->tags().find(id)));
  CHECK(onDiskById(**anon.value) == before);
}
