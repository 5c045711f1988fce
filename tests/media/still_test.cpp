#include <catch2/catch.hpp>

#include "media_clips.hpp"
#include "spiegel/media/error.hpp"
#include "spiegel/media/player.hpp"

#include <sys/resource.h>
#include <sys/stat.h>

#include <algorithm>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>

using namespace spiegel;
using namespace spiegel::media;
using spiegel::test::codedClip;
using spiegel::test::ffmpeg;
using spiegel::test::ffprobe;
using spiegel::test::kFrameUs;
using spiegel::test::quote;
using spiegel::test::runCapture;
using spiegel::test::scratchDir;

TEST_CASE("decodeFrameAt gives the frame on screen at that time", "[still]") {
  for (int n : {0, 1, 24, 25, 26, 61, 99, 149}) {
    CAPTURE(n);
    auto f = decodeFrameAt(codedClip(), n * kFrameUs).frame;
    REQUIRE(f != nullptr);
    CHECK(readFrameCode(*f) == n);
    CHECK(f->pts == n * kFrameUs);
    auto between = decodeFrameAt(codedClip(), n * kFrameUs + kFrameUs - 1).frame;
    CHECK(readFrameCode(*between) == n);
  }
  CHECK(readFrameCode(*decodeFrameAt(codedClip(), 100 * kMicrosPerSecond).frame) == 149);
  CHECK(readFrameCode(*decodeFrameAt(codedClip(), -5).frame) == 0);
}

TEST_CASE("toRgb applies rotation and downscale; writePng writes a real PNG", "[still]") {
  const auto dir = scratchDir("still_rgb");
  auto f = decodeFrameAt(codedClip(), 10 * kFrameUs).frame;
  REQUIRE(f != nullptr);
  RgbImage rgb = toRgb(*f);
  CHECK(rgb.width == 320);
  CHECK(rgb.height == 180);
  CHECK(rgb.rgb.size() == 320u * 180u * 3u);
  CHECK(rgb.pts == 10 * kFrameUs);
  RgbImage small = toRgb(*f, 160);
  CHECK(small.width == 160);
  CHECK(small.height == 90);

  VideoFrame turned = *f;
  turned.rotation = 90;
  RgbImage upright = toRgb(turned);
  CHECK(upright.width == 180);
  CHECK(upright.height == 320);
  // Turned clockwise: the first row of the coded picture is now the last
  // column of the upright one.
  for (int x = 0; x < 320; x += 37)
    for (int c = 0; c < 3; ++c)
      CHECK(upright.rgb[static_cast<std::size_t>((x * 180 + 179) * 3 + c)] ==
            rgb.rgb[static_cast<std::size_t>(x * 3 + c)]);
  RgbImage smallTurned = toRgb(turned, 90);
  CHECK(smallTurned.width == 90);
  CHECK(smallTurned.height == 160);

  const std::string png = dir + "/still.png";
  writePng(upright, png);
  const auto kv = ffprobe(png, "v:0", "stream=codec_name,width,height");
  CHECK(kv.at("codec_name") == "png");
  CHECK(kv.at("width") == "180");
  CHECK(kv.at("height") == "320");
  CHECK_THROWS_AS(writePng(upright, dir + "/no/such/dir/x.png"), MediaError);
  CHECK_THROWS_AS(writePng(RgbImage{}, dir + "/empty.png"), MediaError);
}

