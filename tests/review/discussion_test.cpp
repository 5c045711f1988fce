// Discussion in the workspace: threads on a tag or a stretch with their
// comments and replies, resolve/reopen, all undoable in the one history;
// only a comment's author changes it; a read-only project refuses; and in a
// blind round a member's comments on their own tags stay unseen until the
// reveal.
#include "review_fixture.hpp"

using namespace spiegel;
using namespace spiegel::test;

namespace {
const Identity kBram{"Bram", annotate::ReviewerRole::Peer, "profile-bram"};

std::vector<std::string> texts(const Workspace &ws) {
  std::vector<std::string> out;
  for (const auto &c : ws.comments())
    out.push_back(c.text);
  std::sort(out.begin(), out.end());
  return out;
}
} // namespace

TEST_CASE("discussion: a thread on a tag with its first comment is one undoable step") {
  auto ws = newWorkspace(scratch("discussion_start"));
  const auto tag = ws->tagNow(1, false, 12 * kSecond);
  REQUIRE(tag);
  CHECK(ws->startThread(*tag.value, "   ").error.problem == Problem::EmptyComment);
  const auto t = ws->startThread(*tag.value, "Is dit echt betrokkenheid?");
  REQUIRE(t);
  REQUIRE(ws->threads().size() == 1);
  const auto &thread = ws->threads().front();
  CHECK(thread.tag == *tag.value);
  CHECK(thread.start == ws->tags().find(*tag.value)->start);
  CHECK(ws->threadOnTag(*tag.value) == &ws->threads().front());
  CHECK(texts(*ws) == std::vector<std::string>{"Is dit echt betrokkenheid?"});
  CHECK(ws->nextUndo()->kind() == annotate::EditKind::StartThread);

  REQUIRE(ws->undo());
  CHECK(ws->threads().empty());
  CHECK(ws->comments().empty());
  CHECK(ws->threadOnTag(*tag.value) == nullptr);
  REQUIRE(ws->redo());
  REQUIRE(ws->threads().size() == 1);
  CHECK(texts(*ws) == std::vector<std::string>{"Is dit echt betrokkenheid?"});

  // On disk, as a second reader sees it.
  auto again = Workspace::openProject(ws->projectPath(), sanne());
  REQUIRE(again);
  CHECK((*again.value)->threads().size() == 1);
  CHECK((*again.value)->comments().size() == 1);
}

TEST_CASE("discussion: replies, only the author edits or deletes, anyone resolves; all undoable") {
  auto ws = newWorkspace(scratch("discussion_reply"));
  const auto t = ws->startThread(40 * kSecond, 30 * kSecond, "Hier gebeurt iets"); // swapped
  REQUIRE(t);
  CHECK(ws->thread(*t.value)->start == 30 * kSecond);
  CHECK(ws->thread(*t.value)->end == 40 * kSecond);
  CHECK(ws->startThread(0, 2 * kLength, "te lang")); // clamped to the recording
  const auto first = ws->comments().front().id;

  REQUIRE(ws->switchReviewer(joost()));
  const auto answer = ws->reply(*t.value, first, "I see it too");
  REQUIRE(answer);
  CHECK(ws->comment(*answer.value)->parent == first);
  CHECK(ws->reply(*t.value, "no-such-comment", "x").error.problem == Problem::CommentGone);
  CHECK(ws->reply("no-such-thread", "", "x").error.problem == Problem::ThreadGone);
  const auto notHis = ws->editComment(first, "anders");
  CHECK(notHis.error.problem == Problem::CommentNotYours);
  CHECK(notHis.error.subject == "Sanne");
  CHECK(ws->deleteComment(first).error.problem == Problem::CommentNotYours);
  CHECK(ws->comment(first)->text == "Hier gebeurt iets");

  REQUIRE(ws->editComment(*answer.value, "Ik zie het ook"));
  REQUIRE(ws->setResolved(*t.value, true));
  CHECK(ws->thread(*t.value)->resolved);
  REQUIRE(ws->deleteComment(*answer.value));
  CHECK(ws->comment(*answer.value) == nullptr);

  REQUIRE(ws->undo()); // the delete
  CHECK(ws->comment(*answer.value)->text == "Ik zie het ook");
  REQUIRE(ws->undo()); // the resolve
  CHECK_FALSE(ws->thread(*t.value)->resolved);
  REQUIRE(ws->undo()); // the edit
  CHECK(ws->comment(*answer.value)->text == "I see it too");
  REQUIRE(ws->undo()); // the reply
  CHECK(ws->comment(*answer.value) == nullptr);
  CHECK_FALSE(ws->canUndo()); // Sanne's steps were hers: the switch cleared them

  // The thread with the newest activity comes first.
  REQUIRE(ws->reply(*t.value, "", "Nog een"));
  CHECK(ws->threads().front().id == *t.value);
}

