#include <catch2/catch.hpp>

#include "spiegel/media/background.hpp"
#include "spiegel/media/error.hpp"
#include "spiegel/media/generator.hpp"
#include "test_util.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <numbers>
#include <optional>
#include <stop_token>

using namespace spiegel;
using namespace spiegel::media;
using spiegel::test::scratchDir;

namespace {


void writeBytes(const std::string &path, const std::string &bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

int countFiles(const std::string &dir, const std::string &prefix) {
  int n = 0;
  for (const auto &e : std::filesystem::directory_iterator(dir))
    n += e.path().filename().string().rfind(prefix, 0) == 0 ? 1 : 0;
  return n;
}

// 1 s of a 0.5 sine, 1 s of silence, 1 s of a 0.25 sine, as AAC in .m4a.
std::string toneClip(const std::string &dir) {
  SyntheticSpec s;
  s.path = dir + "/tone.m4a";
  s.duration = 3 * kMicrosPerSecond;
  s.channels = 2;
  s.pcm.resize(3 * 48000);
  for (std::size_t i = 0; i < s.pcm.size(); ++i) {
    const double level = i < 48000 ? 0.5 : i < 96000 ? 0.0 : 0.25;
    s.pcm[i] = static_cast<float>(level * std::sin(2 * std::numbers::pi * 440.0 * static_cast<double>(i) / 48000.0));
  }
  writeSynthetic(s);
  return s.path;
}

std::string videoClip(const std::string &path, Micros duration, int rotation = 0) {
  SyntheticSpec s;
  s.path = path;
  s.duration = duration;
  s.width = 320;
  s.height = 180;
  s.gopSeconds = 1.0;
  s.rotation = rotation;
  s.preset = "ultrafast";
  writeSynthetic(s);
  return path;
}

// Luma of a packed RGB picture (BT.601 weights; enough to read the code).
std::vector<std::uint8_t> lumaOf(const RgbImage &img) {
  std::vector<std::uint8_t> y(static_cast<std::size_t>(img.width * img.height));
  for (std::size_t i = 0; i < y.size(); ++i)
    y[i] = static_cast<std::uint8_t>(
        std::lround(0.299 * img.rgb[i * 3] + 0.587 * img.rgb[i * 3 + 1] + 0.114 * img.rgb[i * 3 + 2]));
  return y;
}

} // namespace

TEST_CASE("fingerprint: size and hash of both ends, independent of the name", "[background]") {
  const auto dir = scratchDir("fingerprint");
  std::string big(3 << 20, 'a');
  writeBytes(dir + "/a.bin", big);
  writeBytes(dir + "/b.bin", big);
  const auto fa = fingerprint(dir + "/a.bin");
  CHECK(fa.rfind(std::to_string(big.size()) + "-", 0) == 0);
  CHECK(fa.size() == std::to_string(big.size()).size() + 1 + 64);
  CHECK(fingerprint(dir + "/b.bin") == fa);
  big[big.size() / 2] = 'b'; // the middle is not hashed
  writeBytes(dir + "/b.bin", big);
  CHECK(fingerprint(dir + "/b.bin") == fa);
  big[10] = 'b';
  writeBytes(dir + "/b.bin", big);
  CHECK(fingerprint(dir + "/b.bin") != fa);
  writeBytes(dir + "/small.bin", "hello");
  CHECK(fingerprint(dir + "/small.bin") ==
        "5-2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"); // sha256("hello")
  try {
    (void)fingerprint(dir + "/missing.bin");
    FAIL("no exception");
  } catch (const MediaError &e) {
    CHECK(e.code() == ErrorCode::FileNotFound);
  }
}

TEST_CASE("cacheDirectory follows XDG_CACHE_HOME and creates the folder", "[background]") {
  const auto dir = scratchDir("xdg");
  const char *old = std::getenv("XDG_CACHE_HOME");
  const std::string saved = old != nullptr ? old : "";
  setenv("XDG_CACHE_HOME", dir.c_str(), 1);
  const auto c = cacheDirectory();
  if (old != nullptr)
    setenv("XDG_CACHE_HOME", saved.c_str(), 1);
  else
    unsetenv("XDG_CACHE_HOME");
  CHECK(c == dir + "/spiegel");
  CHECK(std::filesystem::is_directory(c));
}

// Progress as the work reports it, on the calling thread.
struct ProgressLog {
  std::vector<float> seen;
  WorkControl control(std::stop_token stop = {}) {
    return {std::move(stop), [this](float p) { seen.push_back(p); }};
  }
  // Rising within 0 … 1 and ending at 1.
  [[nodiscard]] bool risesToOne() const {
    return !seen.empty() && std::is_sorted(seen.begin(), seen.end()) && seen.front() >= 0.0f && seen.back() == 1.0f;
  }
};

TEST_CASE("computePeaks: amplitude per second of an AAC clip, silence near 0, progress, cached", "[background]") {
  const auto dir = scratchDir("peaks");
  const auto clip = toneClip(dir);
  const auto cache = dir + "/cache";
  ProgressLog progress;
  const auto first = computePeaks(clip, 10'000, cache, progress.control());
  REQUIRE(first);
  CHECK(progress.risesToOne());
  CHECK(progress.seen.size() > 10); // reported along the way, not only at the end
  CHECK(first->bucket == 10'000);
  REQUIRE(first->min.size() >= 300);
  CHECK(first->min.size() <= 305);
  auto maxOver = [&](std::size_t from, std::size_t to) {
    float m = 0;
    for (std::size_t i = from; i < to; ++i)
      m = std::max({m, first->max[i], -first->min[i]});
    return m;
  };
  CHECK(maxOver(10, 90) == Approx(0.5).margin(0.03));
  CHECK(first->max[50] == Approx(0.5).margin(0.03));
  CHECK(first->min[50] == Approx(-0.5).margin(0.03));
  CHECK(maxOver(110, 190) < 0.01f);
  CHECK(maxOver(210, 290) == Approx(0.25).margin(0.02));
  CHECK(countFiles(cache, "peaks-") == 1);

  ProgressLog cached;
  const auto again = computePeaks(clip, 10'000, cache, cached.control());
  REQUIRE(again);
  CHECK(again->min == first->min);
  CHECK(again->max == first->max);
  CHECK(cached.seen == std::vector<float>{1.0f}); // from the cache: done at once
}

TEST_CASE("makeThumbnails: one keyframe picture per interval, in order, with the frame code", "[background]") {
  const auto dir = scratchDir("thumbs");
  const auto clip = videoClip(dir + "/v.mp4", 4 * kMicrosPerSecond);
  const auto cache = dir + "/cache";
  std::vector<ThumbnailPtr> handed;
  ProgressLog progress;
  const auto first = makeThumbnails(clip, 500'000, 160, cache, progress.control(),
                                    [&](ThumbnailPtr t) { handed.push_back(std::move(t)); });
  REQUIRE(first.size() == 8);
  CHECK(handed == first); // each one handed over as it was made, in time order
  CHECK(progress.risesToOne());
  CHECK(progress.seen.size() >= 8);
  for (std::size_t i = 0; i < first.size(); ++i) {
    const auto &t = *first[i];
    CAPTURE(i);
    CHECK(t.at == static_cast<Micros>(i) * 500'000);
    CHECK(t.image.width == 160);
    CHECK(t.image.height == 90);
    // GOP 1 s: the keyframe at or before 0.5 s steps is the whole second.
    CHECK(t.image.pts == static_cast<Micros>(i / 2) * kMicrosPerSecond);
    const auto y = lumaOf(t.image);
    CHECK(readFrameCode(y.data(), 160, 160, 90) == static_cast<std::int64_t>(i / 2) * 25);
  }
  CHECK(countFiles(cache, "thumbs-") == 1);
  std::vector<ThumbnailPtr> handedAgain;
  ProgressLog cached;
  const auto second = makeThumbnails(clip, 500'000, 160, cache, cached.control(),
                                     [&](ThumbnailPtr t) { handedAgain.push_back(std::move(t)); });
  REQUIRE(second.size() == first.size());
  CHECK(handedAgain == second); // from the cache, all handed over too
  CHECK(cached.seen == std::vector<float>{1.0f});
  for (std::size_t i = 0; i < first.size(); ++i) {
    CHECK(second[i]->at == first[i]->at);
    CHECK(second[i]->image.rgb == first[i]->image.rgb);
  }
}

TEST_CASE("makeThumbnails: a rotated recording gives upright thumbnails", "[background]") {
  const auto dir = scratchDir("thumbs_rot");
  const auto clip = videoClip(dir + "/r.mp4", 2 * kMicrosPerSecond, 90);
  const auto t = makeThumbnails(clip, kMicrosPerSecond, 90, dir + "/cache", {});
  REQUIRE(t.size() == 2);
  CHECK(t[0]->image.width == 90);
  CHECK(t[0]->image.height == 160);
}

TEST_CASE("Background work: a bad file throws its code and caches nothing", "[background]") {
  const auto dir = scratchDir("bad");
  writeBytes(dir + "/text.mp4", "this is not a recording\n");
  const auto refused = [](auto &&work) -> std::optional<ErrorCode> {
    try {
      work();
    } catch (const MediaError &e) {
      CHECK_FALSE(std::string(e.what()).empty());
      return e.code();
    }
    return std::nullopt;
  };
  CHECK(refused([&] { (void)computePeaks(dir + "/text.mp4", 10'000, dir + "/cache", {}); }) == ErrorCode::NotMedia);
  CHECK(refused([&] { (void)makeThumbnails(dir + "/missing.mp4", kMicrosPerSecond, 160, dir + "/cache", {}); }) ==
        ErrorCode::FileNotFound);
  CHECK(refused([&] { (void)makeThumbnails(dir + "/text.mp4", 0, 160, dir + "/cache", {}); }) == ErrorCode::Internal);
  CHECK((!std::filesystem::exists(dir + "/cache") || std::filesystem::is_empty(dir + "/cache")));
}

TEST_CASE("Background work: a stop ends it early, without an error or a cache", "[background]") {
  const auto dir = scratchDir("stop");
  const auto clip = videoClip(dir + "/long.mp4", 6 * kMicrosPerSecond);
  const auto cache = dir + "/cache";
  const auto cached = [&](const std::string &prefix) {
    return std::filesystem::exists(cache) ? countFiles(cache, prefix) : 0;
  };

  SECTION("stopped before it starts: the open is interrupted, which is no failure") {
    std::stop_source stop;
    stop.request_stop();
    std::vector<ThumbnailPtr> handed;
    CHECK(computePeaks(clip, 10'000, cache, {stop.get_token()}) == nullptr);
    CHECK(makeThumbnails(clip, 40'000, 160, cache, {stop.get_token()}, [&](ThumbnailPtr t) {
            handed.push_back(std::move(t));
          }).empty());
    CHECK(handed.empty());
  }
  SECTION("thumbnails stopped after the third: those three, nothing cached") {
    std::stop_source stop;
    ProgressLog progress;
    int handed = 0;
    const auto got = makeThumbnails(clip, 40'000, 160, cache, progress.control(stop.get_token()), [&](ThumbnailPtr) {
      if (++handed == 3)
        stop.request_stop();
    });
    CHECK(got.size() == 3);
    CHECK(handed == 3);
    REQUIRE_FALSE(progress.seen.empty());
    CHECK(progress.seen.back() < 1.0f);
  }
  SECTION("peaks stopped half-way: null, nothing cached") {
    std::stop_source stop;
    WorkControl control{stop.get_token(), [&](float p) {
                          if (p > 0.3f)
                            stop.request_stop();
                        }};
    CHECK(computePeaks(clip, 10'000, cache, control) == nullptr);
  }
  CHECK(cached("thumbs-") == 0);
  CHECK(cached("peaks-") == 0);
}

TEST_CASE("Background work: an empty cache folder keeps nothing; removeCaches takes one recording's files",
          "[background][privacy]") {
  const auto dir = scratchDir("cache_privacy");
  const auto clip = toneClip(dir);
  const auto cache = dir + "/cache";
  std::filesystem::create_directories(cache);

  REQUIRE(computePeaks(clip, 10'000, "", {}));
  CHECK(countFiles(cache, "peaks-") == 0);
  CHECK(std::filesystem::is_empty(cache));

  REQUIRE(computePeaks(clip, 10'000, cache, {}));
  REQUIRE(computePeaks(clip, 20'000, cache, {}));
  const std::string other = cache + "/peaks-" + std::string("12-ab") + "-10000.bin"; // another recording's
  std::ofstream(other) << "x";
  REQUIRE(countFiles(cache, "peaks-") == 3);

  CHECK(removeCaches(cache, fingerprint(clip)) == 2);
  CHECK(countFiles(cache, "peaks-") == 1);
  CHECK(std::filesystem::exists(other));
  CHECK(removeCaches(cache, fingerprint(clip)) == 0);
  CHECK(removeCaches("", fingerprint(clip)) == 0);
}