TEST_CASE("decodeFrameAt says a sound recording has no pictures, cover art or not", "[still]") {
  const auto dir = scratchDir("still_sound");
  const std::string voice = dir + "/voice.m4a", covered = dir + "/covered.mp3", cover = dir + "/cover.png";
  REQUIRE(ffmpeg("-f lavfi -i sine=d=1 -c:a aac " + voice));
  REQUIRE(ffmpeg("-f lavfi -i testsrc2=s=64x64:d=0.04 -frames:v 1 " + cover));
  REQUIRE(ffmpeg("-f lavfi -i sine=d=1 -i " + cover + " -map 0 -map 1 -c:a libmp3lame -c:v copy " +
                 "-disposition:v attached_pic " + covered));
  for (const auto &path : {voice, covered}) {
    CAPTURE(path);
    try {
      (void)decodeFrameAt(path, 500'000);
      FAIL("no MediaError");
    } catch (const MediaError &e) {
      CHECK(e.code() == ErrorCode::NoVideo);
    }
  }
}

TEST_CASE("writePng keeps every pixel: the still shows the exact frame", "[still]") {
  const auto dir = scratchDir("still_exact");
  for (int n : {0, 37, 149}) {
    CAPTURE(n);
    const RgbImage rgb = toRgb(*decodeFrameAt(codedClip(), n * kFrameUs).frame);
    const std::string png = dir + "/still" + std::to_string(n) + ".png";
    writePng(rgb, png);
    // The file decoded by the ffmpeg CLI is byte for byte the picture we encoded ...
    const auto decoded = runCapture("ffmpeg -nostdin -v error -i " + quote(png) + " -f rawvideo -pix_fmt rgb24 -");
    CHECK(decoded.size() == rgb.rgb.size());
    CHECK(decoded == std::string(rgb.rgb.begin(), rgb.rgb.end()));
    // ... and read back by us it carries the frame's number.
    const auto back = decodeFrameAt(png, 0).frame;
    REQUIRE(back != nullptr);
    CHECK(readFrameCode(*back) == n);
  }
}

namespace {

// Noise does not compress: its PNG is about as large as the pixels.
RgbImage noiseImage(int w, int h) {
  RgbImage img;
  img.width = w;
  img.height = h;
  img.rgb.resize(static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 3);
  std::mt19937 rng(7);
  for (auto &b : img.rgb)
    b = static_cast<std::uint8_t>(rng());
  return img;
}

std::string contentOf(const std::string &path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<std::string> namesIn(const std::string &dir) {
  std::vector<std::string> names;
  for (const auto &e : std::filesystem::directory_iterator(dir))
    names.push_back(e.path().filename().string());
  return names;
}

// Files may grow to `bytes` at most while it lives (writes past it fail
// with EFBIG instead of raising SIGXFSZ): a disk that fills up mid-write.
class FileSizeLimit {
public:
  explicit FileSizeLimit(rlim_t bytes) : m_oldHandler(std::signal(SIGXFSZ, SIG_IGN)) {
    getrlimit(RLIMIT_FSIZE, &m_old);
    rlimit lim = m_old;
    lim.rlim_cur = bytes;
    setrlimit(RLIMIT_FSIZE, &lim);
  }
  ~FileSizeLimit() {
    setrlimit(RLIMIT_FSIZE, &m_old);
    std::signal(SIGXFSZ, m_oldHandler);
  }
  FileSizeLimit(const FileSizeLimit &) = delete;
  FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
  rlimit m_old{};
  void (*m_oldHandler)(int);
};

} // namespace

TEST_CASE("writePng that fails leaves no file behind and an old still untouched", "[still]") {
  const auto dir = scratchDir("still_fail");
  const RgbImage noise = noiseImage(320, 180); // ~170 kB of PNG
  const std::string png = dir + "/still.png";

  SECTION("the disk fills up mid-way: no file") {
    {
      FileSizeLimit full(64 * 1024);
      CHECK_THROWS_AS(writePng(noise, png), MediaError);
    }
    CHECK(namesIn(dir).empty());
  }
  SECTION("the disk fills up mid-way over an old still: the old one stays whole") {
    writePng(toRgb(*decodeFrameAt(codedClip(), 0).frame), png);
    const auto before = contentOf(png);
    {
      FileSizeLimit full(64 * 1024);
      CHECK_THROWS_AS(writePng(noise, png), MediaError);
    }
    CHECK(namesIn(dir) == std::vector<std::string>{"still.png"});
    CHECK(contentOf(png) == before);
  }
  SECTION("a folder that does not exist, or one nobody may create files in: nothing is made") {
    CHECK_THROWS_AS(writePng(noise, dir + "/no/such/dir/x.png"), MediaError);
    CHECK_THROWS_AS(writePng(noise, "/proc/spiegel-still.png"), MediaError);
    CHECK_FALSE(std::filesystem::exists(dir + "/no"));
    CHECK_FALSE(std::filesystem::exists("/proc/spiegel-still.png"));
    CHECK(namesIn(dir).empty());
  }
  SECTION("a device is written in place, never replaced") {
    CHECK_THROWS_AS(writePng(noise, "/dev/full"), MediaError); // every write: no space left
    struct stat st {};
    REQUIRE(::stat("/dev/full", &st) == 0);
    CHECK(S_ISCHR(st.st_mode));
    const auto devices = namesIn("/dev");
    CHECK(std::none_of(devices.begin(), devices.end(),
                       [](const std::string &n) { return n.find(".partial") != std::string::npos; }));
  }
}
