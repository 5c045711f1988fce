#include "store_fixture.hpp"

#include "spiegel/annotate/undo_stack.hpp"

#include <sqlite3.h>

#include <thread>

using namespace spiegel;
using namespace spiegel::test;
using store::ErrorCode;

TEST_CASE("a project keeps every entity across close and open", "[project]") {
  const auto dir = scratch("roundtrip");
  std::string tagId, ratingId;
  {
    auto p = makeProject(dir);
    auto mother = p.saveParticipant({.role = "moeder"});
    auto lisa = p.saveReviewer({.name = "Lisa", .role = annotate::ReviewerRole::Trainer});
    auto a = tagAt(p, 12.5);
    a.end = 20'000'000;
    a.indicator = "bond.plus.smiles";
    a.participants = {mother.id};
    a.reviewer = lisa.id;
    a.note = "kijkt naar moeder; \"mooi\"";
    tagId = p.addAnnotation(a).id;
    ratingId = p.setRating({.recording = a.recording, .reviewer = lisa.id, .subject = mother.id, .element = "bond",
                            .value = 2, .rationale = "warm"})
                   .id;
  }
  auto p = store::Project::open((dir / "p.spiegel").string());
  CHECK(p.integrityOk());
  CHECK(p.info().title == "Gesprek");
  CHECK(p.info().schemaVersion == store::latestSchemaVersion());
  CHECK(p.codebook() == smallCodebook());
  REQUIRE(p.annotations().size() == 1);
  const auto a = p.annotations().front();
  CHECK(a.id == tagId);
  CHECK(a.start == 12'500'000);
  CHECK(a.end == 20'000'000);
  CHECK(a.indicator == std::optional<std::string>("bond.plus.smiles"));
  CHECK(a.note == "kijkt naar moeder; \"mooi\"");
  CHECK(a.participants.size() == 1);
  REQUIRE(p.ratings().size() == 1);
  CHECK(p.ratings().front().value == 2);
  CHECK(p.ratings().front().id == ratingId);
  // Rating the same subject and element again replaces the value.
  auto r = p.ratings().front();
  r.id.clear();
  r.value = -1;
  CHECK(p.setRating(r).id == ratingId);
  CHECK(p.ratings().size() == 1);
  CHECK(p.ratings().front().value == -1);
  const auto audit = p.audit();
  REQUIRE(audit.size() >= 5);
  CHECK(audit.front().action == "create");
  CHECK(audit.back().action == "edit");
}

TEST_CASE("bad values are refused with the field and leave the file as it was", "[project][validation]") {
  const auto dir = scratch("validation");
  auto p = makeProject(dir);
  p.addAnnotation(tagAt(p, 1));
  const auto before = p.audit().size();
  auto a = tagAt(p, 5, "nope");
  CHECK(throwsStore([&] { p.addAnnotation(a); }, ErrorCode::BadValue) == "element");
  a = tagAt(p, 5);
  a.indicator = "nope";
  CHECK(throwsStore([&] { p.addAnnotation(a); }, ErrorCode::BadValue) == "indicator");
  a = tagAt(p, 5, "safety");
  a.indicator = "bond.plus.smiles";
  CHECK(throwsStore([&] { p.addAnnotation(a); }, ErrorCode::BadValue) == "indicator");
  CHECK(throwsStore([&] { p.addAnnotation(tagAt(p, 601)); }, ErrorCode::BadValue) == "start");
  CHECK(throwsStore([&] { p.addAnnotation(tagAt(p, -1)); }, ErrorCode::BadValue) == "start");
  a = tagAt(p, 5);
  a.end = 700'000'000;
  CHECK(throwsStore([&] { p.addAnnotation(a); }, ErrorCode::BadValue) == "end");
  a = tagAt(p, 5);
  a.participants = {"00000000-0000-4000-8000-000000000000"};
  CHECK(throwsStore([&] { p.addAnnotation(a); }, ErrorCode::BadValue) == "participants");
  // A batch with one bad tag adds none.
  std::vector<annotate::Annotation> batch(50, tagAt(p, 3));
  batch.push_back(tagAt(p, 999));
  CHECK(throwsStore([&] { p.addAnnotations(batch); }, ErrorCode::BadValue) == "start");

  const auto rec = p.recordings().front().id;
  CHECK(throwsStore([&] { p.setRating({.recording = rec, .subject = "family", .element = "system", .value = 4}); },
                    ErrorCode::BadValue) == "value");
  CHECK(throwsStore([&] { p.setRating({.recording = rec, .subject = "family", .element = "system", .value = -4}); },
                    ErrorCode::BadValue) == "value");
  CHECK(throwsStore([&] { p.setRating({.recording = rec, .subject = "family", .element = "bond", .value = 1}); },
                    ErrorCode::BadValue) == "subject");
  CHECK(p.setRating({.recording = rec, .subject = "family", .element = "system", .value = 3}).value == 3);

  CHECK(p.annotationCount() == 1);
  CHECK(p.audit().size() == before + 1);
}

