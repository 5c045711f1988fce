// The media conformance suite: for every shape of recording, the still path
// (decodeFrameAt), the Player (exact and keyframe seeks, steps both ways,
// playback), the thumbnails and the waveform agree with the frame on screen
// at T as the ffmpeg CLI decodes the file from the start. This suite is the
// guard for every media change.
#include <catch2/catch.hpp>

#include "player_helpers.hpp"
#include "conformance_shapes.hpp"
#include "spiegel/media/background.hpp"
#include "spiegel/media/player.hpp"
#include "spiegel/media/probe.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <thread>

using namespace spiegel;
using namespace spiegel::media;
using spiegel::test::nullSink;
using namespace spiegel::test::conformance;

namespace {

// A frame's time as we give it and as ffprobe prints it (µs, 6 decimals)
// may differ by rounding.
constexpr Micros kPtsSlack = 2;


std::int64_t codeOf(const FramePtr &f) { return f ? readFrameCode(*f).value_or(-2) : -1; }

// The times each file is checked at: the start, inside the first GOP, just
// after a keyframe, the middle, and the last half second; moved off frame
// boundaries by 2 ms so that rounding cannot decide.
std::vector<Micros> checkTimes(const Truth &truth, Micros duration) {
  std::vector<Micros> times = {0, 370'000, 1'130'000, 2'010'000, 2'990'000, 3'610'000,
                               duration - 450'000, duration - 60'000};
  for (auto &t : times) {
    t = std::clamp<Micros>(t, 0, duration);
    for (const auto &f : truth.frames)
      if (t > 0 && std::llabs(f.pts - t) < 1'000)
        t += 2'000;
  }
  return times;
}

// The code ffmpeg shows at `t`: the last frame with pts <= t, the first
// frame before it.
std::int64_t expectedAt(const Truth &truth, Micros t) {
  const auto i = truth.indexAt(t);
  return i ? truth.frames[*i].code : truth.frames.front().code;
}

void checkTruthReadable(const Truth &truth) {
  REQUIRE(truth.frames.size() >= 100);
  const auto unreadable = std::count_if(truth.frames.begin(), truth.frames.end(),
                                        [](const TruthFrame &f) { return f.code < 0; });
  REQUIRE(unreadable == 0); // the barcode survived the shape's encoder
}

void checkStills(const Shape &shape, const std::string &path, const Truth &truth, Micros duration) {
  for (Micros t : checkTimes(truth, duration)) {
    CAPTURE(t);
    const StillFrame still = decodeFrameAt(path, t);
    if (shape.headUndecodable && t < truth.frames.front().pts) {
      CHECK(still.frame == nullptr); // say so rather than show another frame
      CHECK(std::llabs(still.firstPicture - truth.frames.front().pts) <= kPtsSlack);
      continue;
    }
    REQUIRE(still.frame != nullptr);
    CHECK(codeOf(still.frame) == expectedAt(truth, t));
    CHECK(still.frame->rotation == shape.rotation);
  }
}

// Every frame the Player hands out carries the picture ffmpeg shows at its
// time: the check that catches a wrong time base (deinterlacers, TS).
void checkConsistent(const Truth &truth, const FramePtr &f) {
  REQUIRE(f != nullptr);
  const TruthFrame *t = truth.withPts(f->pts);
  INFO("frame pts " << f->pts);
  REQUIRE(t != nullptr);
  CHECK(codeOf(f) == t->code);
}

void checkPlayerSeeksAndSteps(const Shape &shape, const std::string &path, const Truth &truth,
                              Micros duration) {
  Player p(path, nullSink());
  REQUIRE(p.waitForFrame(10000));
  CHECK(p.state().pictureStarts == (shape.headUndecodable ? truth.frames.front().pts : 0));
  for (Micros t : checkTimes(truth, duration)) {
    CAPTURE(t);
    p.seek(t, SeekMode::Exact);
    REQUIRE(p.waitForFrame(10000));
    const FramePtr f = p.currentFrame();
    checkConsistent(truth, f);
    CHECK(codeOf(f) == expectedAt(truth, t));
    CHECK(p.state().position == t);
  }
  // Keyframe seeks (the scrub preview): a keyframe at or before the target.
  for (Micros t : {Micros{1'500'000}, Micros{3'300'000}, duration - 200'000}) {
    CAPTURE(t);
    p.seek(t, SeekMode::Keyframe);
    REQUIRE(p.waitForFrame(10000));
    const FramePtr f = p.currentFrame();
    checkConsistent(truth, f);
    CHECK(f->pts <= t + kPtsSlack);
  }
  // Steps both ways, across a keyframe (the one at about 2 s).
  const Micros from = checkTimes(truth, duration)[3];
  p.seek(from, SeekMode::Exact);
  REQUIRE(p.waitForFrame(10000));
  const std::size_t at = *truth.indexAt(from);
  for (int step = 1; step <= 3; ++step) {
    p.stepBackward();
    REQUIRE(p.waitForFrame(10000));
    CHECK(codeOf(p.currentFrame()) == truth.frames[at - static_cast<std::size_t>(step)].code);
  }
  for (int step = 2; step >= -3; --step) {
    p.stepForward();
    REQUIRE(p.waitForFrame(10000));
    CHECK(codeOf(p.currentFrame()) == truth.frames[at - static_cast<std::size_t>(step)].code);
  }
}

// 3 s of the recording at double speed: every frame shown is the one ffmpeg
// shows at its time, and it is the frame on screen at the clock.
void checkPlayback(const std::string &path, const Truth &truth) {
  Player p(path, nullSink());
  REQUIRE(p.waitForFrame(10000));
  const Micros from = 500'000;
  p.seek(from);
  REQUIRE(p.waitForFrame(10000));
  p.setSpeed(2.0);
  p.play();
  int shown = 0, late = 0;
  FramePtr last;
  const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (p.state().position < from + 3'000'000 && !p.state().atEnd && std::chrono::steady_clock::now() < until) {
    const Micros before = p.state().position;
    const FramePtr f = p.currentFrame();
    if (f && f != last) {
      checkConsistent(truth, f);
      if (last)
        CHECK(f->pts >= last->pts); // never back (a new run may hand out the same frame again)
      // The frame on screen at the clock, give or take the frames that
      // fall due while we look (a loaded machine may be a few frames late).
      const auto i = truth.indexAt(before);
      if (i && truth.frames[*i].pts - f->pts > 200'000)
        ++late;
      last = f;
      ++shown;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(8));
  }
  CHECK(p.state().position >= from + 2'900'000);
  CHECK(shown >= 20);
  CHECK(late <= 2);
}

void checkThumbnails(const std::string &path, const Truth &truth) {
  const std::string cache = test::scratchDir("conformance_cache_" + std::to_string(::getpid()));
  const auto thumbs = makeThumbnails(path, 1'000'000, 160, cache, {});
  REQUIRE(thumbs.size() >= 5);
  // Before the first keyframe that shows (an edit list hides the one
  // before it), that keyframe.
  const auto firstKey = std::find_if(truth.frames.begin(), truth.frames.end(), [](const TruthFrame &f) { return f.key; });
  REQUIRE(firstKey != truth.frames.end());
  for (const auto &t : thumbs) {
    CAPTURE(t->at, t->image.pts);
    CHECK(t->image.pts <= std::max(t->at, firstKey->pts) + kPtsSlack);
    if (t->at >= firstKey->pts)
      CHECK(truth.withPts(t->image.pts)->key);
    const TruthFrame *truthFrame = truth.withPts(t->image.pts);
    REQUIRE(truthFrame != nullptr);
    // The thumbnail is upright; read the code only when it is not turned.
    if (t->image.width > t->image.height) {
      std::vector<std::uint8_t> y(static_cast<std::size_t>(t->image.width * t->image.height));
      for (std::size_t i = 0; i < y.size(); ++i)
        y[i] = t->image.rgb[i * 3 + 1]; // green follows luma closely enough for the code
      CHECK(readFrameCode(y.data(), t->image.width, t->image.width, t->image.height) == truthFrame->code);
    }
  }
}

// The waveform's bursts start at the source's whole seconds (within a frame
// and the codec's delay): the waveform lines up with the pictures.
// `sourceZero` is where the source's time 0 falls on the file's timeline.
void checkWaveform(const std::string &path, Micros sourceZero, Micros duration) {
  const std::string cache = test::scratchDir("conformance_peaks_" + std::to_string(::getpid()));
  const auto peaks = computePeaks(path, 10'000, cache, {});
  REQUIRE(peaks != nullptr);
  int checked = 0;
  for (int second = -2; second <= 8; ++second) {
    const Micros expected = sourceZero + second * kMicrosPerSecond;
    if (expected < 300'000 || expected > duration - 500'000)
      continue;
    CAPTURE(second, expected);
    std::optional<Micros> onset;
    for (std::size_t b = 0; b < peaks->max.size(); ++b) {
      const Micros t = static_cast<Micros>(b) * peaks->bucket;
      if (t >= expected - 300'000 && t < expected + 300'000 && peaks->max[b] > 0.2f) {
        onset = t;
        break;
      }
    }
    REQUIRE(onset.has_value());
    CHECK(std::llabs(*onset - expected) <= 50'000);
    ++checked;
  }
  CHECK(checked >= 3);
}

void checkShape(const std::string &key) {
  const Shape &s = shape(key);
  const std::string path = makeShape(s);
  const MediaInfo info = probe(path);
  CHECK(std::llabs(info.duration - kSourceDuration) < 1'500'000);
  if (s.audioOnly) {
    CHECK(info.audioOnly());
    Player p(path, nullSink());
    p.seek(2'500'000);
    REQUIRE(p.waitForFrame(10000));
    CHECK(p.state().position == 2'500'000);
    checkWaveform(path, 0, info.duration);
    return;
  }
  REQUIRE(info.bestVideo() != nullptr);
  CHECK(info.bestVideo()->rotation == s.rotation);
  const Truth truth = truthOf(path);
  checkTruthReadable(truth);
  SECTION("stills") { checkStills(s, path, truth, info.duration); }
  SECTION("player seeks and steps") { checkPlayerSeeksAndSteps(s, path, truth, info.duration); }
  SECTION("playback") { checkPlayback(path, truth); }
  SECTION("thumbnails") { checkThumbnails(path, truth); }
  SECTION("waveform") {
    if (!info.bestAudio())
      return;
    // The source's frame n is at n × 40 ms, with a burst at every whole
    // second: where the source's 0 lies on this file's timeline.
    const TruthFrame &first = truth.frames.front();
    const Micros sourceZero = s.generate != nullptr ? first.pts : first.pts - first.code * 40'000;
    checkWaveform(path, sourceZero, info.duration);
  }
}

} // namespace

#define SHAPE(key)                                                                                                     \
  TEST_CASE("conformance " key, "[conformance]") { checkShape(key); }

SHAPE("h264_mp4")
SHAPE("h264_mkv")
SHAPE("phone_vfr_rot90_mp4")
SHAPE("h264_editlist_mp4")
SHAPE("h264_mbaff_mp4")
SHAPE("avchd_offset_mts")
SHAPE("avchd_m2ts")
SHAPE("h264_ts")
SHAPE("h264_ts_ptswrap")
SHAPE("mpeg2_interlaced_ts")
SHAPE("mpeg2_interlaced_ps")
SHAPE("dv_avi")
SHAPE("hevc_rot270_mov")
SHAPE("vp9_opus_webm")
SHAPE("mjpeg_avi")
SHAPE("ts_cut_mid_gop")
SHAPE("mpeg2_ts_cut_mid_gop")
SHAPE("audio_m4a")
SHAPE("audio_mp3")
SHAPE("audio_wav")
SHAPE("audio_ogg")
SHAPE("audio_flac")

TEST_CASE("conformance: every shape in the table has a test", "[conformance]") {
  CHECK(shapes().size() == 22);
}