TEST_CASE("discussion: a read-only project refuses every discussion edit and keeps the file") {
  const auto dir = scratch("discussion_readonly");
  std::string path;
  {
    auto ws = newWorkspace(dir);
    path = ws->projectPath();
    REQUIRE(ws->startThread(kSecond, 2 * kSecond, "eerste"));
  }
  auto opened = Workspace::openProject(store::Project::open(path, {.readOnly = true}), sanne());
  REQUIRE(opened);
  auto &ws = **opened.value;
  REQUIRE(ws.readOnly());
  const auto thread = ws.threads().front().id;
  const auto first = ws.comments().front().id;
  const auto refused = [](const Error &e) { return e.problem == Problem::Store && e.store->code() == store::ErrorCode::ReadOnly; };
  CHECK(refused(ws.startThread(kSecond, 3 * kSecond, "x").error));
  CHECK(refused(ws.reply(thread, first, "x").error));
  CHECK(refused(ws.editComment(first, "y").error));
  CHECK(refused(ws.setResolved(thread, true).error));
  CHECK(ws.threads().size() == 1);
  CHECK(ws.comments().front().text == "eerste");
}

TEST_CASE("discussion: in a blind round comments on a member's own tags stay unseen until the reveal") {
  auto ws = newWorkspace(scratch("discussion_blind"), joost());
  REQUIRE(ws->startRound(true, {"Sanne", "Bram"}));
  REQUIRE(ws->switchReviewer(sanne()));
  const auto hers = ws->tagNow(1, false, 5 * kSecond);
  REQUIRE(hers);
  REQUIRE(ws->startThread(*hers.value, "Twijfel: betrokkenheid of band?"));
  REQUIRE(ws->startThread(20 * kSecond, 25 * kSecond, "Wat gebeurt hier?"));
  CHECK(ws->threads().size() == 2);

  REQUIRE(ws->switchReviewer(kBram));
  CHECK(ws->threads().empty());
  CHECK(ws->comments().empty());
  REQUIRE(ws->switchReviewer(joost())); // the facilitator neither
  CHECK(ws->threads().empty());

  // After both reveal, Bram sees Sanne's threads and may join in.
  REQUIRE(ws->switchReviewer(sanne()));
  REQUIRE(ws->reveal());
  REQUIRE(ws->switchReviewer(kBram));
  CHECK(ws->threads().empty()); // Sanne revealed, Bram has not
  REQUIRE(ws->reveal());
  REQUIRE(ws->threads().size() == 2);
  CHECK(texts(*ws) == std::vector<std::string>{"Twijfel: betrokkenheid of band?", "Wat gebeurt hier?"});
  const auto onTag = ws->threadOnTag(*hers.value);
  REQUIRE(onTag != nullptr);
  const auto threadId = onTag->id;
  REQUIRE(ws->reply(threadId, "", "Band, denk ik")); // discussing is not coding: allowed after the reveal
  REQUIRE(ws->setResolved(threadId, true));
  // Before Joost has revealed, he still sees none of it.
  REQUIRE(ws->switchReviewer(joost()));
  CHECK(ws->threads().empty());
}
