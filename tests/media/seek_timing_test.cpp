// Manual timing, never run by ctest (hidden tag): exact/keyframe seek and
// frame-step latency on a real-sized recording. Numbers are printed, not
// asserted. Build Release and run:
//   SPIEGEL_TIMING_CLIP=/path/1080p.mp4 media_tests "[.timing]"
#include <catch2/catch.hpp>

#include "spiegel/media/player.hpp"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <random>

using namespace spiegel;
using namespace spiegel::media;

namespace {
double ms(std::chrono::steady_clock::duration d) {
  return std::chrono::duration<double, std::milli>(d).count();
}

void report(const char *what, std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const auto at = [&](double q) {
    return v[static_cast<std::size_t>(q * static_cast<double>(v.size() - 1))];
  };
  std::cout << what << ": n=" << v.size() << " median " << at(0.5) << " ms, p95 " << at(0.95) << " ms, worst "
            << v.back() << " ms\n";
}
} // namespace

TEST_CASE("timing: seeks and steps on a large clip", "[.timing]") {
  const char *clip = std::getenv("SPIEGEL_TIMING_CLIP");
  if (clip == nullptr) {
    WARN("set SPIEGEL_TIMING_CLIP");
    return;
  }
  using Clock = std::chrono::steady_clock;
  auto t0 = Clock::now();
  Player p(clip, PlayerOptions{makeNullAudioSink(), -1, {}});
  REQUIRE(p.waitForFrame(20000));
  std::cout << "open + first frame: " << ms(Clock::now() - t0) << " ms\n";
  const Micros duration = p.state().duration;
  std::mt19937 rng(1);
  std::uniform_int_distribution<Micros> pos(0, duration - 1'000'000);
  for (SeekMode mode : {SeekMode::Exact, SeekMode::Keyframe}) {
    std::vector<double> times;
    for (int i = 0; i < 30; ++i) {
      const Micros t = pos(rng);
      t0 = Clock::now();
      p.seek(t, mode);
      REQUIRE(p.waitForFrame(20000));
      times.push_back(ms(Clock::now() - t0));
    }
    report(mode == SeekMode::Exact ? "exact seek" : "keyframe seek", times);
  }
  std::vector<double> firstBack, cachedBack, forward;
  for (int i = 0; i < 8; ++i) {
    p.seek(pos(rng));
    REQUIRE(p.waitForFrame(20000));
    // Walk back to a keyframe boundary so the next step needs decoding.
    t0 = Clock::now();
    p.stepBackward();
    REQUIRE(p.waitForFrame(20000));
    firstBack.push_back(ms(Clock::now() - t0));
    for (int k = 0; k < 5; ++k) {
      t0 = Clock::now();
      p.stepBackward();
      REQUIRE(p.waitForFrame(20000));
      cachedBack.push_back(ms(Clock::now() - t0));
    }
    t0 = Clock::now();
    p.stepForward();
    REQUIRE(p.waitForFrame(20000));
    forward.push_back(ms(Clock::now() - t0));
  }
  report("first step back (may decode the GOP)", firstBack);
  report("following steps back", cachedBack);
  report("step forward", forward);
}
