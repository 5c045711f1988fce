// Share packages (sealProject / unsealPackage): a round trip carries the
// project and its recording byte for byte; a wrong passphrase, a flipped
// byte anywhere, a cut-off file and an expired package are each refused
// with their own code and leave nothing in the output folder.
#include "spiegel/store/sealed_package.hpp"
#include "store_fixture.hpp"

#include <sodium.h>

using namespace spiegel;
using namespace spiegel::test;
using store::ErrorCode;

namespace {

store::SealOptions quick(bool withRecording, store::UnixMillis expires = 0) {
  // The interactive limits keep the tests fast; the format stores them.
  return {.passphrase = "lange wachtzin 1",
          .expires = expires,
          .sender = "Anna",
          .withRecordings = withRecording,
          .opslimit = crypto_pwhash_OPSLIMIT_INTERACTIVE,
          .memlimit = crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

void writeAll(const fs::path &p, const std::string &bytes) { std::ofstream(p, std::ios::binary) << bytes; }

// A project whose recording is 200 KiB of pseudo-random bytes (four chunks).
fs::path sealed(const fs::path &dir, bool withRecording = true, store::UnixMillis expires = 0) {
  std::string media(200 * 1024, '\0');
  for (std::size_t i = 0; i < media.size(); ++i)
    media[i] = static_cast<char>((i * 2654435761u) >> 13);
  writeAll(dir / "opname.mp4", media);
  auto p = filled(dir, "p.spiegel");
  const auto pkg = dir / "p.spiegelpkg";
  store::sealProject(p, pkg.string(), quick(withRecording, expires));
  return pkg;
}

ErrorCode refusal(const fs::path &pkg, const fs::path &out, const std::string &pass = "lange wachtzin 1",
                  store::UnixMillis now = 1) {
  try {
    (void)store::unsealPackage(pkg.string(), out.string(), pass, now, "Bert");
  } catch (const store::StoreError &e) {
    return e.code();
  }
  FAIL("unpacked");
  return ErrorCode::Io;
}

bool emptyDir(const fs::path &d) { return fs::is_empty(d); }

} // namespace

TEST_CASE("a share package round-trips the project and its recording", "[seal]") {
  const auto dir = scratch("seal_round");
  const auto pkg = sealed(dir);
  CHECK_FALSE(fs::exists(pkg.string() + ".part"));
  const auto plain = readAll(dir / "opname.mp4");
  // No plaintext of the recording in the package.
  CHECK(readAll(pkg).find(plain.substr(1000, 64)) == std::string::npos);
  std::string before;
  {
    auto p = store::Project::open((dir / "p.spiegel").string());
    before = entities(p);
    CHECK(p.audit().back().action == "share");
    CHECK(p.audit().back().object == "p.spiegelpkg");
  }
  fs::create_directory(dir / "in");
  const auto got = store::unsealPackage(pkg.string(), (dir / "in").string(), "lange wachtzin 1", 1, "Bert");
  CHECK(got.title == "Gesprek");
  CHECK(got.sender == "Anna");
  REQUIRE(got.recordingPaths.size() == 1);
  CHECK(readAll(got.recordingPaths[0]) == plain);
  auto q = store::Project::open(got.projectPath);
  CHECK(q.integrityOk());
  CHECK(q.annotationCount() > 0);
  CHECK(q.locateRecording(q.recordings().at(0)) == (fs::absolute(dir / "in") / "opname.mp4").string());
  CHECK(q.recordings().at(0).relativePath == "opname.mp4");
  CHECK(q.audit().back().action == "unpack");
  CHECK(q.audit().back().actor == "Bert");
  for (const auto &e : fs::directory_iterator(dir / "in"))
    CHECK(e.path().extension() != ".part");
  // Unpacking again over what is there is refused, and leaves it be.
  fs::create_directory(dir / "again");
  writeAll(dir / "again" / "p.spiegel", "mine");
  CHECK(refusal(pkg, dir / "again") == ErrorCode::Io);
  CHECK(readAll(dir / "again" / "p.spiegel") == "mine");
  CHECK(std::distance(fs::directory_iterator(dir / "again"), {}) == 1);
}

TEST_CASE("a package without the recording carries only the project", "[seal]") {
  const auto dir = scratch("seal_norec");
  const auto pkg = sealed(dir, false);
  fs::create_directory(dir / "in");
  const auto got = store::unsealPackage(pkg.string(), (dir / "in").string(), "lange wachtzin 1", 1, "Bert");
  CHECK(got.recordingPaths.empty());
  CHECK(std::distance(fs::directory_iterator(dir / "in"), {}) == 1);
  // The project alone: tens of 4 KiB pages (one or two per table and
  // index), nowhere near the recording's size.
  CHECK(fs::file_size(pkg) < 256 * 1024);
}

TEST_CASE("a wrong passphrase, a flipped byte or a cut-off package is refused and leaves nothing", "[seal]") {
  const auto dir = scratch("seal_bad");
  const auto pkg = sealed(dir);
  const auto good = readAll(pkg);
  REQUIRE(good.size() > 200 * 1024);
  fs::create_directory(dir / "in");
  SECTION("wrong passphrase") { CHECK(refusal(pkg, dir / "in", "lange wachtzin 2") == ErrorCode::WrongPassphrase); }
  SECTION("not a package") {
    writeAll(pkg, "just some text, not sealed");
    CHECK(refusal(pkg, dir / "in") == ErrorCode::WrongPassphrase);
  }
  auto flip = [&](std::size_t at) {
    auto bad = good;
    bad[at] = static_cast<char>(bad[at] ^ 0x01);
    writeAll(pkg, bad);
  };
  SECTION("flipped in the header's expiry") {
    flip(8 + 16 + 16); // expires, authenticated as additional data
    CHECK(refusal(pkg, dir / "in") == ErrorCode::WrongPassphrase);
  }
  SECTION("flipped in the salt") {
    flip(10);
    CHECK(refusal(pkg, dir / "in") == ErrorCode::WrongPassphrase);
  }
  SECTION("flipped in the first chunk") {
    flip(200);
    CHECK(refusal(pkg, dir / "in") == ErrorCode::WrongPassphrase);
  }
  SECTION("flipped in a later chunk") {
    flip(good.size() - 1000);
    CHECK(refusal(pkg, dir / "in") == ErrorCode::Damaged);
  }
  SECTION("cut short inside a chunk") {
    writeAll(pkg, good.substr(0, good.size() - 500));
    CHECK(refusal(pkg, dir / "in") == ErrorCode::Damaged);
  }
  SECTION("cut short at a chunk boundary") {
    writeAll(pkg, good.substr(0, 72 + 2 * (64 * 1024 + 17)));
    CHECK(refusal(pkg, dir / "in") == ErrorCode::Damaged);
  }
  SECTION("bytes after the end") {
    writeAll(pkg, good + "x");
    CHECK(refusal(pkg, dir / "in") == ErrorCode::Damaged);
  }
  CHECK(emptyDir(dir / "in"));
}

TEST_CASE("an expired package is refused once its header is authenticated", "[seal]") {
  const auto dir = scratch("seal_expired");
  const auto pkg = sealed(dir, true, 5000);
  fs::create_directory(dir / "in");
  CHECK(refusal(pkg, dir / "in", "lange wachtzin 1", 5000) == ErrorCode::Expired);
  CHECK(emptyDir(dir / "in"));
  // A wrong passphrase on an expired package is still a wrong passphrase.
  CHECK(refusal(pkg, dir / "in", "verkeerde wachtzin", 5000) == ErrorCode::WrongPassphrase);
  CHECK(store::unsealPackage(pkg.string(), (dir / "in").string(), "lange wachtzin 1", 4999, "Bert").recordingPaths.size() == 1);
}
