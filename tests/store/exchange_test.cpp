#include "store_fixture.hpp"

#include <chrono>
#include <thread>
#include <vector>

using namespace spiegel;
using namespace spiegel::test;
using store::ErrorCode;

namespace {
// The entities of a project, without the parts that differ by design
// (project id, export time, audit log).
std::string entities(const store::Project &p) {
  auto pkg = p.exportPackage();
  pkg.project = {};
  pkg.exportedAt = 0;
  pkg.audit.clear();
  // base_at is merge bookkeeping: it records that a version is now shared.
  if (pkg.codebook)
    pkg.codebook->baseAt = pkg.codebook->updatedAt = 0;
  const auto clear = [](auto &list) {
    for (auto &s : list)
      s.baseAt = 0;
  };
  clear(pkg.recordings);
  clear(pkg.participants);
  clear(pkg.reviewers);
  clear(pkg.annotations);
  clear(pkg.ratings);
  return store::packageToJson(pkg);
}

store::Project filled(const fs::path &dir, const std::string &name) {
  auto p = makeProject(dir, name);
  const auto mother = p.saveParticipant({.role = "moeder", .alias = "M."});
  const auto lisa = p.saveReviewer({.name = "Lisa"});
  for (int i = 0; i < 20; ++i) {
    auto a = tagAt(p, 10 + i, i % 2 == 0 ? "bond" : "safety");
    if (i % 4 == 0) {
      a.indicator = "bond.minus.cold";
      a.valence = annotate::Valence::Negative;
    }
    a.participants = {mother.id};
    a.reviewer = lisa.id;
    a.note = "noot " + std::to_string(i) + (i == 3 ? "; met \"quotes\"\nen regel" : "");
    a.end = a.start + i * 100'000;
    p.addAnnotation(a);
  }
  p.setRating({.recording = p.recordings().front().id, .reviewer = lisa.id, .subject = mother.id,
               .element = "bond", .value = -2, .rationale = "afstandelijk"});
  p.deleteAnnotation(p.annotations().back().id); // a tombstone travels too
  return p;
}
// Sets the note of tag `id` in `p`, then waits a few ms, so that an edit
// made after this one has a later updated_at (Unix ms).
void editNote(store::Project &p, const std::string &id, const std::string &note) {
  auto a = *p.annotation(id);
  a.note = note;
  p.updateAnnotation(a);
  std::this_thread::sleep_for(std::chrono::milliseconds(3));
}
} // namespace

TEST_CASE("project -> JSON package -> project loses nothing", "[exchange][json]") {
  const auto dir = scratch("json-roundtrip");
  auto a = filled(dir, "a.spiegel");
  const auto json = store::packageToJson(a.exportPackage());
  store::writeTextFile((dir / "a.json").string(), json);
  auto b = store::Project::create((dir / "b.spiegel").string(), {.codebook = smallCodebook()});
  const auto report = b.merge(store::readPackage((dir / "a.json").string()), "a.json", "import");
  CHECK(report.added == 1 + 1 + 1 + 19 + 1); // recording, participant, reviewer, live tags, rating
  CHECK(report.conflicts.empty());
  CHECK(entities(b) == entities(a));
  // And through the JSON text once more: identical.
  const auto again = store::parsePackage(store::packageToJson(b.exportPackage()), "b");
  CHECK(again.annotations.size() == 20);
  CHECK(b.audit().back().action == "import");
}

