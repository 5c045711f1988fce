#include <catch2/catch.hpp>

#include "spiegel/media/error.hpp"
#include "spiegel/media/generator.hpp"
#include "test_util.hpp"

#include <cmath>
#include <algorithm>
#include <cstring>

using namespace spiegel;
using namespace spiegel::media;
using spiegel::test::decodeLuma;
using spiegel::test::ffprobe;
using spiegel::test::scratchDir;

namespace {

// Reads the barcode of every decoded frame; -1 where none is found.
std::vector<std::int64_t> codesOf(const std::string &path, int w, int h) {
  std::vector<std::int64_t> out;
  for (const auto &f : decodeLuma(path, w, h))
    out.push_back(readFrameCode(f.data(), w, w, h).value_or(-1));
  return out;
}

std::vector<std::int64_t> iota(std::int64_t n) {
  std::vector<std::int64_t> v;
  for (std::int64_t i = 0; i < n; ++i)
    v.push_back(i);
  return v;
}

double num(const std::map<std::string, std::string> &kv, const std::string &key) {
  auto it = kv.find(key);
  REQUIRE(it != kv.end());
  return std::stod(it->second);
}

SyntheticSpec smallSpec(const std::string &path) {
  SyntheticSpec s;
  s.path = path;
  s.duration = 2 * kMicrosPerSecond;
  s.width = 320;
  s.height = 180;
  s.gopSeconds = 1.0;
  s.preset = "ultrafast";
  return s;
}

} // namespace

TEST_CASE("frame code: draw then read round-trips at any size and stride", "[generator]") {
  for (auto [w, h, stride] : {std::tuple{64, 16, 64}, {320, 180, 352}, {1920, 1080, 1920}, {161, 91, 170}}) {
    std::vector<std::uint8_t> plane(static_cast<std::size_t>(stride * h), 90);
    for (std::int64_t n : {0LL, 1LL, 12345LL, 0xFFFFFFLL, 0xA5A5A5LL}) {
      drawFrameCode(plane.data(), stride, w, h, n);
      CAPTURE(w, h, stride, n);
      CHECK(readFrameCode(plane.data(), stride, w, h) == n);
    }
  }
}

TEST_CASE("frame code: a picture without a code or with a flipped bit reads as none", "[generator]") {
  const int w = 320, h = 180;
  std::vector<std::uint8_t> plane(static_cast<std::size_t>(w * h), 128);
  CHECK_FALSE(readFrameCode(plane.data(), w, w, h).has_value());
  drawFrameCode(plane.data(), w, w, h, 77);
  // Flip data cell 10 (x = cell * 10 px) over the whole band: parity fails.
  const int cellW = w / 32;
  for (int y = 0; y < frameCodeHeight(h); ++y)
    for (int x = 10 * cellW; x < 11 * cellW; ++x) {
      auto &px = plane[static_cast<std::size_t>(y * w + x)];
      px = px > 128 ? 16 : 235;
    }
  CHECK_FALSE(readFrameCode(plane.data(), w, w, h).has_value());
}

TEST_CASE("frame code: readFrameCode(VideoFrame) honours the stride", "[generator]") {
  VideoFrame f;
  f.width = 100;
  f.height = 40;
  f.strideY = 128;
  f.y.assign(static_cast<std::size_t>(f.strideY * f.height), 60);
  drawFrameCode(f.y.data(), f.strideY, f.width, f.height, 4242);
  CHECK(readFrameCode(f) == 4242);
}

TEST_CASE("writeSynthetic: H.264/AAC MP4 has the asked shape and every frame's code in order", "[generator]") {
  const auto path = scratchDir("gen_mp4") + "/a.mp4";
  auto spec = smallSpec(path);
  spec.caption = "Spiegel test";
  writeSynthetic(spec);
  const auto v = ffprobe(path, "v:0", "stream=codec_name,width,height,nb_read_frames,pix_fmt", true);
  CHECK(v.at("codec_name") == "h264");
  CHECK(v.at("width") == "320");
  CHECK(v.at("height") == "180");
  CHECK(v.at("pix_fmt") == "yuv420p");
  CHECK(v.at("nb_read_frames") == "50");
  const auto a = ffprobe(path, "a:0", "stream=codec_name,sample_rate,channels");
  CHECK(a.at("codec_name") == "aac");
  CHECK(a.at("sample_rate") == "48000");
  CHECK(a.at("channels") == "2");
  CHECK(num(ffprobe(path, "", "format=duration"), "duration") == Approx(2.0).margin(0.05));
  CHECK(codesOf(path, 320, 180) == iota(50));
  // Keyframes exactly every GOP (1 s = 25 frames).
  const auto keys = spiegel::test::runCapture("ffprobe -v error -select_streams v:0 -skip_frame nokey "
                                              "-show_entries frame=pts -of csv=p=0 " + spiegel::test::quote(path));
  CHECK(keys.find("12800") != std::string::npos);
  CHECK(std::count(keys.begin(), keys.end(), '\n') == 3); // ffprobe ends the list with an empty line
}

