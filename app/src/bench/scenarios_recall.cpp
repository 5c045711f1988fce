// Recall sessions (issue #14 §4): from "start the session" to the first
// moment's picture, stepping to the next moment (its pre-roll seek), and
// the reflection record of a session with 30 moments, each next to the
// ffmpeg CLI doing the same picture work.
#include "bench/bench_util.hpp"
#include "bench/player_scenarios.hpp"
#include "common/assets.hpp"
#include "common/reflection_record.hpp"
#include "viewmodels/recall_run.hpp"

#include "spiegel/annotate/recall.hpp"
#include "spiegel/store/codebook_json.hpp"
#include "spiegel/store/package.hpp"
#include "spiegel/store/project.hpp"
#include "spiegel/store/uuid.hpp"

#include <algorithm>
#include <filesystem>
#include <ostream>
#include <stdexcept>

namespace spiegel::app::bench {
namespace {
constexpr int kRecordMoments = 30;

// `n` point moments at random frames (at least the pre-roll from the
// start), in time order, as a session would be prepared.
std::vector<annotate::RecallMoment> moments(const Config &c, int n, unsigned seed) {
  auto frames = randomFrames(c.clip, n, seed);
  std::sort(frames.begin(), frames.end());
  std::vector<annotate::RecallMoment> out;
  for (std::size_t i = 0; i < frames.size(); ++i) {
    annotate::RecallMoment m;
    m.id = "m" + std::to_string(i);
    m.session = "bench";
    m.rank = static_cast<double>(i + 1);
    // Early frames move on by the pre-roll, so each pre-roll plays real picture.
    const Micros t = middleOfFrame(frames[i]);
    m.start = m.end = t <= annotate::kDefaultPreRoll ? t + annotate::kDefaultPreRoll : t;
    out.push_back(m);
  }
  return out;
}

Micros clipEnd(const Config &c) { return static_cast<Micros>(c.clip.seconds * 1e6); }

// The frame a pre-roll seek lands on: the one containing `t`.
std::int64_t frameAt(Micros t) { return t * kFps / kMicrosPerSecond; }

void waitShown(media::Player &p) {
  if (!p.waitForFrame(15000))
    throw std::runtime_error("the player did not show a frame within 15 s");
}

// The ffmpeg CLI's time to the picture at the first few of `times`.
std::vector<double> cliSeeks(const Config &c, const std::vector<Micros> &times) {
  std::vector<double> out;
  for (std::size_t i = 0; i < std::min<std::size_t>(times.size(), c.quick ? 2U : 5U); ++i)
    out.push_back(timeCommand({"ffmpeg", "-v", "error", "-ss", secondsArg(times[i]), "-i", c.clip.video, "-an",
                               "-frames:v", "1", "-f", "null", "-"}));
  return out;
}

// What the window does on Start: the run made from the session's moments,
// its first order carried out, until the pre-roll's frame is on screen.
Result firstMoment(const Config &c, media::Player &p) {
  const int runs = c.quick ? 5 : 15;
  int correct = 0;
  std::vector<Micros> starts;
  const auto ours = timeRuns(runs, [&](int i) {
    viewmodels::RecallRun run("bench", moments(c, 8, 100 + static_cast<unsigned>(i)), clipEnd(c));
    const auto order = run.start();
    if (!order.seek)
      throw std::runtime_error("the run did not seek to the first moment");
    p.seek(*order.seek, media::SeekMode::Exact);
    waitShown(p);
    correct += shownFrame(p) == frameAt(*order.seek) ? 1 : 0;
    starts.push_back(*order.seek);
  });
  const auto cli = cliSeeks(c, starts);
  Result r = timing("recall_start_first_moment", ours, cli);
  r.target = "median <= 500 ms, the pre-roll's frame";
  r.pass = *r.medianMs <= 500.0 && correct == runs;
  r.extra = {{"frames_right", static_cast<double>(correct)}, {"runs", static_cast<double>(runs)}};
  r.note = "RecallRun::start, an exact seek to the first moment minus 5 s, until its frame shows; ffmpeg -ss T -i "
           "clip -frames:v 1 (same times)";
  return r;
}

// N in a running session: the next moment's pre-roll, an exact seek.
Result nextMoment(const Config &c, media::Player &p) {
  const auto ms = moments(c, c.quick ? 10 : 30, 7);
  viewmodels::RecallRun run("bench", ms, clipEnd(c));
  p.seek(*run.start().seek, media::SeekMode::Exact);
  waitShown(p);
  int correct = 0;
  std::vector<Micros> targets;
  const auto ours = timeRuns(static_cast<int>(ms.size()) - 1, [&](int) {
    const auto order = run.jump(+1);
    if (!order.seek)
      throw std::runtime_error("N did not seek");
    p.seek(*order.seek, media::SeekMode::Exact);
    waitShown(p);
    correct += shownFrame(p) == frameAt(*order.seek) ? 1 : 0;
    targets.push_back(*order.seek);
  });
  const auto cli = cliSeeks(c, targets);
  Result r = timing("recall_next_moment", ours, cli);
  r.target = "median <= 250, p95 <= 400 ms (the exact-seek target), exact";
  r.pass = *r.medianMs <= 250.0 && *r.p95Ms <= 400.0 && correct == static_cast<int>(ours.size());
  r.extra = {{"frames_right", static_cast<double>(correct)}, {"steps", static_cast<double>(ours.size())}};
  r.note = "RecallRun::jump(+1) and its pre-roll seek; ffmpeg -ss T -i clip -frames:v 1";
  return r;
}

// A project on the bench clip with one held session of 30 moments, each
// with an answered pause.
std::string recordProject(const std::string &path, const Config &c) {
  for (const char *ext : {"", "-wal", "-shm"})
    std::filesystem::remove(path + ext);
  auto p = store::Project::create(path, {.title = "bench", .codebook = store::loadCodebook(defaultCodebookFile()),
                                         .actor = "bench"});
  store::Recording rec;
  rec.path = std::filesystem::absolute(c.clip.video).string();
  rec.duration = clipEnd(c);
  rec.title = "bench";
  rec = p.addRecording(rec);
  const auto profile = store::newUuid();
  const auto reviewer = p.saveReviewer({.id = profile, .name = "Bench", .profile = profile});
  annotate::RecallSession s;
  s.recording = rec.id;
  s.title = "Bench";
  s.createdBy = reviewer.id;
  s.heldOn = "2026-12-01";
  s.minutes = 60;
  s.lessons = s.technical = s.normative = s.personal = std::string(400, 'x');
  s = p.saveRecallSession(s);
  for (auto m : moments(c, kRecordMoments, 3)) {
    m.id.clear();
    m.session = s.id;
    m.prompt = "Wat ging er op dat moment in je om?";
    m = p.saveRecallMoment(m);
    annotate::RecallPause pause;
    pause.session = s.id;
    pause.moment = m.id;
    pause.at = m.start;
    pause.prompt = m.prompt;
    pause.answer = std::string(300, 'a');
    p.saveRecallPause(pause);
  }
  return s.id;
}

Result reflectionRecord(const Config &c, const char *scenario, RecordFormat format) {
  const auto path = (std::filesystem::path(c.scratch) / (std::string(scenario) + ".spiegel")).string();
  const std::string session = recordProject(path, c);
  const auto out = (std::filesystem::path(c.scratch) / (format == RecordFormat::Pdf ? "r.pdf" : "r.html")).string();
  std::size_t stills = 0;
  std::vector<Micros> times;
  const auto ours = timeRuns(c.quick ? 2 : 3, [&](int) {
    auto project = store::Project::open(path, {.readOnly = true});
    const auto built = buildReflectionRecord(project, session, "2026-12-01");
    if (built.problem != RecordProblem::None || built.record.sessions.empty())
      throw std::runtime_error("no record built");
    const auto pictures = makeStills(built.record);
    store::writeTextFile(out, renderRecord(built.record, pictures, format));
    stills = pictures.byMoment.size();
    times.clear();
    for (const auto &m : built.record.sessions[0].moments)
      times.push_back(m.start);
  });
  // The CLI's share of the same work: one small JPEG per moment.
  const auto cli = timeRuns(1, [&](int) {
    for (std::size_t i = 0; i < times.size(); ++i)
      (void)timeCommand({"ffmpeg", "-v", "error", "-y", "-ss", secondsArg(times[i]), "-i", c.clip.video, "-an",
                         "-frames:v", "1", "-vf", "scale=320:-2", (std::filesystem::path(c.scratch) / "still.jpg").string()});
  });
  Result r = timing(scenario, ours, cli);
  r.target = "median <= 3000 ms, a still per moment";
  r.pass = *r.medianMs <= 3000.0 && stills == static_cast<std::size_t>(kRecordMoments);
  r.extra = {{"moments", static_cast<double>(kRecordMoments)}, {"stills", static_cast<double>(stills)}};
  r.note = "project read, 30 stills decoded, the file written; ffmpeg: 30 x -ss T -i clip -frames:v 1 -vf scale=320 still.jpg";
  return r;
}
} // namespace

std::vector<Result> runRecallScenarios(const Config &config) {
  std::vector<Result> out;
  auto player = openPlayer(config.clip.video);
  waitShown(*player);
  out.push_back(guarded("recall_start_first_moment", [&] { return firstMoment(config, *player); }));
  out.push_back(guarded("recall_next_moment", [&] { return nextMoment(config, *player); }));
  player.reset();
  out.push_back(guarded("recall_record_30_pdf", [&] { return reflectionRecord(config, "recall_record_30_pdf", RecordFormat::Pdf); }));
  out.push_back(guarded("recall_record_30_html", [&] { return reflectionRecord(config, "recall_record_30_html", RecordFormat::Html); }));
  return out;
}

} // namespace spiegel::app::bench