TEST_CASE("malformed packages are refused with the field or line", "[exchange][json]") {
  const auto dir = scratch("json-bad");
  auto p = filled(dir, "p.spiegel");
  const auto before = entities(p);
  const auto field = [&](const std::string &text) {
    return throwsStore([&] { (void)store::parsePackage(text, "x.json"); }, ErrorCode::BadPackage);
  };
  CHECK(field("{\"format\": \"spiegel-package\",\n \"format_version\": 1,,}") == "line 2, column 22");
  CHECK(field("[]") == "-");
  CHECK(field("{\"format\": \"other\", \"format_version\": 1}") == "format");
  CHECK(field("{\"format\": \"spiegel-package\", \"format_version\": 99}") == "format_version");
  CHECK(field(R"({"format": "spiegel-package", "format_version": 1, "annotations": [{"id": "x"}]})") ==
        "annotations[0].recording");
  CHECK(field(R"({"format": "spiegel-package", "format_version": 1, "annotations": [{"id": "x", "recording": "r",
      "start_us": "12", "element": "bond", "updated_at": 1}]})") == "annotations[0].start_us");

  // Valid JSON, but a tag the codebook does not know: nothing is imported.
  auto pkg = p.exportPackage();
  for (auto &s : pkg.annotations)
    s.value.id += "0";
  pkg.annotations.back().value.deleted = false;
  pkg.annotations.back().value.element = "nope";
  CHECK(throwsStore([&] { p.merge(pkg, "x.json"); }, ErrorCode::BadValue) == "annotations[19].element");
  pkg.annotations.back().value.element = "bond";
  pkg.annotations.back().value.end = 601'000'000;
  CHECK(throwsStore([&] { p.merge(pkg, "x.json"); }, ErrorCode::BadValue) == "annotations[19].end");
  pkg.ratings.front().value.value = 7;
  pkg.ratings.front().value.id += "0";
  pkg.annotations.pop_back();
  CHECK(throwsStore([&] { p.merge(pkg, "x.json"); }, ErrorCode::BadValue) == "ratings[0].value");
  CHECK(entities(p) == before);
}

TEST_CASE("tags as CSV for Excel", "[exchange][csv]") {
  const auto dir = scratch("csv");
  auto p = filled(dir, "p.spiegel");
  const auto csv = store::tagsToCsv(p, {.separator = ';', .lang = "nl"});
  REQUIRE(csv.rfind("\xEF\xBB\xBF", 0) == 0);
  CHECK(csv.find("id;start;start_s;end;end_s;element;element_name;valence;indicator;indicator_label;participants;"
                 "note;reviewer;updated_at\r\n") == 3);
  CHECK(csv.find(";00:00:10.000;10,000;00:00:10.000;10,000;bond;bond;-;bond.minus.cold;kil;moeder (M.);noot 0;Lisa;") !=
        std::string::npos);
  CHECK(csv.find(";00:00:13.000;13,000;00:00:13.300;13,300;safety;") != std::string::npos);
  CHECK(csv.find("\"noot 3; met \"\"quotes\"\"\nen regel\"") != std::string::npos);
  std::size_t lines = 0;
  for (std::size_t i = csv.find("\r\n"); i != std::string::npos; i = csv.find("\r\n", i + 2))
    ++lines;
  CHECK(lines == 1 + 19);
  const auto comma = store::tagsToCsv(p, {.separator = ',', .lang = "en"});
  CHECK(comma.find(",00:00:10.000,10.000,00:00:10.000,10.000,bond,bond,-,bond.minus.cold,cold,") != std::string::npos);
  CHECK(comma.find("\"noot 3; met") != std::string::npos);
}

TEST_CASE("CSV: text that a spreadsheet would run as a formula is shown as text", "[exchange][csv]") {
  const auto dir = scratch("csv-formula");
  auto p = makeProject(dir);
  const auto grandma = p.saveParticipant({.role = "+oma", .alias = ""});
  const auto reviewer = p.saveReviewer({.name = "@lisa"});
  const std::vector<std::string> notes = {"=HYPERLINK(\"http://example.com\";\"klik\")", "-1 boos", "\tna tab",
                                          "\rna cr", "gewoon = niet vooraan", ""};
  for (std::size_t i = 0; i < notes.size(); ++i) {
    auto a = tagAt(p, 10.0 + static_cast<double>(i));
    a.note = notes[i];
    a.participants = {grandma.id};
    a.reviewer = reviewer.id;
    p.addAnnotation(a);
  }
  const auto csv = store::tagsToCsv(p, {.separator = ';', .lang = "nl"});
  CAPTURE(csv);
  // The formula and the leading minus get a ' and are quoted as usual (the
  // formula holds the separator and quotes).
  CHECK(csv.find(";\"'=HYPERLINK(\"\"http://example.com\"\";\"\"klik\"\")\";") != std::string::npos);
  CHECK(csv.find(";'-1 boos;") != std::string::npos);
  CHECK(csv.find(";'\tna tab;") != std::string::npos);
  CHECK(csv.find(";\"'\rna cr\";") != std::string::npos);
  // Names and roles are guarded too; text with = further on is not.
  CHECK(csv.find(";'+oma;") != std::string::npos);
  CHECK(csv.find(";'@lisa;") != std::string::npos);
  CHECK(csv.find(";gewoon = niet vooraan;") != std::string::npos);
  // Our own columns are untouched: the valence "+", the seconds, the times.
  CHECK(csv.find(";00:00:10.000;10,000;00:00:10.000;10,000;bond;bond;+;;;'+oma;") != std::string::npos);
  CHECK(csv.find(";''") == std::string::npos); // an empty cell gets no '
}

