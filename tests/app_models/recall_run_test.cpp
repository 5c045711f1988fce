// The recall session's player rules (viewmodels/recall_run.hpp) without a
// window: from the pre-roll to a pause by itself at the moment (or a
// span's end), the post-roll, N / P, a person's pause and the closing form.
#include "viewmodels/recall_run.hpp"

#include <catch2/catch.hpp>

using namespace spiegel;
using namespace spiegel::app::viewmodels;
using annotate::PausedBy;

namespace {
constexpr Micros kS = 1'000'000;

annotate::RecallMoment point(const char *id, Micros at, Micros preRoll = 5 * kS, Micros postRoll = 0) {
  annotate::RecallMoment m;
  m.id = id;
  m.session = "s";
  m.start = m.end = at;
  m.preRoll = preRoll;
  m.postRoll = postRoll;
  m.prompt = std::string("prompt ") + id;
  return m;
}

// Plays from `from` to `to` in steps of a 60 Hz frame, as the window ticks.
RecallOrder playTo(RecallRun &run, Micros from, Micros to) {
  for (Micros t = from; t <= to; t += 16'667) {
    auto order = run.tick(t, true, false);
    if (!order.empty())
      return order;
  }
  return {};
}
} // namespace

TEST_CASE("recall run: the session starts at the first moment's pre-roll and pauses by itself at it") {
  RecallRun run("s", {point("a", 20 * kS), point("b", 50 * kS, 3 * kS)}, 60 * kS);
  const auto start = run.start();
  CHECK(start.seek == 15 * kS);
  CHECK(start.play);
  CHECK(run.phase() == RecallPhase::Approaching);
  CHECK(run.tick(40 * kS, true, true).empty()); // still seeking: the old position says nothing

  const auto at = playTo(run, 15 * kS, 21 * kS);
  REQUIRE(at.record);
  CHECK(*at.record == PausedBy::Auto);
  CHECK(at.at == 20 * kS);
  CHECK(at.moment == "a");
  CHECK(at.prompt == "prompt a");
  CHECK(at.pause);
  CHECK(at.seek == 20 * kS); // on the moment's own frame
  CHECK(run.phase() == RecallPhase::AtMoment);
  CHECK(run.tick(20 * kS, false, false).empty()); // waits

  // Space: no post-roll, so on to the next moment's pre-roll.
  const auto on = run.proceed(false, 20 * kS);
  CHECK(on.seek == 47 * kS);
  CHECK(on.play);
  CHECK(run.index() == 1);
  const auto second = playTo(run, 47 * kS, 51 * kS);
  CHECK(second.at == 50 * kS);
  CHECK(second.moment == "b");
  // The last moment: Space closes.
  const auto done = run.proceed(false, 50 * kS);
  CHECK(done.pause);
  CHECK(run.phase() == RecallPhase::Closing);
}

TEST_CASE("recall run: a span pauses at its end and a post-roll plays on before the next moment") {
  auto span = point("a", 10 * kS, 2 * kS, 4 * kS);
  span.end = 14 * kS;
  RecallRun run("s", {span, point("b", 40 * kS)}, 60 * kS);
  CHECK(run.start().seek == 8 * kS);
  CHECK(playTo(run, 8 * kS, 13 * kS).empty()); // inside the span: plays on
  const auto at = playTo(run, 13 * kS, 15 * kS);
  CHECK(at.at == 14 * kS);
  const auto post = run.proceed(false, 14 * kS);
  CHECK(post.play);
  CHECK(!post.seek);
  CHECK(run.phase() == RecallPhase::PostRoll);
  CHECK(playTo(run, 14 * kS, 17 * kS).empty());
  const auto next = playTo(run, 17 * kS, 19 * kS); // the post-roll ends at 18 s
  CHECK(next.seek == 35 * kS);
  CHECK(run.index() == 1);
}

