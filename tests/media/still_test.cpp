#include <catch2/catch.hpp>

#include "media_clips.hpp"
#include "spiegel/media/error.hpp"
#include "spiegel/media/player.hpp"

using namespace spiegel;
using namespace spiegel::media;
using spiegel::test::codedClip;
using spiegel::test::ffmpeg;
using spiegel::test::ffprobe;
using spiegel::test::kFrameUs;
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
