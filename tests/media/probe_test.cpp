#include <catch2/catch.hpp>

#include "media_clips.hpp"
#include "spiegel/media/error.hpp"
#include "spiegel/media/player.hpp"
#include "spiegel/media/probe.hpp"

using namespace spiegel;
using namespace spiegel::media;
using spiegel::test::ffmpeg;
using spiegel::test::quote;
using spiegel::test::scratchDir;

namespace {

// One second of 320×180 test picture at 25 fps (+ a tone), encoded as asked.
std::string makeClip(const std::string &dir, const std::string &name, const std::string &codecs,
                     const std::string &extra = "") {
  const std::string path = dir + "/" + name;
  REQUIRE(ffmpeg("-f lavfi -i testsrc2=s=320x180:r=25:d=1 -f lavfi -i sine=f=440:d=1:sample_rate=48000 " +
                 codecs + " " + extra + " " + quote(path)));
  return path;
}

const std::string kH264 = "-c:v libx264 -preset ultrafast -g 25 -pix_fmt yuv420p -c:a aac";

} // namespace

TEST_CASE("probe: MP4 streams, codecs, size, rate", "[probe]") {
  const auto dir = scratchDir("probe_mp4");
  const auto path = makeClip(dir, "a.mp4", kH264);
  const MediaInfo info = probe(path);
  CHECK(info.container.find("mp4") != std::string::npos);
  CHECK(info.duration > 950'000);
  CHECK(info.duration < 1'100'000);
  CHECK(info.startOffset == 0);
  REQUIRE(info.bestVideo() != nullptr);
  REQUIRE(info.bestAudio() != nullptr);
  const StreamInfo &v = *info.bestVideo();
  CHECK(v.codec == "h264");
  CHECK(v.width == 320);
  CHECK(v.height == 180);
  CHECK(v.fps == Approx(25.0));
  CHECK_FALSE(v.variableFps);
  CHECK(v.rotation == 0);
  CHECK_FALSE(v.interlaced);
  const StreamInfo &a = *info.bestAudio();
  CHECK(a.codec == "aac");
  CHECK(a.sampleRate == 48000);
  CHECK(a.channels == 1);
  CHECK(a.channelLayout == "mono");
  CHECK_FALSE(info.audioOnly());
}

TEST_CASE("probe: rotation from the display matrix, clockwise", "[probe]") {
  const auto dir = scratchDir("probe_rotation");
  const auto plain = makeClip(dir, "plain.mp4", kH264);
  // ffmpeg 5.1 quirk: remuxing with -metadata:s:v:0 rotate=N writes a matrix
  // that ffmpeg's own autorotate turns N degrees COUNTER-clockwise (checked
  // by hand: the top of the picture ends up on the left for N=90). Spiegel
  // follows what ffmpeg shows, so the clockwise rotation is 360-N.
  for (int deg : {90, 180, 270}) {
    CAPTURE(deg);
    const std::string rotated = dir + "/r" + std::to_string(deg) + ".mp4";
    REQUIRE(ffmpeg("-i " + quote(plain) + " -c copy -metadata:s:v:0 rotate=" + std::to_string(deg) + " " +
                   quote(rotated)));
    const MediaInfo info = probe(rotated);
    REQUIRE(info.bestVideo() != nullptr);
    CHECK(info.bestVideo()->rotation == (360 - deg) % 360);
    CHECK(info.bestVideo()->width == 320); // coded size, before rotation
  }
  // A phone held upright (what the generator writes for rotation = 90):
  // turn 90° clockwise. The player passes it on with every frame.
  media::SyntheticSpec spec;
  spec.path = dir + "/phone.mp4";
  spec.duration = kMicrosPerSecond;
  spec.width = 320;
  spec.height = 180;
  spec.rotation = 90;
  spec.preset = "ultrafast";
  writeSynthetic(spec);
  CHECK(probe(spec.path).bestVideo()->rotation == 90);
  Player p(spec.path, PlayerOptions{makeNullAudioSink(), -1, {}});
  REQUIRE(p.waitForFrame(10000));
  REQUIRE(p.currentFrame() != nullptr);
  CHECK(p.currentFrame()->rotation == 90);
}

TEST_CASE("probe: MPEG-TS start offset is removed from the timeline", "[probe]") {
  const auto dir = scratchDir("probe_ts");
  const auto path =
      makeClip(dir, "cam.ts", "-c:v libx264 -preset ultrafast -g 25 -c:a aac", "-output_ts_offset 600");
  const MediaInfo info = probe(path);
  CHECK(info.startOffset >= 600'000'000);
  CHECK(info.startOffset < 602'000'000);
  CHECK(info.duration > 900'000);
  CHECK(info.duration < 1'200'000);
  // The player's timeline starts at 0 and its first frame is at ~0.
  Player p(path, PlayerOptions{makeNullAudioSink(), -1, {}});
  REQUIRE(p.waitForFrame(10000));
  auto f = p.currentFrame();
  REQUIRE(f != nullptr);
  CHECK(f->pts >= 0);
  CHECK(f->pts < 100'000);
  CHECK(p.state().position == 0);
}

TEST_CASE("probe: variable frame rate is detected", "[probe]") {
  const auto dir = scratchDir("probe_vfr");
  // Drop an irregular pattern of frames and keep the original timestamps.
  const std::string path = dir + "/vfr.mp4";
  REQUIRE(ffmpeg(
      "-f lavfi -i testsrc2=s=320x180:r=30:d=3 -vf \"select='not(eq(mod(n,7),3))*not(eq(mod(n,5),1))'\" "
      "-fps_mode vfr -c:v libx264 -preset ultrafast " +
      quote(path)));
  const MediaInfo info = probe(path);
  REQUIRE(info.bestVideo() != nullptr);
  CHECK(info.bestVideo()->variableFps);
  // Matroska's 1 ms time base rounds 60 fps to 16/17 ms: still constant.
  for (const char *name : {"cfr.mkv", "cfr.mp4", "cfr.ts"}) {
    CAPTURE(name);
    const auto cfr = makeClip(dir, name, kH264);
    CHECK_FALSE(probe(cfr).bestVideo()->variableFps);
  }
  const std::string sixty = dir + "/sixty.mkv";
  REQUIRE(ffmpeg("-f lavfi -i testsrc2=s=320x180:r=60:d=1 -c:v libx264 -preset ultrafast " + quote(sixty)));
  CHECK_FALSE(probe(sixty).bestVideo()->variableFps);
  // A phone-like jitter from our generator.
  media::SyntheticSpec spec;
  spec.path = dir + "/phone.mp4";
  spec.duration = 2 * kMicrosPerSecond;
  spec.width = 320;
  spec.height = 180;
  spec.variableFps = true;
  spec.preset = "ultrafast";
  writeSynthetic(spec);
  CHECK(probe(spec.path).bestVideo()->variableFps);
}

TEST_CASE("probe: interlaced camcorder stream", "[probe]") {
  const auto dir = scratchDir("probe_interlaced");
  MediaInfo info;
  const std::string path = dir + "/i.ts";
  REQUIRE(ffmpeg("-f lavfi -i testsrc2=s=320x180:r=25:d=1 -c:v mpeg2video -flags +ildct+ilme -top 1 "
                 "-field_order tt " +
                 quote(path)));
  info = probe(path);
  REQUIRE(info.bestVideo() != nullptr);
  CHECK(info.bestVideo()->interlaced);
  // Deinterlaced playback still gives whole 4:2:0 frames.
  Player p(path, PlayerOptions{makeNullAudioSink(), -1, {}});
  REQUIRE(p.waitForFrame(10000));
  auto f = p.currentFrame();
  REQUIRE(f != nullptr);
  CHECK(f->width == 320);
  CHECK(f->y.size() == 320u * 180u);
}

TEST_CASE("probe: audio-only files", "[probe]") {
  const auto dir = scratchDir("probe_audio");
  struct Case {
    const char *name;
    const char *codecArgs;
    const char *codec;
  };
  for (const Case &c : {Case{"a.m4a", "-c:a aac", "aac"}, Case{"a.mp3", "-c:a libmp3lame", "mp3"},
                        Case{"a.wav", "-c:a pcm_s16le", "pcm_s16le"},
                        Case{"a.ogg", "-c:a libvorbis", "vorbis"}, Case{"a.flac", "-c:a flac", "flac"}}) {
    CAPTURE(c.name);
    const std::string path = dir + "/" + c.name;
    REQUIRE(ffmpeg(std::string("-f lavfi -i sine=f=330:d=2:sample_rate=44100 -ac 2 ") + c.codecArgs + " " +
                   quote(path)));
    const MediaInfo info = probe(path);
    CHECK(info.audioOnly());
    REQUIRE(info.bestAudio() != nullptr);
    CHECK(info.bestAudio()->codec == c.codec);
    CHECK(info.bestAudio()->sampleRate == 44100);
    CHECK(info.bestAudio()->channels == 2);
    CHECK(info.duration > 1'900'000);
    CHECK(info.duration < 2'200'000);
  }
}

TEST_CASE("probe: MKV, MOV, WebM, AVI", "[probe]") {
  const auto dir = scratchDir("probe_containers");
  struct Case {
    const char *name;
    const char *args;
    const char *video;
    const char *audio;
  };
  for (const Case &c :
       {Case{"a.mkv", "-c:v libx264 -preset ultrafast -c:a aac", "h264", "aac"},
        Case{"a.mov", "-c:v libx264 -preset ultrafast -c:a aac", "h264", "aac"},
        Case{"a.webm", "-c:v libvpx -deadline realtime -cpu-used 8 -c:a libvorbis", "vp8", "vorbis"},
        Case{"a.avi", "-c:v mpeg4 -c:a libmp3lame", "mpeg4", "mp3"}}) {
    CAPTURE(c.name);
    const auto path = makeClip(dir, c.name, c.args);
    const MediaInfo info = probe(path);
    REQUIRE(info.bestVideo() != nullptr);
    REQUIRE(info.bestAudio() != nullptr);
    CHECK(info.bestVideo()->codec == c.video);
    CHECK(info.bestAudio()->codec == c.audio);
    CHECK(info.bestVideo()->width == 320);
    CHECK(info.bestVideo()->fps == Approx(25.0).epsilon(0.01));
    CHECK(info.duration > 900'000);
    CHECK(info.duration < 1'200'000);
    // Each one plays: an exact seek gives a frame at or before the target.
    Player p(path, PlayerOptions{makeNullAudioSink(), -1, {}});
    p.seek(500'000);
    REQUIRE(p.waitForFrame(10000));
    auto f = p.currentFrame();
    REQUIRE(f != nullptr);
    CHECK(f->pts <= 500'000);
    CHECK(f->pts > 400'000);
  }
}