TEST_CASE("merge: added, idempotent, newer wins, tombstones, conflicts", "[merge]") {
  const auto dir = scratch("merge");
  auto a = filled(dir, "a.spiegel");
  auto b = store::Project::create((dir / "b.spiegel").string(), {.codebook = smallCodebook()});

  SECTION("a second merge of the same file changes nothing") {
    const auto first = b.merge(a.exportPackage(), "a");
    CHECK(first.added == 23);
    const auto snapshot = entities(b);
    const auto second = b.merge(store::readPackage((dir / "a.spiegel").string()), "a.spiegel");
    CHECK_FALSE(second.changedAnything());
    CHECK(second.conflicts.empty());
    CHECK(entities(b) == snapshot);
  }

  SECTION("the newest edit wins; a tombstone deletes") {
    b.merge(a.exportPackage(), "a");
    auto tags = a.annotations();
    auto edited = tags[0];
    edited.note = "later in A";
    a.updateAnnotation(edited);
    a.deleteAnnotation(tags[1].id);
    const auto r = b.merge(a.exportPackage(), "a");
    CHECK(r.updated == 1);
    CHECK(r.deleted == 1);
    CHECK(r.added == 0);
    CHECK(r.conflicts.empty());
    CHECK(b.annotation(tags[0].id)->note == "later in A");
    CHECK(b.annotation(tags[1].id)->deleted);
    CHECK(b.annotationCount() == 18);
    // An older version coming back does not undo the newer one.
    const auto back = a.merge(b.exportPackage(), "b");
    CHECK_FALSE(back.changedAnything());
    CHECK(entities(a) == entities(b));
  }

  SECTION("an edit made on both sides is a conflict; the newest wins on both") {
    b.merge(a.exportPackage(), "a");
    const auto id = a.annotations()[2].id;
    editNote(b, id, "edited in B");
    editNote(a, id, "edited in A, later");
    const auto r = b.merge(a.exportPackage(), "a");
    REQUIRE(r.conflicts.size() == 1);
    CHECK(r.conflicts.front().id == id);
    CHECK(r.conflicts.front().kind == "annotation");
    CHECK(r.conflicts.front().incomingWon);
    CHECK(b.annotation(id)->note == "edited in A, later");
    // Merging the other way: A already has the winner.
    const auto r2 = a.merge(b.exportPackage(), "b");
    CHECK_FALSE(r2.changedAnything());
    CHECK(a.annotation(id)->note == "edited in A, later");
    // And again: nothing new to report.
    CHECK(b.merge(a.exportPackage(), "a").conflicts.empty());
  }

  SECTION("the local edit wins when it is newer, reported once") {
    b.merge(a.exportPackage(), "a");
    const auto id = a.annotations()[2].id;
    editNote(a, id, "edited in A");
    editNote(b, id, "edited in B, later");
    const auto pkg = a.exportPackage();
    const auto r = b.merge(pkg, "a");
    REQUIRE(r.conflicts.size() == 1);
    CHECK_FALSE(r.conflicts.front().incomingWon);
    CHECK(b.annotation(id)->note == "edited in B, later");
    CHECK(b.merge(pkg, "a").conflicts.empty());
  }

  SECTION("two projects of the same recording merge onto one recording") {
    auto c = makeProject(dir, "c.spiegel"); // same fingerprint, its own ids
    c.addAnnotation(tagAt(c, 99));
    c.saveParticipant({.role = "moeder", .alias = "M."});
    const auto r = a.merge(c.exportPackage(), "c");
    CHECK(r.added == 1);
    CHECK(a.recordings().size() == 1);
    CHECK(a.participants().size() == 1);
    CHECK(a.annotationCount() == 20);
  }
}
