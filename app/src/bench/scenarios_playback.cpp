#include "bench/bench_util.hpp"
#include "bench/player_scenarios.hpp"
#include "common/media_work.hpp"
#include "spiegel/media/background.hpp"
#include "spiegel/media/generator.hpp"
#include "tasks/task_runner.hpp"

#include <sys/resource.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <set>
#include <stdexcept>
#include <thread>

namespace spiegel::app::bench {
namespace {

// The UI loop the benchmark imitates: 60 Hz, like a display.
constexpr auto kUiTick = std::chrono::microseconds(16'667);

// A "VmRSS:" style line of /proc/self/status, in MB.
double procStatusMb(const std::string &key) {
  std::ifstream in("/proc/self/status");
  for (std::string line; std::getline(in, line);)
    if (line.rfind(key + ":", 0) == 0)
      return std::stod(line.substr(key.size() + 1)) / 1024.0; // kB
  return 0.0;
}

double cpuSeconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  auto sec = [](const timeval &t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
  return sec(u.ru_utime) + sec(u.ru_stime);
}

} // namespace

void playbackWithThumbnails(const Config &c, media::Player &p, std::vector<Result> &out) {
  const double seconds = c.quick ? 6.0 : 20.0;
  const auto thumbDir = std::filesystem::path(c.scratch) / "thumbs-during-playback";
  std::filesystem::remove_all(thumbDir);
  p.seek(middleOfFrame(5 * kFps), media::SeekMode::Exact);
  (void)p.waitForFrame(15000);
  // The thumbnails on the app's task runner, as the window makes them.
  tasks::TaskRunner runner;
  const auto interval = static_cast<Micros>(c.clip.seconds * kMicrosPerSecond / 60);
  const tasks::TaskHandle thumbs = runner.submit([&](tasks::TaskContext &ctx) {
    (void)media::makeThumbnails(c.clip.video, interval, 160, thumbDir.string(), workControl(ctx));
  });
  p.play();
  std::set<std::int64_t> shown;
  std::vector<double> offsets;
  double rssMax = 0;
  const auto t0 = Clock::now();
  auto nextTick = t0;
  int tick = 0;
  while (secondsSince(t0) < seconds) {
    nextTick += kUiTick;
    std::this_thread::sleep_until(nextTick);
    auto f = p.currentFrame();
    const auto st = p.state();
    if (f && secondsSince(t0) > 0.5) { // after the start-up transient
      shown.insert(media::readFrameCode(*f).value_or(-1));
      offsets.push_back(std::abs(static_cast<double>(st.position - f->pts)) / 1000.0);
    }
    if (++tick % 15 == 0)
      rssMax = std::max(rssMax, procStatusMb("VmRSS"));
  }
  p.pause();
  runner.drain(); // its end, if it came
  const float thumbProgress = thumbs.progress();
  const bool thumbsDone = thumbs.done();
  shown.erase(-1);
  const double span = shown.empty() ? 0.0 : static_cast<double>(*shown.rbegin() - *shown.begin() + 1);
  const double dropped = span - static_cast<double>(shown.size());
  Result r = timing("playback_1x_with_thumbnails", offsets);
  const double p99 = percentile(offsets, 99);
  r.target = "0 dropped, |audio clock - shown frame| p99 <= 40 ms";
  r.pass = span > 0 && dropped < 0.5 && p99 <= 40.0;
  r.extra = {{"av_offset_p99_ms", p99},
             {"frames_shown", static_cast<double>(shown.size())},
             {"dropped_frames", dropped},
             {"thumbnail_progress", thumbProgress},
             {"thumbnails_done", thumbsDone ? 1.0 : 0.0},
             {"seconds", seconds}};
  r.note = "median/p95 columns: |audio clock - pts of the frame on screen| at 60 Hz polls (null audio sink); "
           "one frame at 30 fps is 33 ms";
  out.push_back(r);
  Result mem;
  mem.scenario = "memory_1080p_playback";
  const double hwm = procStatusMb("VmHWM");
  mem.target = "RSS during playback <= 600 MB";
  mem.pass = rssMax > 0 && rssMax <= 600.0;
  mem.extra = {{"rss_max_mb", rssMax}, {"vmhwm_mb", hwm}};
  mem.note = "VmHWM is the peak of the whole bench process so far (seeks, steps back, thumbnails included)";
  out.push_back(mem);
}

Result cpuWhilePaused(const Config &c, media::Player &p) {
  p.pause();
  // Let the queues fill up after playback stopped: only the idle state
  // itself is measured.
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));
  const double seconds = c.quick ? 2.0 : 5.0;
  const double cpu0 = cpuSeconds();
  const auto t0 = Clock::now();
  std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
  const double percent = (cpuSeconds() - cpu0) / secondsSince(t0) * 100.0;
  Result r;
  r.scenario = "cpu_while_paused";
  r.target = "<= 1 % of one core";
  r.pass = percent <= 1.0;
  r.extra = {{"cpu_percent", percent}, {"seconds", seconds}};
  r.note = "getrusage(RUSAGE_SELF) over the pause, player open and paused";
  return r;
}

std::vector<Result> runPlayerScenarios(const Config &c) {
  std::vector<Result> out;
  auto step = [&](const char *what) { *c.log << what << " ...\n" << std::flush; };
  if (c.wants("open")) {
    step("open -> first frame");
    out.push_back(guarded("open_first_frame", [&] { return openFirstFrame(c); }));
  }
  auto p = openPlayer(c.clip.video);
  (void)p->waitForFrame(15000);
  if (c.wants("exact")) {
    step("exact seeks");
    out.push_back(guarded("exact_seek_random", [&] { return exactSeek(c, *p); }));
  }
  if (c.wants("keyframe")) {
    step("keyframe seeks");
    out.push_back(guarded("keyframe_seek_preview", [&] { return keyframeSeek(c, *p); }));
  }
  if (c.wants("step")) {
    step("frame steps forward");
    out.push_back(guarded("frame_step_forward", [&] { return stepForward(c, *p); }));
  }
  if (c.wants("back")) {
    step("frame steps back");
    out.push_back(guarded("frame_step_back_repeated", [&] { return stepBackward(c, *p); }));
  }
  if (c.wants("keystep")) {
    step("frame steps forward at key repeat");
    out.push_back(guarded("frame_step_forward_key_repeat", [&] { return stepForwardKeyRepeat(c, *p); }));
  }
  if (c.wants("backgop")) {
    step("first step back into an uncached GOP");
    out.push_back(guarded("frame_step_back_uncached_gop", [&] { return stepBackIntoUncachedGop(c, *p); }));
  }
  if (c.wants("playback")) {
    step("1x playback while thumbnails build");
    try {
      playbackWithThumbnails(c, *p, out);
    } catch (const std::exception &e) {
      out.push_back(guarded("playback_1x_with_thumbnails", [&]() -> Result { throw std::runtime_error(e.what()); }));
    }
  }
  if (c.wants("cpu")) {
    step("CPU while paused");
    out.push_back(guarded("cpu_while_paused", [&] { return cpuWhilePaused(c, *p); }));
  }
  return out;
}

} // namespace spiegel::app::bench
