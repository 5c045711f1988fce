#include "bench/bench_util.hpp"
#include "bench/scenarios.hpp"
#include "spiegel/media/background.hpp"
#include "spiegel/media/generator.hpp"
#include "spiegel/media/player.hpp"

#include <filesystem>
#include <ostream>

namespace spiegel::app::bench {
namespace {

constexpr int kThumbCount = 60;
constexpr int kThumbWidth = 160;
// Waveform bucket of the timeline row: 10 ms is finer than any zoom shows.
constexpr Micros kPeakBucket = 10'000;
// Stills: whole processes cost ~0.5 s each, so a handful of pairs is enough
// for a median and keeps --quick cheap.
constexpr int kStills = 11;
constexpr int kQuickStills = 7;

std::string freshDir(const Config &c, const std::string &name) {
  const auto dir = std::filesystem::path(c.scratch) / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir.string();
}

Result thumbnails(const Config &c) {
  const auto interval = static_cast<Micros>(c.clip.seconds * kMicrosPerSecond / kThumbCount);
  std::size_t count = 0;
  std::string dir;
  const auto ours = timeRuns(c.quick ? 1 : 3, [&](int i) {
    dir = freshDir(c, "thumbs" + std::to_string(i));
    count = media::makeThumbnails(c.clip.video, interval, kThumbWidth, dir, {}).size();
  });
  const double cachedMs =
      timeRuns(1, [&](int) { (void)media::makeThumbnails(c.clip.video, interval, kThumbWidth, dir, {}); }).front();
  // What the CLI does for the same result: decode every keyframe of the
  // file (skip_frame nokey), let the fps filter keep one per interval, scale.
  char rate[96];
  std::snprintf(rate, sizeof rate, "fps=%d/%lld,scale=%d:-2", 1'000'000, static_cast<long long>(interval), kThumbWidth);
  const auto cli = timeCommandRuns(c.quick ? 1 : 2, {"ffmpeg", "-v", "error", "-skip_frame", "nokey", "-i",
                                                     c.clip.video, "-an", "-vf", rate, "-f", "null", "-"});
  Result r = timing("thumbnails_60x160", ours, cli);
  r.target = "ratio <= 0.35 (ours / ffmpeg)";
  r.pass = *r.ratio <= 0.35 && count == kThumbCount;
  r.extra = {{"thumbnails", static_cast<double>(count)}, {"cached_ms", cachedMs}};
  r.note = std::string("ffmpeg -skip_frame nokey -i clip.mp4 -an -vf ") + rate + " -f null -";
  if (c.quick)
    r.note += " (the 0.35 goal is for 10 minutes: on the 30 s clip the CLI decodes the same 15 keyframes we do)";
  return r;
}

Result peaks(const Config &c) {
  const int reps = c.quick ? 2 : 3;
  const auto ours = timeRuns(reps, [&](int i) {
    (void)media::computePeaks(c.clip.audio, kPeakBucket, freshDir(c, "peaks" + std::to_string(i)), {});
  });
  const auto cli = timeCommandRuns(reps, {"ffmpeg", "-v", "error", "-i", c.clip.audio, "-ac", "1", "-ar", "8000",
                                          "-f", "s16le", "-y", "/dev/null"});
  // The same from the recording itself (what the app does), then from the
  // cache that first run wrote.
  const auto dir = freshDir(c, "peaks-mp4");
  const auto mp4 = timeRuns(2, [&](int) { (void)media::computePeaks(c.clip.video, kPeakBucket, dir, {}); });
  Result r = timing("waveform_peaks", ours, cli);
  r.target = "ratio <= 1.1 (ours / ffmpeg)";
  r.pass = *r.ratio <= 1.1;
  r.extra = {{"from_mp4_ms", mp4[0]}, {"cached_ms", mp4[1]}};
  r.note = "ffmpeg -i a.m4a -ac 1 -ar 8000 -f s16le /dev/null (a.m4a = the clip's AAC, -c copy)";
  return r;
}

// The frame number in a PNG that `spiegel frame` wrote, -1 when unreadable.
std::int64_t frameCodeOfPng(const std::string &png) {
  const auto still = media::decodeFrameAt(png, 0);
  return still.frame ? media::readFrameCode(*still.frame).value_or(-1) : -1;
}

// `spiegel frame` as a person runs it, a whole process (this binary), next
// to the ffmpeg command that writes the same still; the two alternate at
// each time so a busy machine slows both alike.
Result stillProcess(const Config &c) {
  const std::string self = std::filesystem::read_symlink("/proc/self/exe").string();
  const auto dir = freshDir(c, "stills");
  const std::string ours = dir + "/ours.png", theirs = dir + "/ffmpeg.png";
  const auto frames = randomFrames(c.clip, c.quick ? kQuickStills : kStills, 44);
  std::vector<double> oursMs, cliMs;
  int exact = 0;
  for (const auto f : frames) {
    const auto at = secondsArg(middleOfFrame(f));
    oursMs.push_back(timeCommand({self, "frame", c.clip.video, "--at", at, "--out", ours}));
    cliMs.push_back(
        timeCommand({"ffmpeg", "-v", "error", "-y", "-ss", at, "-i", c.clip.video, "-frames:v", "1", theirs}));
    exact += frameCodeOfPng(ours) == f ? 1 : 0;
  }
  Result r = timing("still_png_process", oursMs, cliMs);
  r.target = "ratio <= 0.8 (ours / ffmpeg), every still the exact frame";
  r.pass = *r.ratio <= 0.8 && exact == static_cast<int>(frames.size());
  r.extra = {{"ffmpeg_p95_ms", percentile(cliMs, 95)},
             {"exact_frames", exact},
             {"stills", static_cast<double>(frames.size())},
             {"png_kb", static_cast<double>(std::filesystem::file_size(ours)) / 1024.0},
             {"ffmpeg_png_kb", static_cast<double>(std::filesystem::file_size(theirs)) / 1024.0}};
  r.note = "spiegel frame clip.mp4 --at T --out still.png vs ffmpeg -v error -y -ss T -i clip.mp4 -frames:v 1 "
           "out.png, alternating, T = the middle of a random frame";
  return r;
}

} // namespace

std::vector<Result> runJobScenarios(const Config &config) {
  std::vector<Result> out;
  if (config.wants("thumbnails")) {
    *config.log << "thumbnails ...\n" << std::flush;
    out.push_back(guarded("thumbnails_60x160", [&] { return thumbnails(config); }));
  }
  if (config.wants("peaks")) {
    *config.log << "waveform peaks ...\n" << std::flush;
    out.push_back(guarded("waveform_peaks", [&] { return peaks(config); }));
  }
  if (config.wants("still")) {
    *config.log << "stills, spiegel frame vs ffmpeg ...\n" << std::flush;
    out.push_back(guarded("still_png_process", [&] { return stillProcess(config); }));
  }
  return out;
}

} // namespace spiegel::app::bench
