#include "bench/bench_util.hpp"
#include "bench/decode_floor.hpp"
#include "bench/player_scenarios.hpp"
#include "spiegel/media/audio_sink.hpp"
#include "spiegel/media/generator.hpp"

#include <ostream>
#include <stdexcept>
#include <thread>

namespace spiegel::app::bench {
namespace {

// The ffmpeg CLI's time for the first few seeks: `ffmpeg [extra] -ss T -i
// clip.mp4 -an -frames:v 1 -f null -`.
std::vector<double> seekCommands(const Config &c, const std::vector<std::int64_t> &frames,
                                 const std::vector<std::string> &extra) {
  std::vector<double> out;
  for (std::size_t i = 0; i < (c.quick ? 2U : 5U); ++i) {
    std::vector<std::string> argv{"ffmpeg", "-v", "error"};
    argv.insert(argv.end(), extra.begin(), extra.end());
    const std::vector<std::string> rest{
        "-ss", secondsArg(middleOfFrame(frames[i])), "-i", c.clip.video, "-an", "-frames:v", "1", "-f", "null", "-"};
    argv.insert(argv.end(), rest.begin(), rest.end());
    out.push_back(timeCommand(argv));
  }
  return out;
}

// Waits for the frame of the latest request; throws if it never comes.
void waitShown(media::Player &p) {
  if (!p.waitForFrame(15000))
    throw std::runtime_error("the player did not show a frame within 15 s");
}

} // namespace

std::unique_ptr<media::Player> openPlayer(const std::string &path) {
  media::PlayerOptions o;
  o.audioSink = media::makeNullAudioSink(); // plays nothing, still drives the clock
  return std::make_unique<media::Player>(path, std::move(o));
}

std::int64_t shownFrame(media::Player &p) {
  auto f = p.currentFrame();
  return f ? media::readFrameCode(*f).value_or(-1) : -1;
}

Result openFirstFrame(const Config &c) {
  const auto ours = timeRuns(c.quick ? 3 : 7, [&](int) { waitShown(*openPlayer(c.clip.video)); });
  const auto cli = timeCommandRuns(c.quick ? 2 : 5, {"ffmpeg", "-v", "error", "-i", c.clip.video, "-an", "-frames:v",
                                                     "1", "-f", "null", "-"});
  Result r = timing("open_first_frame", ours, cli);
  r.target = "ratio <= 0.8 (ours / ffmpeg)";
  r.pass = *r.ratio <= 0.8;
  r.note = "ffmpeg -i clip.mp4 -an -frames:v 1 -f null -";
  return r;
}

Result exactSeek(const Config &c, media::Player &p) {
  const auto frames = randomFrames(c.clip, c.quick ? 10 : 40, 42);
  int correct = 0;
  const auto ours = timeRuns(static_cast<int>(frames.size()), [&](int i) {
    const auto f = frames[static_cast<std::size_t>(i)];
    p.seek(middleOfFrame(f), media::SeekMode::Exact);
    waitShown(p);
    correct += shownFrame(p) == f ? 1 : 0;
  });
  DecodeFloor yardstick(c.clip.video);
  const auto floor = timeRuns(static_cast<int>(frames.size()), [&](int i) {
    if (!yardstick.decodeAt(middleOfFrame(frames[static_cast<std::size_t>(i)])))
      throw std::runtime_error("decode floor: no frame");
  });
  const auto cli = seekCommands(c, frames, {});
  Result r = timing("exact_seek_random", ours, cli);
  r.ratio = *r.medianMs / median(floor); // the goal compares with the decode floor, not the CLI
  r.target = "median <= 250, p95 <= 400 ms, ratio <= 1.15 (ours / decode floor), all exact";
  r.pass = *r.medianMs <= 250.0 && *r.p95Ms <= 400.0 && *r.ratio <= 1.15 &&
           correct == static_cast<int>(frames.size());
  r.extra = {{"floor_median_ms", median(floor)},
             {"floor_p95_ms", percentile(floor, 95)},
             {"worst_ms", percentile(ours, 100)},
             {"exact_frames", correct},
             {"seeks", static_cast<double>(frames.size())}};
  r.note = "floor = same process, keyframe seek + decode to target; ffmpeg = ffmpeg -ss T -i clip.mp4 -an -frames:v 1 -f null -";
  return r;
}

Result keyframeSeek(const Config &c, media::Player &p) {
  const auto frames = randomFrames(c.clip, c.quick ? 10 : 40, 43);
  int onKeyframe = 0;
  const auto ours = timeRuns(static_cast<int>(frames.size()), [&](int i) {
    const auto f = frames[static_cast<std::size_t>(i)];
    p.seek(middleOfFrame(f), media::SeekMode::Keyframe);
    waitShown(p);
    // GOP of 2 s: the keyframe at or before frame f.
    onKeyframe += shownFrame(p) == f / (2 * kFps) * (2 * kFps) ? 1 : 0;
  });
  const auto cli = seekCommands(c, frames, {"-noaccurate_seek"});
  Result r = timing("keyframe_seek_preview", ours, cli);
  r.target = "median <= 60 ms";
  r.pass = *r.medianMs <= 60.0;
  r.extra = {{"on_keyframe_before", onKeyframe}, {"seeks", static_cast<double>(frames.size())}};
  r.note = "ffmpeg -noaccurate_seek -ss T -i clip.mp4 -an -frames:v 1 -f null -";
  return r;
}

namespace {

// `steps` single-frame steps (+1 forward, -1 back) from frame `start`, each
// timed until its frame is shown; counts the steps that showed the frame
// next to the one before.
struct Steps {
  std::vector<double> ms;
  int adjacent = 0;
};
Steps timeSteps(media::Player &p, std::int64_t start, int steps, int direction) {
  p.seek(middleOfFrame(start), media::SeekMode::Exact);
  waitShown(p);
  Steps s;
  std::int64_t expect = start;
  s.ms = timeRuns(steps, [&](int) {
    if (direction > 0)
      p.stepForward();
    else
      p.stepBackward();
    waitShown(p);
    expect += direction;
    s.adjacent += shownFrame(p) == expect ? 1 : 0;
  });
  return s;
}

} // namespace

namespace {

// A person who looks at a landed frame, then taps on: kLookSteps steps back
// to back after a 0.5 s look, from a few places (`from` onwards, a GOP and a
// half apart). Within what the paused player keeps decoded ahead (16 frames).
constexpr int kLookSteps = 12;
Steps stepsAfterLook(media::Player &p, std::int64_t from, int rounds) {
  Steps s;
  for (int round = 0; round < rounds; ++round) {
    const std::int64_t at = from + round * 3 * kFps;
    p.seek(middleOfFrame(at), media::SeekMode::Exact);
    waitShown(p);
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    std::int64_t expect = at;
    const auto ms = timeRuns(kLookSteps, [&](int) {
      p.stepForward();
      waitShown(p);
      s.adjacent += shownFrame(p) == ++expect ? 1 : 0;
    });
    s.ms.insert(s.ms.end(), ms.begin(), ms.end());
  }
  return s;
}

} // namespace

Result stepForward(const Config &c, media::Player &p) {
  // A third into the clip, mid-GOP, so the steps cross a keyframe.
  const std::int64_t start = static_cast<std::int64_t>(c.clip.seconds * kFps / 3) / (2 * kFps) * (2 * kFps) + 17;
  const auto s = timeSteps(p, start, c.quick ? 30 : 90, +1);
  Result r = timing("frame_step_forward", s.ms);
  r.target = "median <= 16 ms, every step the next frame";
  r.pass = *r.medianMs <= 16.0 && s.adjacent == static_cast<int>(s.ms.size());
  const auto looked = stepsAfterLook(p, start + 4 * kFps + 5, c.quick ? 2 : 5);
  r.extra = {{"steps", static_cast<double>(s.ms.size())},
             {"next_frame", s.adjacent},
             {"after_look_median_ms", median(looked.ms)},
             {"after_look_p95_ms", percentile(looked.ms, 95)},
             {"after_look_steps", static_cast<double>(looked.ms.size())},
             {"after_look_next_frame", looked.adjacent}};
  r.note = "steps back to back straight after the seek landed; after_look: 12 back to back after "
           "looking 0.5 s at the landed frame, at 5 places (2 with --quick)";
  return r;
}

Result stepBackward(const Config &c, media::Player &p) {
  // Half-way into the clip, 45 frames into a GOP; 50 (quick) or 150 steps
  // cross one or two GOP boundaries.
  const std::int64_t start = static_cast<std::int64_t>(c.clip.seconds * kFps / 2) / (2 * kFps) * (2 * kFps) + 45;
  const auto s = timeSteps(p, start, c.quick ? 50 : 150, -1);
  Result r = timing("frame_step_back_repeated", s.ms);
  r.target = "median <= 16 ms, every step the previous frame";
  r.pass = *r.medianMs <= 16.0 && s.adjacent == static_cast<int>(s.ms.size());
  r.extra = {{"first_ms", s.ms.front()},
             {"worst_ms", percentile(s.ms, 100)},
             {"steps", static_cast<double>(s.ms.size())},
             {"previous_frame", s.adjacent}};
  return r;
}

} // namespace spiegel::app::bench
