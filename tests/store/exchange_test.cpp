#include "store_fixture.hpp"

#include <vector>

using namespace spiegel;
using namespace spiegel::test;
using store::ErrorCode;


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
}

TEST_CASE("tags as CSV for Excel", "[exchange][csv]") {
  const auto dir = scratch("csv");
  auto p = filled(dir, "p.spiegel");
  const auto csv = store::tagsToCsv(p, {.separator = ';', .lang = "nl"});
  REQUIRE(csv.rfind("\xEF\xBB\xBF", 0) == 0);
  CHECK(csv.find("id;start;start_s;end;end_s;element;element_name;valence;indicator;indicator_label;participants;"
                 "note;reviewer;reviewer_id;updated_at\r\n") == 3);
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

TEST_CASE("a .spiegel file is read as the package it would export", "[exchange][json]") {
  const auto dir = scratch("read-project");
  auto p = filled(dir, "p.spiegel");
  const auto pkg = store::readPackage((dir / "p.spiegel").string());
  CHECK(pkg.project.id == p.info().id);
  CHECK(pkg.annotations.size() == 20);
  auto b = store::Project::create((dir / "b.spiegel").string(), {.codebook = smallCodebook()});
  b.merge(pkg, "p.spiegel");
  CHECK(entities(b) == entities(p));
}
