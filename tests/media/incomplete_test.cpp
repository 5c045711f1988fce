// An incomplete copy: a faststart MP4 (index first) or a Matroska file
// (duration in its header) whose data was cut off, as an interrupted copy
// from a share leaves it. probe says how much is there; the Player treats
// that as the end.
#include <catch2/catch.hpp>

#include "player_helpers.hpp"
#include "media_clips.hpp"
#include "spiegel/media/player.hpp"
#include "spiegel/media/probe.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <functional>
#include <map>
#include <sstream>
#include <thread>

using namespace spiegel;
using namespace spiegel::media;
using spiegel::test::nullSink;
using spiegel::test::shownCode;
using spiegel::test::ffmpeg;
using spiegel::test::kFrameUs;
using spiegel::test::quote;
using spiegel::test::runCapture;
using spiegel::test::scratchDir;

namespace {

struct Copies {
  std::string whole; // 10 s, 320×180, 25 fps, AAC; MP4: index at the front
  std::string cut;   // its first 40 %
};

// `ext` ".mp4" (faststart) or ".mkv".
Copies makeCopies(const std::string &dir, const std::string &ext) {
  SyntheticSpec s;
  s.path = dir + "/made.mp4";
  s.duration = 10 * kMicrosPerSecond;
  s.width = 320;
  s.height = 180;
  s.gopSeconds = 1.0;
  s.preset = "ultrafast";
  writeSynthetic(s);
  Copies c{dir + "/whole" + ext, dir + "/cut" + ext};
  const std::string flags = ext == ".mp4" ? " -movflags +faststart " : " ";
  REQUIRE(ffmpeg("-i " + quote(s.path) + " -c copy" + flags + quote(c.whole)));
  std::filesystem::copy_file(c.whole, c.cut);
  std::filesystem::resize_file(c.cut, std::filesystem::file_size(c.whole) * 2 / 5);
  return c;
}

// The truth by ffprobe, an independent reader: the end of the last packet it
// reads per stream, the earliest of the streams.
Micros ffprobeEnd(const std::string &path) {
  std::istringstream in(runCapture("ffprobe -v quiet -show_entries packet=stream_index,pts_time,duration_time "
                                   "-of csv=p=0 " + quote(path)));
  std::map<int, double> end;
  std::string line;
  while (std::getline(in, line)) {
    int stream = 0;
    double pts = 0, dur = 0;
    char c1 = 0, c2 = 0;
    std::istringstream l(line);
    if (l >> stream >> c1 >> pts >> c2 >> dur)
      end[stream] = std::max(end[stream], pts + dur);
  }
  double earliest = 1e9;
  for (const auto &[stream, t] : end)
    earliest = std::min(earliest, t);
  return static_cast<Micros>(std::llround(earliest * 1e6));
}



bool waitUntil(const std::function<bool()> &done, int ms) {
  for (int i = 0; i < ms / 10 && !done(); ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  return done();
}

} // namespace

TEST_CASE("incomplete copy: probe says how much is there; a whole copy is whole", "[probe][incomplete]") {
  const std::string ext = GENERATE(".mp4", ".mkv");
  CAPTURE(ext);
  const auto c = makeCopies(scratchDir("incomplete_probe" + ext), ext);
  const MediaInfo whole = probe(c.whole);
  CHECK_FALSE(whole.incomplete());
  CHECK(whole.playable == whole.duration);

  const MediaInfo cut = probe(c.cut);
  CHECK(cut.duration == whole.duration); // the index still promises all of it
  CHECK(cut.incomplete());
  const Micros truth = ffprobeEnd(c.cut);
  INFO("playable " << cut.playable << " µs, ffprobe reads up to " << truth << " µs");
  CHECK(std::abs(cut.playable - truth) < kMicrosPerSecond);
  CHECK(cut.playable > 2 * kMicrosPerSecond);
  CHECK(cut.playable < 6 * kMicrosPerSecond);
}

TEST_CASE("incomplete copy: the Player ends at the playable end on the last real frame", "[player][incomplete]") {
  const std::string ext = GENERATE(".mp4", ".mkv");
  CAPTURE(ext);
  const auto c = makeCopies(scratchDir("incomplete_player" + ext), ext);
  const Micros playable = probe(c.cut).playable;
  Player p(c.cut, nullSink());
  REQUIRE(p.waitForFrame(10000));
  CHECK(p.state().playable == playable);
  CHECK_FALSE(p.state().seekPastPlayable);

  // A seek into the missing part: held at the real end, on the last frame
  // that is there (not frame #0), said so.
  p.seek(8 * kMicrosPerSecond);
  REQUIRE(p.waitForFrame(10000));
  auto s = p.state();
  CHECK(s.position == playable);
  CHECK(s.seekPastPlayable);
  const std::int64_t last = shownCode(p);
  INFO("playable " << playable << " µs, frame shown #" << last);
  CHECK(last > 0);
  CHECK(last * kFrameUs <= playable);
  CHECK(playable - last * kFrameUs < 4 * kFrameUs); // the decode-time rule errs by the reorder delay at most

  // A step back is a move of its own: nothing past the end is asked for any
  // more. Steps forward stop on the last real frame.
  p.stepBackward();
  REQUIRE(p.waitForFrame(10000));
  CHECK_FALSE(p.state().seekPastPlayable);
  CHECK(p.state().position < playable);
  for (int i = 0; i < 6; ++i) {
    p.stepForward();
    (void)p.waitForFrame(5000);
  }
  CHECK(p.state().position <= playable);
  CHECK(shownCode(p) == last);

  // Playing to the end stops there, as at the end of a whole file: not a read failure.
  p.seek(playable - kMicrosPerSecond);
  REQUIRE(p.waitForFrame(10000));
  CHECK_FALSE(p.state().seekPastPlayable);
  p.play();
  REQUIRE(waitUntil([&] { return p.state().atEnd; }, 5000));
  s = p.state();
  CHECK(s.incompleteEnd);
  CHECK_FALSE(s.playing);
  CHECK(s.position == playable);
  CHECK_FALSE(s.readFailed);
  CHECK(s.lastError.empty());
  CHECK(shownCode(p) == last);

  // The whole copy plays to its own end with nothing new.
  Player q(c.whole, nullSink());
  q.seek(9 * kMicrosPerSecond);
  REQUIRE(q.waitForFrame(10000));
  q.play();
  REQUIRE(waitUntil([&] { return q.state().atEnd; }, 5000));
  CHECK_FALSE(q.state().incompleteEnd);
  CHECK(q.state().playable == q.state().duration);
  CHECK(q.state().position == q.state().duration);
  CHECK_FALSE(q.state().readFailed);
}
