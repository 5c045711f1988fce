// Recall sessions in the workspace: prepared, filled with moments from tags
// in one undoable step, reordered, paused and answered; typing an answer
// undoes as one; a deleted moment or session is RecallGone; all on disk.
#include "review_fixture.hpp"

using namespace spiegel;
using namespace spiegel::test;

namespace {
std::vector<Uuid> momentTags(const Workspace &ws, const Uuid &session) {
  std::vector<Uuid> out;
  for (const auto &m : ws.recallMoments(session))
    out.push_back(m.tag);
  return out;
}
} // namespace

TEST_CASE("recall: moments from tags are one undoable step, and a tag is added once") {
  auto ws = newWorkspace(scratch("recall_moments"));
  const auto a = ws->tagNow(1, false, 10 * kSecond);
  const auto b = ws->tagNow(3, true, 30 * kSecond);
  REQUIRE(a);
  REQUIRE(b);
  const auto s = ws->newRecallSession("Terugkijken met Sanne", annotate::Purpose::Recall);
  REQUIRE(s);
  CHECK(ws->recallSession(*s.value)->title == "Terugkijken met Sanne");
  CHECK(ws->recallSession(*s.value)->createdBy == ws->currentReviewerId());

  const auto picked = annotate::momentsFromTags(ws->tags().all(), {}, ws->codebook(), {});
  REQUIRE(picked.size() == 2);
  const auto added = ws->addRecallMoments(*s.value, picked);
  REQUIRE(added);
  CHECK(*added.value == 2);
  CHECK(momentTags(*ws, *s.value) == std::vector<Uuid>{*a.value, *b.value});
  CHECK(ws->nextUndoSize() == 2);
  // The same tags again add nothing.
  const auto again = ws->addRecallMoments(*s.value, picked);
  REQUIRE(again);
  CHECK(*again.value == 0);

  REQUIRE(ws->undo()); // both moments at once
  CHECK(ws->recallMoments(*s.value).empty());
  REQUIRE(ws->redo());
  CHECK(ws->recallMoments(*s.value).size() == 2);

  // Reordering: the Safety moment first; at the front, -1 changes nothing.
  const auto second = ws->recallMoments(*s.value)[1].id;
  REQUIRE(ws->moveRecallMoment(second, -1));
  CHECK(momentTags(*ws, *s.value) == std::vector<Uuid>{*b.value, *a.value});
  REQUIRE(ws->moveRecallMoment(second, -1));
  CHECK(momentTags(*ws, *s.value) == std::vector<Uuid>{*b.value, *a.value});
  REQUIRE(ws->undo());
  CHECK(momentTags(*ws, *s.value) == std::vector<Uuid>{*a.value, *b.value});

  // On disk, as the next opening sees it.
  auto reopened = Workspace::openProject(ws->projectPath(), sanne());
  REQUIRE(reopened);
  CHECK(momentTags(**reopened.value, *s.value) == std::vector<Uuid>{*a.value, *b.value});
}

TEST_CASE("recall: a pause keeps who paused and the answer, typed as one undo step") {
  auto ws = newWorkspace(scratch("recall_pause"));
  const auto tag = ws->tagNow(2, false, 20 * kSecond);
  REQUIRE(tag);
  const auto s = ws->newRecallSession("Supervisie", annotate::Purpose::Recall);
  REQUIRE(s);
  REQUIRE(ws->addRecallMoments(*s.value, annotate::momentsFromTags(ws->tags().all(), {}, ws->codebook(), {})));
  const auto moment = ws->recallMoments(*s.value).front();
  CHECK(moment.preRoll == annotate::kDefaultPreRoll);

  const auto p = ws->pauseRecall(*s.value, moment.id, moment.start, annotate::PausedBy::Auto,
                                 "Wat ging er op dat moment in je om?");
  REQUIRE(p);
  const auto q = ws->pauseRecall(*s.value, "", 25 * kSecond, annotate::PausedBy::Recaller, "");
  REQUIRE(q);
  REQUIRE(ws->recallPauses(*s.value).size() == 2);
  CHECK(ws->recallPause(*q.value)->by == annotate::PausedBy::Recaller);
  CHECK(ws->recallPause(*q.value)->moment.empty());

  // Typing "Ik", then "Ik was bang" in one answer: one step.
  auto typed = *ws->recallPause(*p.value);
  typed.answer = "Ik";
  REQUIRE(ws->editRecallPause(typed));
  typed.answer = "Ik was bang";
  REQUIRE(ws->editRecallPause(typed));
  CHECK(ws->recallPause(*p.value)->answer == "Ik was bang");
  REQUIRE(ws->undo());
  CHECK(ws->recallPause(*p.value)->answer.empty());
  REQUIRE(ws->redo());

  // Deleting the moment the pause was in leaves the pause's words, and an
  // edit of the deleted moment says it is gone.
  REQUIRE(ws->removeRecallMoment(moment.id));
  CHECK(ws->editRecallMoment(moment).error.problem == Problem::RecallGone);
  CHECK(ws->recallPause(*p.value)->answer == "Ik was bang");

  // Lessons learned and the SKJ dimensions on the session.
  auto held = *ws->recallSession(*s.value);
  held.heldOn = "2026-11-30";
  held.lessons = "Eerder vragen wat moeder bedoelt.";
  held.personal = "Ik merk dat ik snel invul.";
  held.minutes = 45;
  REQUIRE(ws->editRecallSession(held));
  auto reopened = Workspace::openProject(ws->projectPath(), sanne());
  REQUIRE(reopened);
  const auto *stored = (*reopened.value)->recallSession(*s.value);
  REQUIRE(stored);
  CHECK(stored->lessons == held.lessons);
  CHECK(stored->minutes == 45);
  CHECK((*reopened.value)->recallPause(*p.value)->answer == "Ik was bang");

  REQUIRE(ws->deleteRecallSession(*s.value));
  CHECK(ws->recallSessions().empty());
  CHECK(ws->editRecallSession(held).error.problem == Problem::RecallGone);
  CHECK(ws->pauseRecall(*s.value, "", 0, annotate::PausedBy::Inquirer, "").error.problem == Problem::RecallGone);
  REQUIRE(ws->undo());
  CHECK(ws->recallSessions().size() == 1);
}