TEST_CASE("writeSynthetic: rotation is written as a display matrix", "[generator]") {
  const auto path = scratchDir("gen_rot") + "/r.mp4";
  auto spec = smallSpec(path);
  spec.duration = kMicrosPerSecond;
  spec.rotation = 90;
  writeSynthetic(spec);
  const auto out = spiegel::test::runCapture("ffprobe -v error -select_streams v:0 -show_entries "
                                             "stream_side_data=rotation -of default=nw=1 " + spiegel::test::quote(path));
  // ffprobe 5.1 prints av_display_rotation_get(): -90 for a picture that
  // must turn 90° clockwise (what phones held upright write).
  CHECK(out.find("rotation=-90") != std::string::npos);
  // ffmpeg's autorotate turns it clockwise: the barcode band (top of the
  // coded picture) ends up along the right edge, 180 px wide × 320 high.
  const std::string raw = spiegel::test::runCapture("ffmpeg -v error -i " + spiegel::test::quote(path) +
                                                    " -frames:v 1 -f rawvideo -pix_fmt gray -");
  REQUIRE(raw.size() == 180 * 320);
  auto edgeSpread = [&](int x0) {
    int lo = 255, hi = 0;
    for (int y = 0; y < 320; ++y)
      for (int x = x0; x < x0 + 6; ++x) {
        const int v = static_cast<unsigned char>(raw[static_cast<std::size_t>(y * 180 + x)]);
        lo = std::min(lo, v);
        hi = std::max(hi, v);
      }
    return hi - lo;
  };
  CHECK(edgeSpread(180 - 6) > 150); // black and white cells
  CHECK(edgeSpread(0) < 150);       // the plain background
}

TEST_CASE("writeSynthetic: MPEG-TS with a start offset, interlaced", "[generator]") {
  const auto path = scratchDir("gen_ts") + "/c.ts";
  auto spec = smallSpec(path);
  spec.startOffset = 3600 * kMicrosPerSecond;
  spec.interlaced = true;
  writeSynthetic(spec);
  const auto fmt = ffprobe(path, "", "format=start_time,duration");
  CHECK(num(fmt, "start_time") == Approx(3600.0).margin(0.2));
  CHECK(num(fmt, "duration") == Approx(2.0).margin(0.15));
  const auto v = ffprobe(path, "v:0", "stream=codec_name,field_order,nb_read_frames", true);
  CHECK(v.at("codec_name") == "h264");
  CHECK(v.at("field_order") == "tt");
  CHECK(v.at("nb_read_frames") == "50");
  CHECK(codesOf(path, 320, 180) == iota(50));
}

TEST_CASE("writeSynthetic: variable frame rate MKV has uneven durations and all frames", "[generator]") {
  const auto path = scratchDir("gen_vfr") + "/v.mkv";
  auto spec = smallSpec(path);
  spec.variableFps = true;
  writeSynthetic(spec);
  const auto pts = spiegel::test::runCapture("ffprobe -v error -select_streams v:0 -show_entries frame=pts_time "
                                             "-of csv=p=0 " + spiegel::test::quote(path));
  std::vector<double> t;
  std::istringstream in(pts);
  for (std::string line; std::getline(in, line);)
    if (!line.empty())
      t.push_back(std::stod(line));
  REQUIRE(t.size() == 50);
  double minStep = 1, maxStep = 0;
  for (std::size_t i = 1; i < t.size(); ++i) {
    minStep = std::min(minStep, t[i] - t[i - 1]);
    maxStep = std::max(maxStep, t[i] - t[i - 1]);
  }
  CHECK(minStep > 0.0);
  CHECK(maxStep - minStep > 0.01); // nominal 40 ms, jitter ±14 ms
  CHECK(codesOf(path, 320, 180) == iota(50));
}

