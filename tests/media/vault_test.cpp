#include <catch2/catch.hpp>

#include "media_clips.hpp"
#include "spiegel/media/background.hpp"
#include "spiegel/media/error.hpp"
#include "spiegel/media/player.hpp"
#include "spiegel/media/probe.hpp"
#include "spiegel/media/vault.hpp"
#include "test_util.hpp"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <random>

using namespace spiegel;
using namespace spiegel::media;
using spiegel::test::codedClip;
using spiegel::test::kFrameUs;
using spiegel::test::scratchDir;

namespace {

std::vector<unsigned char> fileBytes(const std::string &path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// One key per test vault, served by the provider like the app's key folder.
struct Keys {
  std::map<std::string, VaultKey> byId;
  Keys() {
    setVaultKeys([this](const std::string &id) -> std::optional<VaultKey> {
      auto it = byId.find(id);
      return it == byId.end() ? std::nullopt : std::optional<VaultKey>(it->second);
    });
  }
  ~Keys() { setVaultKeys({}); }
  std::string seal(const std::string &src, const std::string &out) {
    auto key = newVaultKey();
    auto id = writeVault(src, out, key, fingerprint(src));
    byId[id] = key;
    return id;
  }
};

ErrorCode codeOf(const std::function<void()> &f) {
  try {
    f();
  } catch (const MediaError &e) {
    return e.code();
  }
  FAIL("no MediaError");
  return ErrorCode::Internal;
}

void flipByte(const std::string &path, std::uint64_t at) {
  std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
  f.seekg(static_cast<std::streamoff>(at));
  char c = 0;
  f.get(c);
  f.seekp(static_cast<std::streamoff>(at));
  f.put(static_cast<char>(c ^ 0x40));
}

} // namespace

TEST_CASE("a vault returns the original's bytes at random offsets", "[vault]") {
  Keys keys;
  const auto dir = scratchDir("vault_bytes");
  const auto out = dir + "/clip.spiegelvault";
  keys.seal(codedClip(), out);
  // The original as the vault keeps it: its metadata boxes blanked.
  auto plain = fileBytes(codedClip());
  const PrivateMetadata left = findPrivateMetadata(codedClip());
  REQUIRE(left.understood);
  applyPrivateMetadata(left, 0, plain.data(), plain.size());
  REQUIRE(isVault(out));
  CHECK_FALSE(isVault(codedClip()));
  CHECK_FALSE(std::filesystem::exists(out + ".part"));
  auto header = readVaultHeader(out);
  CHECK(header.plainSize == plain.size());
  CHECK(header.fingerprint == fingerprint(codedClip()));
  CHECK(fingerprint(out) == fingerprint(codedClip()));
  // No plaintext stretch of the original appears in the vault.
  const auto sealed = fileBytes(out);
  CHECK(std::search(sealed.begin(), sealed.end(), plain.begin() + 4096, plain.begin() + 4160) == sealed.end());

  CHECK(readVaultBytes(out, 0, plain.size() + 100) == plain);
  std::mt19937 rng(7);
  for (int i = 0; i < 40; ++i) {
    std::uint64_t at = rng() % plain.size();
    std::size_t n = rng() % 200'000;
    auto got = readVaultBytes(out, at, n);
    std::size_t expect = std::min<std::size_t>(n, plain.size() - at);
    REQUIRE(got.size() == expect);
    CHECK(std::equal(got.begin(), got.end(), plain.begin() + static_cast<std::ptrdiff_t>(at)));
  }
  CHECK(readVaultBytes(out, plain.size(), 10).empty());
  verifyVault(out);
}

TEST_CASE("a vault refuses a missing key, a flipped byte and a cut-off file", "[vault]") {
  Keys keys;
  const auto dir = scratchDir("vault_damage");
  const auto out = dir + "/clip.spiegelvault";
  auto id = keys.seal(codedClip(), out);
  const auto size = std::filesystem::file_size(out);

  SECTION("missing key") {
    keys.byId.erase(id);
    CHECK(codeOf([&] { (void)readVaultBytes(out, 0, 10); }) == ErrorCode::VaultKeyMissing);
    CHECK(codeOf([&] { (void)probe(out); }) == ErrorCode::VaultKeyMissing);
  }
  SECTION("flipped byte in a middle chunk") {
    flipByte(out, size / 2);
    CHECK(codeOf([&] { verifyVault(out); }) == ErrorCode::VaultDamaged);
  }
  SECTION("flipped byte in the header's fingerprint") {
    flipByte(out, 40);
    CHECK(codeOf([&] { (void)readVaultBytes(out, 0, 10); }) == ErrorCode::VaultDamaged);
  }
  SECTION("cut off by one chunk") {
    std::filesystem::resize_file(out, size - (64 * 1024 + 16));
    CHECK(codeOf([&] { (void)readVaultBytes(out, 0, 10); }) == ErrorCode::VaultDamaged);
  }
  SECTION("a byte appended") {
    std::ofstream(out, std::ios::app | std::ios::binary).put('x');
    CHECK(codeOf([&] { (void)readVaultBytes(out, 0, 10); }) == ErrorCode::VaultDamaged);
  }
}

TEST_CASE("a vault plays frame-exactly like its original", "[vault]") {
  Keys keys;
  const auto dir = scratchDir("vault_frames");
  const auto out = dir + "/clip.spiegelvault";
  keys.seal(codedClip(), out);
  auto a = probe(codedClip()), b = probe(out);
  CHECK(a.duration == b.duration);
  // Forward, then backwards across keyframes.
  for (int n : {0, 24, 26, 61, 149, 99, 25, 1, 140, 3}) {
    CAPTURE(n);
    auto p = decodeFrameAt(codedClip(), n * kFrameUs).frame;
    auto v = decodeFrameAt(out, n * kFrameUs).frame;
    REQUIRE(p);
    REQUIRE(v);
    CHECK(p->pts == v->pts);
    CHECK(p->y == v->y);
    CHECK(p->u == v->u);
    CHECK(p->v == v->v);
  }
}

TEST_CASE("a vault leaves out where and with what a recording was filmed", "[vault]") {
  Keys keys;
  const auto dir = scratchDir("vault_metadata");
  const std::string phone = dir + "/phone.mov", out = dir + "/phone.spiegelvault";
  // A phone-style file: location and device in the movie's user data, and
  // once more as QuickTime metadata keys.
  REQUIRE(spiegel::test::ffmpeg("-i " + codedClip() + " -c copy -metadata location=+52.3702+004.8952/ -metadata "
                                "make=Spiegeltest -metadata model=Phone9 -movflags use_metadata_tags " + phone));
  const auto original = fileBytes(phone);
  const std::string where = "+52.3702+004.8952";
  REQUIRE(std::search(original.begin(), original.end(), where.begin(), where.end()) != original.end());
  REQUIRE(probe(phone).duration > 0);

  PrivateMetadata left;
  auto key = newVaultKey();
  keys.byId[writeVault(phone, out, key, fingerprint(phone), &left)] = key;
  CHECK(left.understood);
  CHECK(std::find(left.found.begin(), left.found.end(), "location") != left.found.end());
  CHECK(std::find(left.found.begin(), left.found.end(), "make") != left.found.end());
  CHECK(std::find(left.found.begin(), left.found.end(), "model") != left.found.end());

  // Nothing of it is in what the vault decrypts to, and readers see no tag.
  const auto inside = readVaultBytes(out, 0, original.size());
  REQUIRE(inside.size() == original.size());
  for (const std::string &gone : {where, std::string("Spiegeltest"), std::string("Phone9")}) {
    CAPTURE(gone);
    CHECK(std::search(inside.begin(), inside.end(), gone.begin(), gone.end()) == inside.end());
  }
  const PrivateMetadata again = findPrivateMetadata(phone);
  CHECK(again.zeroed.size() == left.zeroed.size());
  // Every byte outside the blanked boxes is the original's.
  auto expected = original;
  applyPrivateMetadata(left, 0, expected.data(), expected.size());
  CHECK(inside == expected);

  // It still plays frame-exactly.
  for (int n : {0, 26, 99, 3}) {
    CAPTURE(n);
    auto p = decodeFrameAt(phone, n * kFrameUs).frame;
    auto v = decodeFrameAt(out, n * kFrameUs).frame;
    REQUIRE(p);
    REQUIRE(v);
    CHECK(p->pts == v->pts);
    CHECK(p->y == v->y);
  }
}

TEST_CASE("a container other than MP4/MOV goes into the vault as it is", "[vault]") {
  const auto dir = scratchDir("vault_mkv");
  const std::string mkv = dir + "/clip.mkv";
  REQUIRE(spiegel::test::ffmpeg("-i " + codedClip() + " -c copy -metadata location=+52.3702+004.8952/ " + mkv));
  const PrivateMetadata left = findPrivateMetadata(mkv);
  CHECK_FALSE(left.understood);
  CHECK(left.zeroed.empty());
  CHECK(left.freed.empty());
}
