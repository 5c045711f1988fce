// The contract of project.hpp, run on every backend: recall sessions, their
// moments and pauses (issue #14 §1) — stored with ids, checked, audited,
// exported, merged by id idempotently, and gone with their recording.
#include "backends.hpp"

#include "spiegel/store/package.hpp"

using namespace spiegel;
using namespace spiegel::test;
using annotate::MomentKind;
using annotate::PausedBy;
using store::ErrorCode;

namespace {

struct Session {
  annotate::RecallSession session;
  annotate::RecallMoment moment;
  annotate::RecallPause pause;
};

// Fenna's supervision session on Ria's tag at 12 s: one moment, one pause.
Session supervision(store::Project &p) {
  const auto fenna = p.saveReviewer({.name = "Fenna", .profile = "p-fenna"});
  const auto tag = p.addAnnotation(tagAt(p, 12));
  Session s;
  s.session = p.saveRecallSession({.recording = p.recordings().front().id,
                                   .title = "Supervisie week 3",
                                   .purpose = annotate::Purpose::Supervision,
                                   .createdBy = fenna.id,
                                   .heldOn = "2026-12-04"});
  s.moment = p.saveRecallMoment(
      {.session = s.session.id, .rank = 1, .kind = MomentKind::Tag, .tag = tag.id, .start = tag.start, .end = tag.end});
  s.pause = p.saveRecallPause({.session = s.session.id,
                               .moment = s.moment.id,
                               .at = tag.start,
                               .by = PausedBy::Auto,
                               .prompt = "Wat ging er op dat moment in je om?",
                               .answer = "Ik wilde de moeder niet kwijtraken.",
                               .forLater = "misschien eigen onzekerheid"});
  return s;
}

} // namespace

CONTRACT_TEST("recall: a session, its moment and pause saved with ids, read back, audited", "[recall]") {
  auto p = projectOn<TestType>("recall");
  const auto before = p.audit().size();
  const auto s = supervision(p);
  CHECK_FALSE(s.session.id.empty());
  CHECK(s.session.createdAt > 0);
  REQUIRE(p.recallSessions().size() == 1);
  CHECK(p.recallSessions().front() == s.session);
  REQUIRE(p.recallMoments(s.session.id).size() == 1);
  CHECK(p.recallMoments(s.session.id).front() == s.moment);
  CHECK(p.recallMoments(s.session.id).front().preRoll == annotate::kDefaultPreRoll);
  REQUIRE(p.recallPauses(s.session.id).size() == 1);
  CHECK(p.recallPauses(s.session.id).front().answer == "Ik wilde de moeder niet kwijtraken.");
  CHECK(p.recallPauses("another").empty());
  const auto log = p.audit();
  REQUIRE(log.size() >= before + 5); // reviewer, tag, session, moment, pause
  CHECK(log.back().object == "recall pause " + s.pause.id);
  CHECK(log[log.size() - 3].object == "recall session " + s.session.id);

  // An edit keeps createdAt; the lessons are the session's.
  auto edited = s.session;
  edited.lessons = "Eerder benoemen wat ik zie.";
  edited.minutes = 50;
  const auto saved = p.saveRecallSession(edited);
  CHECK(saved.createdAt == s.session.createdAt);
  CHECK(saved.updatedAt > s.session.updatedAt);
  CHECK(p.recallSessions().front().lessons == "Eerder benoemen wat ik zie.");
  CHECK(p.audit().back().action == "edit");

  // A tombstone hides the moment.
  auto gone = s.moment;
  gone.deleted = true;
  p.saveRecallMoment(gone);
  CHECK(p.recallMoments(s.session.id).empty());
  CHECK(p.recallMoments(s.session.id, true).size() == 1);
}

CONTRACT_TEST("recall: what does not fit is refused, naming the field", "[recall][errors]") {
  auto p = projectOn<TestType>("recall-bad");
  const auto s = supervision(p);
  const auto refused = [&](auto f, const char *field) {
    try {
      f();
      FAIL("accepted, expected BadValue " << field);
    } catch (const store::StoreError &e) {
      CHECK(e.code() == ErrorCode::BadValue);
      CHECK(e.field() == field);
    }
  };
  refused([&] { p.saveRecallSession({.recording = "nope"}); }, "recording");
  refused([&] { p.saveRecallSession({.recording = s.session.recording, .createdBy = "nobody"}); }, "createdBy");
  refused([&] { p.saveRecallSession({.recording = s.session.recording, .heldOn = "4-12-2026"}); }, "heldOn");
  refused([&] { p.saveRecallSession({.recording = s.session.recording, .minutes = -5}); }, "minutes");
  refused([&] { p.saveRecallMoment({.session = "nope", .start = 0, .end = 0}); }, "session");
  refused([&] { p.saveRecallMoment({.session = s.session.id, .tag = "nope"}); }, "tag");
  refused([&] { p.saveRecallMoment({.session = s.session.id, .start = 20, .end = 10}); }, "end");
  refused([&] { p.saveRecallMoment({.session = s.session.id, .start = 0, .end = kTenMinutes + 1}); }, "end");
  refused([&] { p.saveRecallMoment({.session = s.session.id, .preRoll = -1}); }, "preRoll");
  refused([&] { p.saveRecallMoment({.session = s.session.id, .postRoll = 61'000'000}); }, "postRoll");
  refused([&] { p.saveRecallPause({.session = s.session.id, .moment = "nope"}); }, "moment");
  refused([&] { p.saveRecallPause({.session = s.session.id, .at = -1}); }, "at");
  auto deleted = s.session;
  deleted.deleted = true;
  p.saveRecallSession(deleted);
  refused([&] { p.saveRecallPause({.session = s.session.id}); }, "session");
  CHECK(p.recallSessions().empty());
}

CONTRACT_TEST("recall sessions travel in the package and merge idempotently, reviewers mapped", "[recall][merge]") {
  auto a = projectOn<TestType>("recall-merge-a");
  const auto s = supervision(a);
  const auto pkg = store::parsePackage(store::packageToJson(a.exportPackage()), "a.json");
  REQUIRE(pkg.recallSessions.size() == 1);
  CHECK(pkg.recallSessions.front().value == s.session);
  CHECK(pkg.recallMoments.front().value == s.moment);
  CHECK(pkg.recallPauses.front().value == s.pause);

  auto b = projectOn<TestType>("recall-merge-b"); // the same recording, another copy
  const auto first = b.merge(pkg, "a.json");
  CHECK(first.changedAnything());
  REQUIRE(b.recallSessions().size() == 1);
  const auto merged = b.recallSessions().front();
  CHECK(merged.id == s.session.id);
  CHECK(merged.title == "Supervisie week 3");
  const auto reviewers = b.reviewers();
  CHECK(std::any_of(reviewers.begin(), reviewers.end(), [&](const auto &r) { return r.id == merged.createdBy; }));
  CHECK(b.recallPauses(merged.id).front().forLater == "misschien eigen onzekerheid");
  CHECK_FALSE(b.merge(pkg, "a.json").changedAnything());
}

CONTRACT_TEST("deleting a recording without keeping the work blanks what was said in its sessions", "[recall][delete]") {
  auto p = projectOn<TestType>("recall-delete");
  const auto s = supervision(p);
  p.recordDeletion(s.session.recording, {}, false);
  CHECK(p.recallSessions().empty());
  const auto pauses = p.recallPauses(s.session.id, true);
  REQUIRE(pauses.size() == 1);
  CHECK(pauses.front().deleted);
  CHECK(pauses.front().answer.empty());
  CHECK(pauses.front().forLater.empty());
  CHECK(p.recallSessions(true).front().title.empty());
}