TEST_CASE("writeSynthetic: WebM is VP9 + Vorbis and AVI is H.264 + MP3", "[generator]") {
  const auto dir = scratchDir("gen_webm");
  auto webm = smallSpec(dir + "/w.webm");
  writeSynthetic(webm);
  CHECK(ffprobe(webm.path, "v:0", "stream=codec_name").at("codec_name") == "vp9");
  CHECK(ffprobe(webm.path, "a:0", "stream=codec_name").at("codec_name") == "vorbis");
  CHECK(codesOf(webm.path, 320, 180) == iota(50));
  auto avi = smallSpec(dir + "/a.avi");
  writeSynthetic(avi);
  CHECK(ffprobe(avi.path, "v:0", "stream=codec_name").at("codec_name") == "h264");
  CHECK(ffprobe(avi.path, "a:0", "stream=codec_name").at("codec_name") == "mp3");
}

TEST_CASE("writeSynthetic: audio-only containers", "[generator]") {
  const auto dir = scratchDir("gen_audio");
  for (auto [ext, codec] : {std::pair{"m4a", "aac"}, {"mp3", "mp3"}, {"wav", "pcm_s16le"}, {"ogg", "vorbis"},
                            {"flac", "flac"}}) {
    SyntheticSpec s;
    s.path = dir + "/a." + ext;
    s.duration = 1500 * 1000;
    writeSynthetic(s);
    CAPTURE(ext);
    CHECK(ffprobe(s.path, "a:0", "stream=codec_name").at("codec_name") == codec);
    CHECK(ffprobe(s.path, "v", "stream=codec_name").empty());
    CHECK(num(ffprobe(s.path, "", "format=duration"), "duration") == Approx(1.5).margin(0.08));
  }
}

TEST_CASE("writeSynthetic: each second has its own tone", "[generator]") {
  const auto path = scratchDir("gen_tone") + "/t.wav";
  SyntheticSpec s;
  s.path = path;
  s.duration = 3 * kMicrosPerSecond;
  s.channels = 1;
  writeSynthetic(s);
  const std::string raw = spiegel::test::runCapture("ffmpeg -v error -i " + spiegel::test::quote(path) +
                                                    " -f s16le -ac 1 -");
  REQUIRE(raw.size() == 3 * 48000 * 2);
  std::vector<std::int16_t> pcm(raw.size() / 2);
  std::memcpy(pcm.data(), raw.data(), raw.size());
  for (int sec = 0; sec < 3; ++sec) {
    int crossings = 0;
    for (std::size_t i = static_cast<std::size_t>(sec * 48000) + 1; i < static_cast<std::size_t>((sec + 1) * 48000); ++i)
      crossings += (pcm[i - 1] < 0) != (pcm[i] < 0) ? 1 : 0;
    CHECK(crossings / 2.0 == Approx(toneFrequency(sec)).margin(2.0));
  }
}

TEST_CASE("writeSynthetic: mono pcm is used as the audio", "[generator]") {
  const auto path = scratchDir("gen_pcm") + "/p.wav";
  SyntheticSpec s;
  s.path = path;
  s.duration = kMicrosPerSecond;
  s.channels = 1;
  s.pcm.assign(24000, 0.25f); // half a second of DC, then silence
  writeSynthetic(s);
  const std::string raw = spiegel::test::runCapture("ffmpeg -v error -i " + spiegel::test::quote(path) + " -f s16le -");
  REQUIRE(raw.size() == 48000 * 2);
  std::vector<std::int16_t> pcm(raw.size() / 2);
  std::memcpy(pcm.data(), raw.data(), raw.size());
  CHECK(pcm[1000] == 8192);
  CHECK(pcm[30000] == 0);
}

TEST_CASE("writeSynthetic: refuses an unknown extension with EncodeFailed", "[generator]") {
  SyntheticSpec s;
  s.path = scratchDir("gen_bad") + "/x.xyz";
  try {
    writeSynthetic(s);
    FAIL("no exception");
  } catch (const MediaError &e) {
    CHECK(e.code() == ErrorCode::EncodeFailed);
  }
}

TEST_CASE("drawText draws glyphs inside the plane only", "[generator]") {
  std::vector<std::uint8_t> plane(40 * 10, 0);
  const int w = drawText(plane.data(), 40, 40, 10, 30, 2, "Hé 1", 1, 200);
  CHECK(w == textWidth("He 1", 1));
  int lit = 0;
  for (auto p : plane)
    lit += p == 200 ? 1 : 0;
  CHECK(lit > 10);
}
