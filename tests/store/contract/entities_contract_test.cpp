// The contract of project.hpp, run on every backend: recordings (with
// locate and relink), participants, reviewers, the codebook, the audit log.
#include "backends.hpp"

using namespace spiegel;
using namespace spiegel::test;
using store::ErrorCode;

CONTRACT_TEST("recordings: add fills in, update upserts by id, a tombstone hides", "[recordings]") {
  auto p = projectOn<TestType>("recordings");
  const auto first = p.recordings().front();
  CHECK(first.id.size() == 36);
  CHECK(first.updatedAt > 0);
  CHECK(first.relativePath == "opname.mp4");
  CHECK(fs::path(first.path).is_absolute());
  const auto second = p.addRecording({.path = "/data/tweede.mp4", .fingerprint = "9-ff", .title = "Tweede"});
  CHECK(p.recordings().size() == 2);

  auto renamed = first;
  renamed.title = "Eerste";
  p.updateRecording(renamed);
  const auto stored = *p.recording(first.id);
  CHECK(stored.title == "Eerste");
  CHECK(stored.updatedAt > first.updatedAt);
  // An update keeps the order in which they were first stored.
  CHECK(p.recordings().front().id == first.id);
  CHECK(p.recordings().back().id == second.id);

  auto gone = *p.recording(second.id);
  gone.deleted = true;
  p.updateRecording(gone);
  CHECK(p.recordings().size() == 1);
  CHECK(p.recordings(true).size() == 2);
  CHECK(p.recording(second.id)->deleted);
  CHECK_FALSE(p.recording(kUnknownId));

  CHECK(throwsStore([&] { p.addRecording({.path = "/x.mp4", .duration = -1}); }, ErrorCode::BadValue) == "duration");
  CHECK(throwsStore([&] { p.updateRecording({.id = kUnknownId, .path = "/x.mp4"}); }, ErrorCode::BadValue) ==
        "recording");
}

CONTRACT_TEST("recordings: located where they are, relinked by fingerprint from a folder named", "[recordings][relink]") {
  const auto media = support::scratchDir("store-contract-media", "relink");
  const auto elsewhere = support::scratchDir("store-contract-media", "relink-elsewhere");
  // Fake fingerprinter: size + the whole content (the real one hashes).
  const store::Fingerprinter fp = [](const std::string &path) {
    const auto text = readAll(path);
    return std::to_string(text.size()) + "-" + text;
  };
  std::ofstream(media / "opname.mp4") << "recording-A";
  auto p = store::Project::create(TestType::freshLocation("relink"), {.codebook = smallCodebook()});
  const auto rec = p.addRecording({.path = (media / "opname.mp4").string(), .fingerprint = fp((media / "opname.mp4").string())});
  CHECK(p.locateRecording(rec) == (media / "opname.mp4").string());
  auto res = p.relinkRecordings(fp, {elsewhere.string()});
  REQUIRE(res.size() == 1);
  CHECK_FALSE(res.front().wasMissing);
  const auto audited = p.audit().size();

  fs::rename(media / "opname.mp4", elsewhere / "x.mp4");
  CHECK(p.locateRecording(*p.recording(rec.id)).empty());
  res = p.relinkRecordings(fp);
  REQUIRE(res.size() == 1);
  CHECK(res.front().wasMissing);
  CHECK(res.front().newPath.empty());
  CHECK(p.audit().size() == audited); // nothing found, nothing changed

  res = p.relinkRecordings(fp, {elsewhere.string()});
  REQUIRE(res.size() == 1);
  CHECK(res.front().recording == rec.id);
  CHECK(res.front().oldPath == (media / "opname.mp4").string());
  CHECK(res.front().newPath == (elsewhere / "x.mp4").string());
  CHECK(p.recording(rec.id)->path == (elsewhere / "x.mp4").string());
  CHECK(p.locateRecording(*p.recording(rec.id)) == (elsewhere / "x.mp4").string());
  CHECK(p.audit().size() == audited + 1);
  CHECK(p.audit().back().action == "relink");
}