TEST_CASE("recall run: a person pauses while it plays, and Space goes on from there") {
  RecallRun run("s", {point("a", 20 * kS)}, 60 * kS);
  (void)run.start();
  CHECK(playTo(run, 15 * kS, 17 * kS).empty());
  const auto held = run.proceed(true, 17 * kS); // Space while playing
  REQUIRE(held.record);
  CHECK(*held.record == PausedBy::Recaller);
  CHECK(held.at == 17 * kS);
  CHECK(held.moment == "a");
  CHECK(held.prompt.empty());
  CHECK(held.pause);
  CHECK(run.phase() == RecallPhase::Held);
  CHECK(run.personPause(PausedBy::Inquirer, 17 * kS).empty()); // paused already
  const auto resume = run.proceed(false, 17 * kS);
  CHECK(resume.play);
  CHECK(run.phase() == RecallPhase::Approaching);
  const auto at = playTo(run, 17 * kS, 21 * kS);
  CHECK(at.at == 20 * kS); // and it still pauses at the moment
  CHECK(run.personPause(PausedBy::Inquirer, 20 * kS).empty());
}

TEST_CASE("recall run: N and P go between moments, a jump by hand past a moment does not pause") {
  RecallRun run("s", {point("a", 20 * kS), point("b", 40 * kS), point("c", 50 * kS)}, 60 * kS);
  (void)run.start();
  CHECK(run.jump(-1).seek == 15 * kS); // P on the first plays it again
  CHECK(run.jump(+1).seek == 35 * kS);
  CHECK(run.jump(+1).seek == 45 * kS);
  CHECK(run.jump(-1).seek == 35 * kS);
  // Seeking by hand from 36 s to 44 s (past b at 40 s) is no playing through it.
  CHECK(run.tick(36 * kS, true, false).empty());
  CHECK(run.tick(44 * kS, true, false).empty());
  CHECK(run.phase() == RecallPhase::Approaching);
  (void)run.goTo(2);
  CHECK(run.jump(+1).pause); // N on the last closes
  CHECK(run.phase() == RecallPhase::Closing);
  CHECK(run.jump(+1).empty());
  CHECK(run.jump(-1).seek == 45 * kS); // P from the closing form plays the last again
}

TEST_CASE("recall run: a pre-roll before the recording's start and a session without moments") {
  RecallRun early("s", {point("a", 2 * kS)}, 60 * kS);
  const auto start = early.start();
  CHECK(start.seek == 0);
  CHECK(early.tick(0, true, false).empty());
  CHECK(playTo(early, 0, 3 * kS).at == 2 * kS);

  RecallRun atZero("s", {point("z", 0, 0)}, 60 * kS);
  CHECK(atZero.start().seek == 0);
  CHECK(atZero.tick(0, true, false).record == PausedBy::Auto);

  RecallRun none("s", {}, 60 * kS);
  CHECK(none.start().pause);
  CHECK(none.phase() == RecallPhase::Closing);
  CHECK(none.moment() == nullptr);
}

TEST_CASE("recall run: moments edited while it runs keep the one playing") {
  RecallRun run("s", {point("a", 20 * kS), point("b", 40 * kS)}, 60 * kS);
  (void)run.goTo(1);
  auto edited = point("b", 40 * kS, 8 * kS);
  run.setMoments({point("x", 10 * kS), point("a", 20 * kS), edited});
  CHECK(run.index() == 2);
  CHECK(run.plan().from == 32 * kS);
  run.setMoments({point("a", 20 * kS)}); // b removed
  CHECK(run.index() == 0);
  run.setMoments({});
  CHECK(run.phase() == RecallPhase::Closing);
}

TEST_CASE("recall run: ending the session early pauses and shows the closing form, which can go back") {
  RecallRun run("s", {point("a", 20 * kS), point("b", 50 * kS)}, 60 * kS);
  (void)run.start();
  const auto end = run.finish();
  CHECK(end.pause);
  CHECK_FALSE(end.seek);
  CHECK_FALSE(end.record);
  CHECK(run.phase() == RecallPhase::Closing);
  CHECK(run.tick(16 * kS, false, false).empty()); // nothing pauses by itself any more
  CHECK(run.jump(+1).empty());
  run.reopen();
  CHECK(run.phase() == RecallPhase::AtMoment);
  CHECK(run.index() == 0);
}
