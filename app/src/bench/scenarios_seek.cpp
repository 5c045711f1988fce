#include "bench/bench_util.hpp"
#include "bench/decode_floor.hpp"
#include "bench/player_scenarios.hpp"
#include "spiegel/media/audio_sink.hpp"
#include "spiegel/media/generator.hpp"

#include <ostream>
#include <random>
#include <stdexcept>

namespace spiegel::app::bench {
namespace {

// Seek targets: random frames away from both ends, the same every run.
std::vector<std::int64_t> randomFrames(const Config &c, int n, unsigned seed) {
  const auto frames = static_cast<std::int64_t>(c.clip.seconds * kFps);
  std::mt19937 rng(seed);
  std::uniform_int_distribution<std::int64_t> pick(kFps, frames - 3 * kFps);
  std::vector<std::int64_t> out;
  for (int i = 0; i < n; ++i)
    out.push_back(pick(rng));
  return out;
}

std::string secondsArg(Micros t) { return std::to_string(static_cast<double>(t) / kMicrosPerSecond); }

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
  std::vector<double> ours, cli;
  for (int i = 0; i < (c.quick ? 3 : 7); ++i) {
    const auto t0 = Clock::now();
    auto p = openPlayer(c.clip.video);
    waitShown(*p);
    ours.push_back(msSince(t0));
  }
  for (int i = 0; i < (c.quick ? 2 : 5); ++i)
    cli.push_back(timeCommand({"ffmpeg", "-v", "error", "-i", c.clip.video, "-an", "-frames:v", "1", "-f", "null", "-"}));
  Result r;
  r.scenario = "open_first_frame";
  r.medianMs = median(ours);
  r.p95Ms = percentile(ours, 95);
  r.ffmpegMedianMs = median(cli);
  r.ratio = *r.medianMs / *r.ffmpegMedianMs;
  r.target = "ratio <= 0.8 (ours / ffmpeg)";
  r.pass = *r.ratio <= 0.8;
  r.note = "ffmpeg -i clip.mp4 -an -frames:v 1 -f null -";
  return r;
}

Result exactSeek(const Config &c, media::Player &p) {
  const auto frames = randomFrames(c, c.quick ? 10 : 40, 42);
  std::vector<double> ours, floor, cli;
  int correct = 0;
  for (auto f : frames) {
    const auto t0 = Clock::now();
    p.seek(middleOfFrame(f), media::SeekMode::Exact);
    waitShown(p);
    ours.push_back(msSince(t0));
    correct += shownFrame(p) == f ? 1 : 0;
  }
  DecodeFloor yardstick(c.clip.video);
  for (auto f : frames) {
    const auto t0 = Clock::now();
    if (!yardstick.decodeAt(middleOfFrame(f)))
      throw std::runtime_error("decode floor: no frame");
    floor.push_back(msSince(t0));
  }
  for (std::size_t i = 0; i < (c.quick ? 2U : 5U); ++i)
    cli.push_back(timeCommand({"ffmpeg", "-v", "error", "-ss", secondsArg(middleOfFrame(frames[i])), "-i", c.clip.video,
                               "-an", "-frames:v", "1", "-f", "null", "-"}));
  Result r;
  r.scenario = "exact_seek_random";
  r.medianMs = median(ours);
  r.p95Ms = percentile(ours, 95);
  r.ffmpegMedianMs = median(cli);
  r.ratio = *r.medianMs / median(floor);
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
  const auto frames = randomFrames(c, c.quick ? 10 : 40, 43);
  std::vector<double> ours, cli;
  int onKeyframe = 0;
  for (auto f : frames) {
    const auto t0 = Clock::now();
    p.seek(middleOfFrame(f), media::SeekMode::Keyframe);
    waitShown(p);
    ours.push_back(msSince(t0));
    const auto shown = shownFrame(p);
    // GOP of 2 s: the keyframe at or before frame f.
    onKeyframe += shown == f / (2 * kFps) * (2 * kFps) ? 1 : 0;
  }
  for (std::size_t i = 0; i < (c.quick ? 2U : 5U); ++i)
    cli.push_back(timeCommand({"ffmpeg", "-v", "error", "-noaccurate_seek", "-ss", secondsArg(middleOfFrame(frames[i])),
                               "-i", c.clip.video, "-an", "-frames:v", "1", "-f", "null", "-"}));
  Result r;
  r.scenario = "keyframe_seek_preview";
  r.medianMs = median(ours);
  r.p95Ms = percentile(ours, 95);
  r.ffmpegMedianMs = median(cli);
  r.ratio = *r.medianMs / *r.ffmpegMedianMs;
  r.target = "median <= 60 ms";
  r.pass = *r.medianMs <= 60.0;
  r.extra = {{"on_keyframe_before", onKeyframe}, {"seeks", static_cast<double>(frames.size())}};
  r.note = "ffmpeg -noaccurate_seek -ss T -i clip.mp4 -an -frames:v 1 -f null -";
  return r;
}

Result stepForward(const Config &c, media::Player &p) {
  // A third into the clip, mid-GOP, so the steps cross a keyframe.
  const std::int64_t start = static_cast<std::int64_t>(c.clip.seconds * kFps / 3) / (2 * kFps) * (2 * kFps) + 17;
  p.seek(middleOfFrame(start), media::SeekMode::Exact);
  waitShown(p);
  std::vector<double> ours;
  int inOrder = 0;
  std::int64_t expect = start;
  for (int i = 0; i < (c.quick ? 30 : 90); ++i) {
    const auto t0 = Clock::now();
    p.stepForward();
    waitShown(p);
    ours.push_back(msSince(t0));
    inOrder += shownFrame(p) == ++expect ? 1 : 0;
  }
  Result r;
  r.scenario = "frame_step_forward";
  r.medianMs = median(ours);
  r.p95Ms = percentile(ours, 95);
  r.target = "median <= 16 ms, every step the next frame";
  r.pass = *r.medianMs <= 16.0 && inOrder == static_cast<int>(ours.size());
  r.extra = {{"steps", static_cast<double>(ours.size())}, {"next_frame", inOrder}};
  return r;
}

Result stepBackward(const Config &c, media::Player &p) {
  // Half-way into the clip, 45 frames into a GOP.
  const std::int64_t start = static_cast<std::int64_t>(c.clip.seconds * kFps / 2) / (2 * kFps) * (2 * kFps) + 45;
  p.seek(middleOfFrame(start), media::SeekMode::Exact);
  waitShown(p);
  std::vector<double> ours;
  int inOrder = 0;
  std::int64_t expect = start;
  for (int i = 0; i < (c.quick ? 50 : 150); ++i) { // crosses one (quick) or two GOP boundaries
    const auto t0 = Clock::now();
    p.stepBackward();
    waitShown(p);
    ours.push_back(msSince(t0));
    inOrder += shownFrame(p) == --expect ? 1 : 0;
  }
  Result r;
  r.scenario = "frame_step_back_repeated";
  r.medianMs = median(ours);
  r.p95Ms = percentile(ours, 95);
  r.target = "median <= 16 ms, every step the previous frame";
  r.pass = *r.medianMs <= 16.0 && inOrder == static_cast<int>(ours.size());
  r.extra = {{"first_ms", ours.front()},
             {"worst_ms", percentile(ours, 100)},
             {"steps", static_cast<double>(ours.size())},
             {"previous_frame", inOrder}};
  return r;
}

} // namespace spiegel::app::bench
