// Frame steps in long runs, with background decoding behind the playhead:
// every step must land on exactly the next / previous frame, read from the
// frame code in the picture.
#include <catch2/catch.hpp>

#include "player_helpers.hpp"
#include "media_clips.hpp"
#include "spiegel/media/player.hpp"

#include <chrono>
#include <thread>

using namespace spiegel;
using namespace spiegel::media;
using spiegel::test::nullSink;
using spiegel::test::shownCode;
using spiegel::test::codedClip;
using spiegel::test::kFrameUs;

namespace {



void seekTo(Player &p, int frame) {
  p.seek(frame * kFrameUs);
  REQUIRE(p.waitForFrame(10000));
  REQUIRE(shownCode(p) == frame);
}

// Steps `count` frames (negative: back) from `from`, checking every one.
void stepAndCheck(Player &p, int from, int count) {
  int expect = from;
  for (int i = 0; i < (count < 0 ? -count : count); ++i) {
    if (count < 0)
      p.stepBackward();
    else
      p.stepForward();
    REQUIRE(p.waitForFrame(10000));
    expect += count < 0 ? -1 : 1;
    CAPTURE(from, count, i);
    REQUIRE(shownCode(p) == expect);
    REQUIRE(p.state().position == expect * kFrameUs);
    REQUIRE_FALSE(p.state().playing);
  }
}

// A reviewer looking at the frame: long enough for the background decoding
// behind the playhead to start (and, on this small clip, finish).
void look() {
  std::this_thread::sleep_for(std::chrono::milliseconds(400));
}

} // namespace

// The coded clip: 150 frames at 25 fps, keyframes every 25 frames, 2 B-frames.

TEST_CASE("Steps back across several GOP boundaries in a row stay exact", "[player][step]") {
  Player p(codedClip(), nullSink());
  SECTION("back to back, no pause") {
    seekTo(p, 140);
    stepAndCheck(p, 140, -135); // crosses 125, 100, 75, 50, 25
  }
  SECTION("with pauses, so the frames before are decoded in the background") {
    seekTo(p, 128);
    look();
    for (int at = 128; at > 8; at -= 20) {
      stepAndCheck(p, at, -20);
      look();
    }
  }
  SECTION("down to the first frame, which stays") {
    seekTo(p, 30);
    stepAndCheck(p, 30, -30);
    p.stepBackward();
    REQUIRE(p.waitForFrame(10000));
    CHECK(shownCode(p) == 0);
  }
}

TEST_CASE("Forward steps after a seek stay exact", "[player][step]") {
  Player p(codedClip(), nullSink());
  for (int start : {3, 47, 24, 99, 10, 120}) { // forward and backward jumps, on and off keyframes
    CAPTURE(start);
    seekTo(p, start);
    stepAndCheck(p, start, 28); // crosses at least one keyframe
  }
  // After a keyframe seek too: the keyframe is the reference.
  p.seek(61 * kFrameUs, SeekMode::Keyframe);
  REQUIRE(p.waitForFrame(10000));
  REQUIRE(shownCode(p) == 50);
  stepAndCheck(p, 50, 30);
  // After looking at a landed frame (the frames before it are being decoded).
  seekTo(p, 80);
  look();
  stepAndCheck(p, 80, 25);
}

TEST_CASE("Changing direction while decoding behind stays exact", "[player][step]") {
  Player p(codedClip(), nullSink());
  seekTo(p, 107);
  stepAndCheck(p, 107, -9);  // 98: the frames before are being decoded
  stepAndCheck(p, 98, 12);   // 110
  stepAndCheck(p, 110, -40); // 70, across 100 and 75
  look();
  stepAndCheck(p, 70, 7);  // 77
  stepAndCheck(p, 77, -30); // 47, across 75 and 50
  stepAndCheck(p, 47, 60);  // 107, across 50, 75 and 100
}

TEST_CASE("Playing after steps starts where the steps went", "[player][step][play]") {
  Player p(codedClip(), nullSink());
  seekTo(p, 110);
  stepAndCheck(p, 110, -58); // 52: across 100 and 75, far from where any decoding started
  const Micros from = 52 * kFrameUs;
  using Steady = std::chrono::steady_clock;
  p.play();
  // The clock (driven by the sound) starts at the frame the steps reached
  // and moves with the wall clock: no jump to where the decoder's sound
  // was. The audio clock may settle back by less than two frames once the
  // sound starts.
  Micros last = from;
  auto lastAt = Steady::now();
  const auto end = lastAt + std::chrono::seconds(10);
  while (last < from + 400'000 && Steady::now() < end) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    const Micros pos = p.state().position;
    const auto now = Steady::now();
    const auto wallUs = std::chrono::duration_cast<std::chrono::microseconds>(now - lastAt).count();
    CHECK(pos >= from - 2 * kFrameUs);
    CHECK(pos + 2 * kFrameUs >= last);
    CHECK(pos - last <= wallUs + 60'000);
    if (pos > last) {
      last = pos;
      lastAt = now;
    }
  }
  p.pause();
  CHECK(last >= from + 400'000);
  const auto code = shownCode(p);
  CHECK(code >= 52 + 10);
  CHECK(code * kFrameUs <= p.state().position);
}

TEST_CASE("Paused, the decoder keeps frames ready ahead and forward steps are answered from them",
          "[player][step][readahead]") {
  Player p(codedClip(), nullSink());
  // More than the 6 frames kept ahead while playing, fewer than the 16 kept
  // while paused.
  constexpr int kSteps = 12;
  for (int start : {25, 52, 110}) { // on a keyframe, just after one, mid-GOP (the steps cross 125)
    CAPTURE(start);
    seekTo(p, start);
    // A reviewer looks at the frame: the decoder fills its read-ahead in the
    // background. Polled, not timed: the deadline only guards against a hang.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (p.state().framesReadyAhead < kSteps && std::chrono::steady_clock::now() < deadline)
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    REQUIRE(p.state().framesReadyAhead >= kSteps);
    CHECK(p.state().framesReadyAhead <= 16); // bounded: then the decoder idles
    const auto waited = p.state().stepsWaited;
    stepAndCheck(p, start, kSteps);
    CHECK(p.state().stepsWaited == waited); // every step found its frame decoded
  }
}
