// Frame steps at the pace of a held key (30 a second), where a person meets
// them: stepping on from a landed frame, and the first step back into a GOP
// that is not decoded yet.
#include "bench/bench_util.hpp"
#include "bench/player_scenarios.hpp"

#include <stdexcept>
#include <thread>

namespace spiegel::app::bench {
namespace {

// Key repeat of a held key: about 30 a second on common desktops.
constexpr auto kKeyRepeat = std::chrono::milliseconds(33);
// A reviewer who stops on the landed frame before stepping back.
constexpr auto kLook = std::chrono::milliseconds(500);
constexpr std::int64_t kGop = 2 * kFps; // the bench clip's keyframe interval

void waitFrame(media::Player &p) {
  if (!p.waitForFrame(15000))
    throw std::runtime_error("the player did not show a frame within 15 s");
}

struct CrossSample {
  double ms = 0;
  bool exact = true;
};

// Lands j frames after a keyframe, optionally looks, then steps back at key
// repeat until one step past the keyframe; returns that step's time.
CrossSample crossBack(media::Player &p, std::int64_t keyframe, std::int64_t j, bool look) {
  p.seek(middleOfFrame(keyframe + j), media::SeekMode::Exact);
  waitFrame(p);
  CrossSample s;
  s.exact = shownFrame(p) == keyframe + j;
  if (look)
    std::this_thread::sleep_for(kLook);
  for (std::int64_t expect = keyframe + j - 1; expect >= keyframe - 1; --expect) {
    std::this_thread::sleep_for(kKeyRepeat);
    const auto t0 = Clock::now();
    p.stepBackward();
    waitFrame(p);
    s.ms = msSince(t0); // the last one is the step into the GOP before
    s.exact = s.exact && shownFrame(p) == expect;
  }
  return s;
}

} // namespace

Result stepForwardKeyRepeat(const Config &c, media::Player &p) {
  // Same start as frame_step_forward: a third into the clip, mid-GOP.
  const std::int64_t start = static_cast<std::int64_t>(c.clip.seconds * kFps / 3) / kGop * kGop + 17;
  p.seek(middleOfFrame(start), media::SeekMode::Exact);
  waitFrame(p);
  std::vector<double> ours;
  int inOrder = 0;
  std::int64_t expect = start;
  for (int i = 0; i < (c.quick ? 30 : 90); ++i) {
    std::this_thread::sleep_for(kKeyRepeat);
    const auto t0 = Clock::now();
    p.stepForward();
    waitFrame(p);
    ours.push_back(msSince(t0));
    inOrder += shownFrame(p) == ++expect ? 1 : 0;
  }
  Result r;
  r.scenario = "frame_step_forward_key_repeat";
  r.medianMs = median(ours);
  r.p95Ms = percentile(ours, 95);
  r.target = "median and p95 <= 16 ms, every step the next frame";
  r.pass = *r.medianMs <= 16.0 && *r.p95Ms <= 16.0 && inOrder == static_cast<int>(ours.size());
  r.extra = {{"worst_ms", percentile(ours, 100)},
             {"steps", static_cast<double>(ours.size())},
             {"next_frame", inOrder}};
  r.note = "one step every 33 ms (a held key), right after an exact seek";
  return r;
}

Result stepBackIntoUncachedGop(const Config &c, media::Player &p) {
  const int n = c.quick ? 4 : 10;
  const auto gops = static_cast<std::int64_t>(c.clip.seconds * kFps) / kGop;
  std::vector<double> looked, straight;
  int exact = 0;
  for (int i = 0; i < n; ++i) {
    // Spread over the clip, never the first GOP; 3 to 8 frames after a keyframe.
    const std::int64_t keyframe = (1 + (i * 37 + 5) % (gops - 2)) * kGop;
    const std::int64_t j = 3 + i % 6;
    const auto a = crossBack(p, keyframe, j, true);
    const auto b = crossBack(p, keyframe + 7 * kGop < gops * kGop ? keyframe + 7 * kGop : keyframe - 7 * kGop, j,
                             false);
    looked.push_back(a.ms);
    straight.push_back(b.ms);
    exact += (a.exact ? 1 : 0) + (b.exact ? 1 : 0);
  }
  Result r;
  r.scenario = "frame_step_back_uncached_gop";
  r.medianMs = median(looked);
  r.p95Ms = percentile(looked, 95);
  r.target = "median and p95 <= 100 ms, every step the previous frame";
  r.pass = *r.medianMs <= 100.0 && *r.p95Ms <= 100.0 && exact == 2 * n;
  r.extra = {{"no_look_median_ms", median(straight)},
             {"no_look_p95_ms", percentile(straight, 95)},
             {"crossings", static_cast<double>(2 * n)},
             {"all_steps_exact", exact}};
  r.note = "exact seek 3-8 frames after a keyframe, look 0.5 s, then steps back every 33 ms; "
           "the time of the step onto the previous GOP's last frame (no_look: stepping starts at once)";
  return r;
}

} // namespace spiegel::app::bench
