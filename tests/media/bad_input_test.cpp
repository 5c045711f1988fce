#include <catch2/catch.hpp>

#include "player_helpers.hpp"
#include "media_clips.hpp"
#include "spiegel/media/background.hpp"
#include "spiegel/media/error.hpp"
#include "spiegel/media/player.hpp"
#include "spiegel/media/probe.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

using namespace spiegel;
using namespace spiegel::media;
using spiegel::test::ffmpeg;
using spiegel::test::quote;
using spiegel::test::scratchDir;

namespace {

void write(const std::string &path, const std::string &bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}


// probe, Player, decodeFrameAt and the background work (waveform peaks,
// thumbnails) all refuse `path` with `code`: one classification of bad files
// for all readers.
void expectRefused(const std::string &path, ErrorCode code) {
  CAPTURE(path);
  // Per process: test cases may run in parallel, and the background work
  // never writes a cache entry for a file it could not read.
  static const std::string cache = scratchDir("bad_input_cache_" + std::to_string(::getpid()));
  auto check = [&](auto &&call) {
    try {
      call();
      FAIL("no MediaError");
    } catch (const MediaError &e) {
      CHECK(e.code() == code);
      CHECK(e.path() == path);
      CHECK(std::string(e.what()).size() > 0);
    }
  };
  check([&] { (void)probe(path); });
  check([&] { Player p(path, PlayerOptions{makeNullAudioSink(), -1, {}}); });
  check([&] { (void)decodeFrameAt(path, 0); });
  check([&] { (void)computePeaks(path, 10'000, cache, {}); });
  check([&] { (void)makeThumbnails(path, 1'000'000, 160, cache, {}); });
}

// A WAV header with a format tag no decoder knows, then some data.
std::string unknownCodecWav() {
  auto le32 = [](std::uint32_t v) {
    std::string s(4, '\0');
    for (int i = 0; i < 4; ++i)
      s[static_cast<std::size_t>(i)] = static_cast<char>((v >> (8 * i)) & 0xFF);
    return s;
  };
  auto le16 = [](std::uint16_t v) {
    return std::string{static_cast<char>(v & 0xFF), static_cast<char>(v >> 8)};
  };
  const std::string data(8000, '\x11');
  std::string fmt = le16(0x7777) + le16(1) + le32(8000) + le32(8000) + le16(1) + le16(8);
  return "RIFF" + le32(static_cast<std::uint32_t>(4 + 8 + fmt.size() + 8 + data.size())) + "WAVE" + "fmt " +
         le32(static_cast<std::uint32_t>(fmt.size())) + fmt + "data" +
         le32(static_cast<std::uint32_t>(data.size())) + data;
}

} // namespace

TEST_CASE("bad input: every kind gets its own error code", "[badinput]") {
  const auto dir = scratchDir("bad_input");
  expectRefused(dir + "/missing.mp4", ErrorCode::FileNotFound);
  expectRefused(dir + "/no/such/dir/x.mp4", ErrorCode::FileNotFound);
  expectRefused(dir, ErrorCode::IsDirectory);
  write(dir + "/empty.mp4", "");
  expectRefused(dir + "/empty.mp4", ErrorCode::EmptyFile);
  write(dir + "/notes.mp4", "Dit is geen video maar een tekstbestand met aantekeningen.\n"
                            "This is not a video but a text file with notes.\n");
  expectRefused(dir + "/notes.mp4", ErrorCode::NotMedia);
  write(dir + "/codec.wav", unknownCodecWav());
  expectRefused(dir + "/codec.wav", ErrorCode::UnsupportedCodec);
  write(dir + "/only.srt",
        "1\n00:00:01,000 --> 00:00:02,000\nHallo\n\n2\n00:00:03,000 --> 00:00:04,000\nDag\n");
  expectRefused(dir + "/only.srt", ErrorCode::NoStreams);
  // An MP4 cut off mid-recording: the index (moov, written last) is missing.
  const std::string whole = dir + "/whole.mp4";
  REQUIRE(ffmpeg("-f lavfi -i testsrc2=s=320x180:r=25:d=2 -c:v libx264 -preset ultrafast " + quote(whole)));
  REQUIRE(std::system(("head -c 20000 " + quote(whole) + " > " + quote(dir + "/cut.mp4")).c_str()) == 0);
  expectRefused(dir + "/cut.mp4", ErrorCode::Truncated);
}

TEST_CASE("bad input: a file this user may not read", "[badinput]") {
  if (::geteuid() == 0) {
    WARN("running as root: every file is readable, permission test skipped");
    return;
  }
  const auto dir = scratchDir("bad_input_perm");
  write(dir + "/secret.mp4", "whatever");
  ::chmod((dir + "/secret.mp4").c_str(), 0);
  expectRefused(dir + "/secret.mp4", ErrorCode::PermissionDenied);
}

TEST_CASE("bad input: a file deleted or cut short during playback does not crash", "[badinput][player]") {
  const auto dir = scratchDir("bad_input_vanish");
  for (const bool cut : {false, true}) {
    CAPTURE(cut);
    const std::string path = dir + (cut ? "/cut.mkv" : "/gone.mkv");
    REQUIRE(
        ffmpeg("-f lavfi -i testsrc2=s=320x180:r=25:d=4 -f lavfi -i sine=d=4 -c:v libx264 -preset ultrafast "
               "-g 25 -c:a aac " +
               quote(path)));
    Player p(path, PlayerOptions{makeNullAudioSink(), -1, {}});
    REQUIRE(p.waitForFrame(10000));
    p.play();
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    if (cut)
      std::filesystem::resize_file(path, std::filesystem::file_size(path) / 3);
    else
      std::filesystem::remove(path);
    p.seek(3'000'000);
    (void)p.waitForFrame(5000);
    p.play();
    for (int i = 0; i < 200 && !p.state().atEnd; ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    (void)p.currentFrame();
    const auto s = p.state();
    CHECK(s.readFailed);
    CHECK_FALSE(s.lastError.empty());
  }
}

TEST_CASE("bad input: an MP4 with its index first but its data cut off plays what is there",
          "[badinput][player]") {
  const auto dir = scratchDir("bad_input_faststart");
  const std::string whole = dir + "/whole.mp4";
  REQUIRE(
      ffmpeg("-f lavfi -i testsrc2=s=320x180:r=25:d=4 -f lavfi -i sine=d=4 -c:v libx264 -preset ultrafast "
             "-g 25 -c:a aac -movflags +faststart " +
             quote(whole)));
  const std::string cut = dir + "/cut.mp4";
  REQUIRE(std::system(("head -c " + std::to_string(std::filesystem::file_size(whole) / 2) + " " +
                       quote(whole) + " > " + quote(cut))
                          .c_str()) == 0);
  const MediaInfo info = probe(cut); // the index is there: it opens
  CHECK(info.duration > 3'900'000);
  CHECK(info.incomplete()); // an incomplete copy, not a damaged file (incomplete_test.cpp has the details)
  Player p(cut, PlayerOptions{makeNullAudioSink(), -1, {}});
  REQUIRE(p.waitForFrame(10000));
  CHECK(p.currentFrame() != nullptr);
  p.seek(3'500'000); // past the data that is left: held at its end
  (void)p.waitForFrame(5000);
  p.play();
  for (int i = 0; i < 300 && !p.state().atEnd; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  CHECK(p.state().incompleteEnd);
  CHECK_FALSE(p.state().readFailed);
  // The complete file plays to its end without any failure.
  Player q(whole, PlayerOptions{makeNullAudioSink(), -1, {}});
  q.seek(3'700'000);
  REQUIRE(q.waitForFrame(10000));
  q.play();
  for (int i = 0; i < 500 && !q.state().atEnd; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  CHECK(q.state().atEnd);
  CHECK_FALSE(q.state().readFailed);
}
