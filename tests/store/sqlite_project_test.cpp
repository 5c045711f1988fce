// What the SQLite backend does beyond the contract (tests/store/contract/):
// its file format (what is not a project, damage), its WAL beside a
// read-only copy, a full disk (OpenOptions::maxPages), and recordings found
// again next to the project file.
#include "store_fixture.hpp"

#include <sqlite3.h>

using namespace spiegel;
using namespace spiegel::test;
using store::ErrorCode;

TEST_CASE("files that are not projects or damaged are refused", "[sqlite][errors]") {
  const auto dir = scratch("errors");
  {
    std::ofstream((dir / "text.spiegel").string()) << "hello, this is not a database at all, just text\n";
  }
  throwsStore([&] { (void)store::Project::open((dir / "text.spiegel").string()); }, ErrorCode::NotAProject);

  // Another application's SQLite file.
  sqlite3 *db = nullptr;
  REQUIRE(sqlite3_open((dir / "other.db").string().c_str(), &db) == SQLITE_OK);
  sqlite3_exec(db, "CREATE TABLE t(x); INSERT INTO t VALUES (1);", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  throwsStore([&] { (void)store::Project::open((dir / "other.db").string()); }, ErrorCode::NotAProject);

  // Damage: overwrite the middle of a project with many tags.
  const auto broken = (dir / "broken.spiegel").string();
  {
    auto p = makeProject(dir, "broken.spiegel");
    std::vector<annotate::Annotation> tags;
    for (int i = 0; i < 3000; ++i) {
      auto a = tagAt(p, i % 600);
      a.note = std::string(40, 'x');
      tags.push_back(a);
    }
    p.addAnnotations(tags);
  }
  {
    std::fstream f(broken, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(8192);
    const std::string junk(20000, '\x5a');
    f.write(junk.data(), static_cast<std::streamsize>(junk.size()));
  }
  bool refused = false;
  try {
    auto p = store::Project::open(broken);
    (void)p.annotations();
    refused = !p.integrityOk();
  } catch (const store::StoreError &e) {
    refused = e.code() == ErrorCode::Corrupt || e.code() == ErrorCode::NotAProject;
  }
  CHECK(refused);
}

// A read-only copy taken while the project was open: the last tags are
// only in its -wal file, and no WAL index can be made beside it (its name is
// taken). They must be read, never the older main file alone (what opening
// it `immutable` would show; tests/app/store_readonly.sh covers the folder
// that may not be written, where that is right).
TEST_CASE("a read-only copy with its WAL file shows the newest tags", "[sqlite][readonly]") {
  const auto dir = scratch("readonly_wal");
  const auto copy = dir / "copy";
  fs::create_directory(copy);
  {
    auto p = makeProject(dir);
    p.addAnnotation(tagAt(p, 1));
    p.addAnnotation(tagAt(p, 2));
    REQUIRE(fs::exists(dir / "p.spiegel-wal")); // still open: the tags are in the WAL
    fs::copy_file(dir / "p.spiegel", copy / "p.spiegel");
    fs::copy_file(dir / "p.spiegel-wal", copy / "p.spiegel-wal");
  }
  fs::create_directory(copy / "p.spiegel-shm");
  auto p = store::Project::open((copy / "p.spiegel").string(), {.readOnly = true});
  CHECK(p.annotationCount() == 2);
}

TEST_CASE("a full disk is reported as DiskFull and nothing is half-written", "[sqlite][diskfull]") {
  const auto dir = scratch("diskfull");
  const auto path = (dir / "p.spiegel").string();
  { (void)makeProject(dir); }
  auto p = store::Project::open(path, {.maxPages = 40}); // 40 pages of 4 KiB
  std::vector<annotate::Annotation> tags;
  for (int i = 0; i < 5000; ++i) {
    auto a = tagAt(p, 1);
    a.note = std::string(100, 'n');
    tags.push_back(a);
  }
  throwsStore([&] { p.addAnnotations(tags); }, ErrorCode::DiskFull);
  CHECK(p.annotationCount() == 0);
  CHECK(p.addAnnotation(tagAt(p, 2)).start == 2'000'000); // small edits still fit
  auto again = store::Project::open(path);
  CHECK(again.annotationCount() == 1);
  CHECK(again.integrityOk());
}

TEST_CASE("a moved recording is found again next to the project file", "[sqlite][relink]") {
  const auto dir = scratch("relink");
  // Fake fingerprinter: size + the whole content (the real one hashes).
  const store::Fingerprinter fp = [](const std::string &path) {
    const auto text = readAll(path);
    return std::to_string(text.size()) + "-" + text;
  };
  std::ofstream(dir / "opname.mp4") << "recording-A";
  std::ofstream(dir / "other.mp4") << "recording-B";
  auto p = store::Project::create((dir / "p.spiegel").string(), {.codebook = smallCodebook()});
  p.addRecording({.path = (dir / "opname.mp4").string(), .fingerprint = fp((dir / "opname.mp4").string())});
  CHECK(p.recordings().front().relativePath == "opname.mp4");
  auto res = p.relinkRecordings(fp);
  REQUIRE(res.size() == 1);
  CHECK_FALSE(res.front().wasMissing);

  // Moved into a subfolder next to the project.
  fs::create_directories(dir / "archief" / "2024");
  fs::rename(dir / "opname.mp4", dir / "archief" / "2024" / "gesprek.mp4");
  CHECK(p.locateRecording(p.recordings().front()).empty());
  res = p.relinkRecordings(fp);
  REQUIRE(res.size() == 1);
  CHECK(res.front().wasMissing);
  CHECK(fs::path(res.front().newPath).filename() == "gesprek.mp4");
  CHECK(p.recordings().front().relativePath == "archief/2024/gesprek.mp4");
  CHECK(p.audit().back().action == "relink");

  // Moved to a folder elsewhere, which the user names.
  const auto elsewhere = scratch("relink-elsewhere");
  fs::rename(dir / "archief" / "2024" / "gesprek.mp4", elsewhere / "x.mp4");
  res = p.relinkRecordings(fp);
  CHECK(res.front().newPath.empty());
  res = p.relinkRecordings(fp, {elsewhere.string()});
  CHECK(res.front().newPath == (elsewhere / "x.mp4").string());
  CHECK(p.locateRecording(p.recordings().front()) == (elsewhere / "x.mp4").string());
}