TEST_CASE("undo and redo write through to the file", "[project][undo]") {
  const auto dir = scratch("undo");
  auto p = makeProject(dir);
  annotate::UndoStack undo;
  auto a = tagAt(p, 30);
  a.id = "11111111-2222-4333-8444-555555555555";
  undo.execute(annotate::EditCommand::addAnnotation(a), p, 1000);
  REQUIRE(p.annotation(a.id));
  CHECK_FALSE(p.annotation(a.id)->deleted);
  undo.execute(annotate::EditCommand::moveAnnotation(*p.annotation(a.id), 40'000'000), p, 2000);
  CHECK(p.annotation(a.id)->start == 40'000'000);
  REQUIRE(undo.undo(p, 3000));
  CHECK(p.annotation(a.id)->start == 30'000'000);
  REQUIRE(undo.undo(p, 4000));
  CHECK(p.annotation(a.id)->deleted);
  CHECK(p.annotations().empty());
  REQUIRE(undo.redo(p, 5000));
  CHECK(p.annotations().size() == 1);
  // The same after reopening: each step was committed.
  auto again = store::Project::open((dir / "p.spiegel").string());
  CHECK(again.annotations().size() == 1);
}

TEST_CASE("the window query returns the tags overlapping a time range", "[project][window]") {
  const auto dir = scratch("window");
  auto p = makeProject(dir);
  std::vector<annotate::Annotation> tags;
  for (int s = 0; s < 100; ++s)
    tags.push_back(tagAt(p, s));
  auto longOne = tagAt(p, 10);
  longOne.end = 200'000'000; // 10 s … 200 s
  tags.push_back(longOne);
  p.addAnnotations(tags);
  const auto rec = p.recordings().front().id;
  const auto in = p.annotationsIn(rec, 150'000'000, 160'000'000);
  REQUIRE(in.size() == 1);
  CHECK(in.front().end == 200'000'000);
  CHECK(p.annotationsIn(rec, 50'000'000, 52'000'000).size() == 4); // 50, 51, 52 and the long one
}

TEST_CASE("files that are not projects, too new or damaged are refused", "[project][errors]") {
  const auto dir = scratch("errors");
  CHECK(throwsStore([&] { (void)store::Project::open((dir / "none.spiegel").string()); }, ErrorCode::NotFound) == "-");
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

  // A project from a newer Spiegel.
  const auto newer = (dir / "newer.spiegel").string();
  (void)makeProject(dir, "newer.spiegel");
  REQUIRE(sqlite3_open(newer.c_str(), &db) == SQLITE_OK);
  sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  throwsStore([&] { (void)store::Project::open(newer); }, ErrorCode::TooNew);
  throwsStore([&] { (void)store::Project::open(newer, {.readOnly = true}); }, ErrorCode::TooNew);

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

TEST_CASE("a read-only project refuses edits and stays as it was", "[project][readonly]") {
  const auto dir = scratch("readonly");
  { (void)makeProject(dir); }
  auto p = store::Project::open((dir / "p.spiegel").string(), {.readOnly = true});
  CHECK(throwsStore([&] { p.addAnnotation(tagAt(p, 1)); }, ErrorCode::ReadOnly) == "-");
  CHECK(p.annotationCount() == 0);
  CHECK(p.integrityOk());
}

// A read-only copy taken while the project was open: the last tags are
// only in its -wal file, and no WAL index can be made beside it (its name is
// taken). They must be read, never the older main file alone (what opening
// it `immutable` would show; tests/app/store_readonly.sh covers the folder
// that may not be written, where that is right).
TEST_CASE("a read-only copy with its WAL file shows the newest tags", "[project][readonly]") {
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

TEST_CASE("a full disk is reported as DiskFull and nothing is half-written", "[project][diskfull]") {
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

TEST_CASE("two connections writing at once lose no edit", "[project][concurrency]") {
  const auto dir = scratch("concurrency");
  const auto path = (dir / "p.spiegel").string();
  { (void)makeProject(dir); }
  constexpr int kEach = 100;
  auto writer = [&](double offset) {
    auto p = store::Project::open(path);
    for (int i = 0; i < kEach; ++i)
      p.addAnnotation(tagAt(p, offset + i));
  };
  std::thread a(writer, 0.0), b(writer, 200.0);
  a.join();
  b.join();
  CHECK(store::Project::open(path).annotationCount() == 2 * kEach);
}

TEST_CASE("a moved recording is found again by its fingerprint", "[project][relink]") {
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
