// Mutation fuzzing: damaged copies of small recordings must never crash or
// throw anything but MediaError. Fixed seed, so a failure reproduces.
#include <catch2/catch.hpp>

#include "media_clips.hpp"
#include "spiegel/media/error.hpp"
#include "spiegel/media/log.hpp"
#include "spiegel/media/player.hpp"
#include "spiegel/media/probe.hpp"

#include <fstream>
#include <iterator>
#include <random>
#include <thread>

using namespace spiegel;
using namespace spiegel::media;
using spiegel::test::ffmpeg;
using spiegel::test::quote;
using spiegel::test::scratchDir;

namespace {

std::string readAll(const std::string &path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A damaged copy: random bytes flipped, cut off, or both.
std::string mutate(const std::string &original, std::mt19937 &rng) {
  std::string bytes = original;
  const int kind = static_cast<int>(rng() % 4);
  if (kind != 1) { // flip 1 … 32 bytes; half the time near the start, where the headers are
    const int flips = 1 + static_cast<int>(rng() % 32);
    for (int i = 0; i < flips; ++i) {
      const std::size_t span = (rng() % 2 == 0) ? std::min<std::size_t>(bytes.size(), 4096) : bytes.size();
      bytes[rng() % span] = static_cast<char>(rng() & 0xFF);
    }
  }
  if (kind >= 1) // truncate anywhere
    bytes.resize(1 + rng() % bytes.size());
  return bytes;
}

// Everything we do with a file; only MediaError may come out.
void exercise(const std::string &path, bool withPlayer) {
  try {
    const MediaInfo info = probe(path);
    (void)info.bestVideo();
  } catch (const MediaError &) {
  }
  for (Micros at : {Micros{300'000}}) {
    try {
      auto f = decodeFrameAt(path, at).frame;
      if (f)
        (void)toRgb(*f, 64);
    } catch (const MediaError &) {
    }
  }
  if (!withPlayer)
    return;
  try {
    Player p(path, PlayerOptions{makeNullAudioSink(), -1, {}});
    p.seek(400'000);
    (void)p.waitForFrame(1500);
    p.play();
    std::this_thread::sleep_for(std::chrono::milliseconds(60));
    p.stepBackward();
    (void)p.currentFrame();
    (void)p.state();
  } catch (const MediaError &) {
  }
}

} // namespace

TEST_CASE("fuzz: damaged MP4 and MKV files give MediaError or play, never crash", "[fuzz]") {
  setLogLevel(LogLevel::Quiet); // FFmpeg would print thousands of complaints
  const auto dir = scratchDir("fuzz");
  const std::vector<std::string> seeds = {dir + "/seed.mp4", dir + "/seed.mkv"};
  for (const auto &s : seeds)
    REQUIRE(ffmpeg(
        "-f lavfi -i testsrc2=s=320x180:r=25:d=0.6 -f lavfi -i sine=d=0.6 -c:v libx264 -preset ultrafast "
        "-g 6 -bf 2 -c:a aac " +
        quote(s)));
  std::mt19937 rng(20261123);
  const std::string victim = dir + "/victim";
  int variants = 0;
  for (int i = 0; i < 200; ++i) {
    const std::string &seed = seeds[static_cast<std::size_t>(i) % seeds.size()];
    const std::string path = victim + std::to_string(i % 2) + (i % 2 == 0 ? ".mp4" : ".mkv");
    {
      std::ofstream out(path, std::ios::binary | std::ios::trunc);
      const std::string bytes = mutate(readAll(seed), rng);
      out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    }
    CAPTURE(i);
    try {
      exercise(path, i % 25 == 0);
    } catch (const std::exception &e) {
      FAIL("variant " << i << " threw a non-MediaError: " << e.what());
    }
    ++variants;
  }
  CHECK(variants == 200);
}