CONTRACT_TEST("participants and reviewers: save upserts by id, delete leaves a tombstone", "[people]") {
  auto p = projectOn<TestType>("people");
  auto mother = p.saveParticipant({.role = "moeder", .alias = "M."});
  const auto father = p.saveParticipant({.role = "vader"});
  CHECK(mother.id.size() == 36);
  CHECK(mother.updatedAt > 0);
  // A given id the project does not know is inserted with that id.
  const auto child = p.saveParticipant({.id = "cccccccc-0000-4000-8000-000000000001", .role = "jeugdige"});
  CHECK(child.id == "cccccccc-0000-4000-8000-000000000001");
  mother.alias = "Marij";
  const auto saved = p.saveParticipant(mother);
  CHECK(saved.updatedAt > mother.updatedAt);
  const auto people = p.participants();
  REQUIRE(people.size() == 3);
  CHECK(people[0].id == mother.id); // first stored, first listed
  CHECK(people[0].alias == "Marij");
  CHECK(people[1].id == father.id);
  CHECK(people[2].id == child.id);

  p.deleteParticipant(father.id);
  CHECK(p.participants().size() == 2);
  REQUIRE(p.participants(true).size() == 3);
  CHECK(p.participants(true)[1].deleted);
  CHECK(throwsStore([&] { p.deleteParticipant(father.id); }, ErrorCode::BadValue) == "participant");
  CHECK(throwsStore([&] { p.deleteParticipant(kUnknownId); }, ErrorCode::BadValue) == "participant");

  auto lisa = p.saveReviewer({.name = "Lisa", .role = annotate::ReviewerRole::Trainer});
  const auto joost = p.saveReviewer({.name = "Joost"});
  lisa.colour = "#336699";
  p.saveReviewer(lisa);
  REQUIRE(p.reviewers().size() == 2);
  CHECK(p.reviewers().front().colour == "#336699");
  CHECK(p.reviewers().front().role == annotate::ReviewerRole::Trainer);
  p.deleteReviewer(joost.id);
  CHECK(p.reviewers().size() == 1);
  CHECK(p.reviewers(true).back().deleted);
  CHECK(throwsStore([&] { p.deleteReviewer(joost.id); }, ErrorCode::BadValue) == "reviewer");
  CHECK(throwsStore([&] { p.deleteReviewer(kUnknownId); }, ErrorCode::BadValue) == "reviewer");
}

CONTRACT_TEST("the codebook is replaced as a whole and kept", "[codebook]") {
  auto p = projectOn<TestType>("codebook");
  auto cb = smallCodebook();
  cb.version = 2;
  cb.elements.push_back({.key = "extra", .name = {"extra", "extra"}, .shortName = {"x", "x"}, .colour = "#111111"});
  const auto audited = p.audit().size();
  p.setCodebook(cb);
  CHECK(p.codebook() == cb);
  CHECK(p.audit().size() == audited + 1);
  CHECK(store::Project::open(p.path()).codebook() == cb);
  // Tags are then checked against the new one.
  CHECK(p.addAnnotation(tagAt(p, 1, "extra")).element == "extra");
}

CONTRACT_TEST("the audit log: one entry per edit, oldest first, none for a refused one", "[audit]") {
  auto p = projectOn<TestType>("audit");
  const auto n = p.audit().size();
  p.setActor("Sanne");
  p.addAnnotations({tagAt(p, 1), tagAt(p, 2), tagAt(p, 3)});
  p.logAudit("export", "clip 1.mp4", "00:00:01-00:00:03");
  throwsStore([&] { p.addAnnotation(tagAt(p, 4, "nope")); }, ErrorCode::BadValue);
  const auto audit = p.audit();
  REQUIRE(audit.size() == n + 2);
  CHECK(audit[n].action == "create");
  CHECK(audit[n + 1].action == "export");
  CHECK(audit[n + 1].object == "clip 1.mp4");
  CHECK(audit[n + 1].detail == "00:00:01-00:00:03");
  CHECK(audit[n + 1].actor == "Sanne");
  CHECK(audit[n + 1].id.size() == 36);
  for (std::size_t i = 1; i < audit.size(); ++i)
    CHECK(audit[i - 1].at <= audit[i].at);
}
