#include <catch2/catch.hpp>

#include "player_helpers.hpp"
#include "media_clips.hpp"
#include "spiegel/media/error.hpp"
#include "spiegel/media/player.hpp"

#include <atomic>
#include <chrono>
#include <random>
#include <stdexcept>
#include <thread>

using namespace spiegel;
using namespace spiegel::media;
using spiegel::test::nullSink;
using spiegel::test::shownCode;
using spiegel::test::codedClip;
using spiegel::test::kFrameUs;

namespace {



std::int64_t seekAndRead(Player &p, Micros t, SeekMode mode = SeekMode::Exact) {
  p.seek(t, mode);
  REQUIRE(p.waitForFrame(10000));
  return shownCode(p);
}

// Polls the state until `pred` holds or `seconds` pass.
template <class Pred> bool waitUntil(Player &p, double seconds, Pred pred) {
  const auto end = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  while (std::chrono::steady_clock::now() < end) {
    if (pred(p.state()))
      return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  return pred(p.state());
}

} // namespace

TEST_CASE("Player opens on the first frame, paused", "[player]") {
  Player p(codedClip(), nullSink());
  REQUIRE(p.waitForFrame(10000));
  CHECK(shownCode(p) == 0);
  const auto s = p.state();
  CHECK_FALSE(s.playing);
  CHECK(s.position == 0);
  CHECK(s.duration >= 5'900'000);
  CHECK(s.audioDevice);
  REQUIRE(p.info().bestVideo() != nullptr);
}

TEST_CASE("Exact seek lands on the exact frame, between frames on the earlier one", "[player][seek]") {
  Player p(codedClip(), nullSink());
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> frame(0, 149);
  for (int i = 0; i < 14; ++i) {
    const int n = frame(rng);
    CAPTURE(n);
    CHECK(seekAndRead(p, n * kFrameUs) == n);
    CHECK(p.state().position == n * kFrameUs);
  }
  // Between frames: the frame on screen is the earlier one.
  for (int n : {3, 24, 25, 26, 77, 148}) {
    CAPTURE(n);
    CHECK(seekAndRead(p, n * kFrameUs + kFrameUs / 2) == n);
    CHECK(seekAndRead(p, n * kFrameUs + kFrameUs - 1) == n);
  }
  // Backwards, repeatedly, and to both ends.
  CHECK(seekAndRead(p, 0) == 0);
  CHECK(seekAndRead(p, 100 * kFrameUs) == 100);
  CHECK(seekAndRead(p, 99 * kFrameUs) == 99);
  CHECK(seekAndRead(p, 60 * kMicrosPerSecond) == 149); // past the end: the last frame
}

TEST_CASE("Coalesced seeks: only the latest counts", "[player][seek]") {
  Player p(codedClip(), nullSink());
  for (int n = 10; n < 120; n += 7)
    p.seek(n * kFrameUs);
  p.seek(42 * kFrameUs);
  REQUIRE(p.waitForFrame(10000));
  CHECK(shownCode(p) == 42);
}

TEST_CASE("Keyframe seek shows the keyframe at or before the target", "[player][seek]") {
  Player p(codedClip(), nullSink());
  for (int n : {0, 24, 25, 37, 74, 99, 140}) {
    CAPTURE(n);
    CHECK(seekAndRead(p, n * kFrameUs, SeekMode::Keyframe) == n / 25 * 25);
    CHECK(p.state().position == n / 25 * 25 * kFrameUs);
  }
}

TEST_CASE("Frame step forward and back, across GOP boundaries", "[player][step]") {
  Player p(codedClip(), nullSink());
  REQUIRE(seekAndRead(p, 21 * kFrameUs) == 21);
  for (int n = 22; n <= 31; ++n) { // crosses the keyframe at 25
    p.stepForward();
    REQUIRE(p.waitForFrame(10000));
    CHECK(shownCode(p) == n);
  }
  CHECK(p.state().position == 31 * kFrameUs);
  CHECK_FALSE(p.state().playing);
  REQUIRE(seekAndRead(p, 78 * kFrameUs) == 78);
  for (int n = 77; n >= 47; --n) { // crosses the keyframes at 75 and 50
    p.stepBackward();
    REQUIRE(p.waitForFrame(10000));
    CHECK(shownCode(p) == n);
  }
  // And forward again through what was just decoded.
  for (int n = 48; n <= 52; ++n) {
    p.stepForward();
    REQUIRE(p.waitForFrame(10000));
    CHECK(shownCode(p) == n);
  }
  // Stepping before the first frame stays on it; past the last stays too.
  REQUIRE(seekAndRead(p, kFrameUs) == 1);
  p.stepBackward();
  REQUIRE(p.waitForFrame(10000));
  CHECK(shownCode(p) == 0);
  p.stepBackward();
  REQUIRE(p.waitForFrame(10000));
  CHECK(shownCode(p) == 0);
  REQUIRE(seekAndRead(p, 148 * kFrameUs) == 148);
  p.stepForward();
  REQUIRE(p.waitForFrame(10000));
  CHECK(shownCode(p) == 149);
  p.stepForward();
  REQUIRE(p.waitForFrame(10000));
  CHECK(shownCode(p) == 149);
}

TEST_CASE("Playback advances the clock and shows frames that follow it", "[player][play]") {
  Player p(codedClip(), nullSink());
  REQUIRE(p.waitForFrame(10000));
  p.play();
  REQUIRE(waitUntil(p, 10, [](const PlayerState &s) { return s.position > 600'000; }));
  const auto code = shownCode(p);
  const auto pos = p.state().position;
  p.pause();
  CHECK(code > 5);
  CHECK(code * kFrameUs <= pos + 200'000);
  const auto frozen = p.state().position;
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  CHECK(p.state().position == frozen);
  // Play to the end: stops there.
  p.seek(5'700'000);
  p.play();
  REQUIRE(waitUntil(p, 10, [](const PlayerState &s) { return s.atEnd; }));
  CHECK_FALSE(p.state().playing);
  CHECK(shownCode(p) == 149);
}

TEST_CASE("Speed changes make the clock advance at that speed", "[player][speed]") {
  Player p(codedClip(), nullSink());
  REQUIRE(p.waitForFrame(10000));
  for (double speed : {2.0, 0.5}) {
    CAPTURE(speed);
    p.seek(500'000);
    REQUIRE(p.waitForFrame(10000));
    p.setSpeed(speed);
    p.play();
    // Let the audio path settle, then measure over about a second of wall time.
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    const auto t0 = std::chrono::steady_clock::now();
    const Micros p0 = p.state().position;
    std::this_thread::sleep_for(std::chrono::milliseconds(1000));
    const Micros p1 = p.state().position;
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    p.pause();
    const double ratio = static_cast<double>(p1 - p0) / 1e6 / wall;
    CHECK(ratio > speed * 0.7);
    CHECK(ratio < speed * 1.3);
    CHECK(p.state().speed == speed);
  }
}

TEST_CASE("A-B loop wraps back to A", "[player][loop]") {
  Player p(codedClip(), nullSink());
  REQUIRE(p.waitForFrame(10000));
  p.setLoop(1'000'000, 1'400'000);
  p.seek(1'000'000);
  p.play();
  // Seen past 1.2 s, then back before it: it wrapped.
  REQUIRE(waitUntil(p, 10, [](const PlayerState &s) { return s.position > 1'250'000; }));
  REQUIRE(waitUntil(p, 10, [](const PlayerState &s) { return s.position < 1'200'000 && !s.seeking; }));
  CHECK(p.state().playing);
  CHECK(p.state().position >= 1'000'000);
  // Never runs far past B.
  for (int i = 0; i < 40; ++i) {
    CHECK(p.state().position < 1'600'000);
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
}

TEST_CASE("Volume and mute are reported; speed is clamped", "[player]") {
  Player p(codedClip(), nullSink());
  p.setVolume(0.5f);
  p.setMuted(true);
  p.setSpeed(9.0);
  const auto s = p.state();
  CHECK(s.volume == 0.5f);
  CHECK(s.muted);
  CHECK(s.speed == 2.0);
  p.setSpeed(0.1);
  CHECK(p.state().speed == 0.25);
}

TEST_CASE("Audio-only recordings play on the audio clock, without frames", "[player][audio]") {
  const auto dir = spiegel::test::scratchDir("player_audio_only");
  const std::string path = dir + "/voice.m4a";
  REQUIRE(spiegel::test::ffmpeg("-f lavfi -i sine=f=300:d=3:sample_rate=44100 -c:a aac " +
                                spiegel::test::quote(path)));
  std::atomic<int> wakes{0};
  PlayerOptions o = nullSink();
  o.wake = [&] { ++wakes; };
  Player p(path, std::move(o));
  CHECK(p.info().audioOnly());
  CHECK(p.waitForFrame(5000));
  CHECK(p.currentFrame() == nullptr);
  CHECK(p.state().audioDevice);
  p.play();
  REQUIRE(waitUntil(p, 10, [](const PlayerState &s) { return s.position > 400'000; }));
  p.seek(2'700'000);
  REQUIRE(waitUntil(p, 10, [](const PlayerState &s) { return s.atEnd; }));
  CHECK(p.state().position >= 2'900'000);
  CHECK(p.currentFrame() == nullptr);
  CHECK(wakes > 0);
}

TEST_CASE("Video without audio runs on the wall clock", "[player]") {
  const auto dir = spiegel::test::scratchDir("player_video_only");
  const std::string path = dir + "/silent.mkv";
  REQUIRE(
      spiegel::test::ffmpeg("-f lavfi -i testsrc2=s=320x180:r=25:d=2 -c:v libx264 -preset ultrafast -g 25 " +
                            spiegel::test::quote(path)));
  std::atomic<int> wakes{0};
  PlayerOptions o = nullSink();
  o.wake = [&] { ++wakes; };
  Player p(path, std::move(o));
  REQUIRE(p.waitForFrame(10000));
  CHECK_FALSE(p.state().audioDevice);
  CHECK_FALSE(p.state().audioDeviceReason.empty());
  auto first = p.currentFrame();
  REQUIRE(first != nullptr);
  p.play();
  REQUIRE(waitUntil(p, 10, [](const PlayerState &s) { return s.position > 500'000; }));
  CHECK(p.currentFrame() != first);
  CHECK(wakes > 3); // the UI is woken as frames fall due
  REQUIRE(waitUntil(p, 10, [](const PlayerState &s) { return s.atEnd; }));
}

TEST_CASE("Choosing another audio stream keeps playing from the same place", "[player][audio]") {
  const auto dir = spiegel::test::scratchDir("player_two_tracks");
  const std::string path = dir + "/two.mkv";
  REQUIRE(spiegel::test::ffmpeg("-f lavfi -i testsrc2=s=320x180:r=25:d=3 -f lavfi -i sine=f=300:d=3 "
                                "-f lavfi -i sine=f=600:d=3:sample_rate=22050 -map 0 -map 1 -map 2 "
                                "-c:v libx264 -preset ultrafast -c:a aac " +
                                spiegel::test::quote(path)));
  Player p(path, nullSink());
  REQUIRE(p.info().streams.size() == 3);
  REQUIRE(p.waitForFrame(10000));
  p.play();
  REQUIRE(waitUntil(p, 10, [](const PlayerState &s) { return s.position > 300'000; }));
  p.selectAudioStream(2);
  REQUIRE(p.waitForFrame(10000));
  const Micros at = p.state().position;
  CHECK(at > 250'000);
  REQUIRE(waitUntil(p, 10, [&](const PlayerState &s) { return s.position > at + 300'000; }));
  CHECK(p.state().playing);
  p.selectAudioStream(0); // not audio: ignored
  CHECK(p.state().playing);
}

TEST_CASE("SDL audio sink opens a device or says why not", "[player][audio]") {
  auto sink = makeSdlAudioSink();
  const bool ok =
      sink->open(48000, 2, [](float *out, int frames) { std::fill(out, out + frames * 2, 0.0f); });
  if (!ok)
    CHECK_FALSE(sink->reason().empty());
  sink->close();
}

// An MPEG-TS copy of codedClip(): the demuxer lands by time, not on a
// keyframe, so a seek's run often backs off and seeks again.
const std::string &codedTsClip() {
  static const std::string path = spiegel::test::support::sharedFile("coded_v1.ts", [](const std::string &out) {
    if (!spiegel::test::ffmpeg("-i " + codedClip() + " -c copy -f mpegts " + out))
      throw std::runtime_error("ffmpeg could not remux the clip to MPEG-TS");
  });
  return path;
}

// A seek made while the run of the seek before it backs off (MPEG-TS) is
// served, not replaced by that backoff. The exact seek right after a frame
// already held lands at once while its run is still starting; the keyframe
// seek that follows at once must still get its keyframe.
TEST_CASE("A seek is not lost to the backoff of the seek before it", "[player][seek]") {
  Player p(codedTsClip(), nullSink());
  REQUIRE(p.waitForFrame(10000));
  for (int round = 0; round < 60; ++round) {
    CAPTURE(round);
    const int late = 120 + round % 20;
    REQUIRE(seekAndRead(p, late * kFrameUs) > 100);
    p.seek((late + 1) * kFrameUs); // held already: answered before its run gets going
    std::this_thread::sleep_for(std::chrono::microseconds(500 * (round % 20))); // while it backs off
    p.seek(37 * kFrameUs, SeekMode::Keyframe);
    REQUIRE(p.waitForFrame(10000));
    CHECK(shownCode(p) <= 37); // a keyframe at or before the target, never the frame before
  }
}
