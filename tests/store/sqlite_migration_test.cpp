// Golden files: a project file of every released schema version, built from
// that version's frozen DDL (copied here when it was released, never edited),
// is opened and migrated to the current version without losing anything.
#include "store_fixture.hpp"

#include "spiegel/store/codebook_json.hpp"

#include <sqlite3.h>

using namespace spiegel;
using namespace spiegel::test;

namespace {
// Schema version 1 (Spiegel 0.1) exactly as released.
constexpr const char *kGoldenV1 = R"sql(
CREATE TABLE project (id TEXT PRIMARY KEY, title TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL);
CREATE TABLE codebook (id TEXT PRIMARY KEY, version INTEGER NOT NULL, json TEXT NOT NULL,
  updated_at INTEGER NOT NULL, base_at INTEGER NOT NULL DEFAULT 0);
CREATE TABLE recordings (id TEXT PRIMARY KEY, path TEXT NOT NULL, relative_path TEXT NOT NULL DEFAULT '',
  fingerprint TEXT NOT NULL DEFAULT '', duration_us INTEGER NOT NULL DEFAULT 0 CHECK (duration_us >= 0),
  title TEXT NOT NULL DEFAULT '', updated_at INTEGER NOT NULL, base_at INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0);
CREATE TABLE participants (id TEXT PRIMARY KEY, role TEXT NOT NULL, alias TEXT NOT NULL DEFAULT '',
  colour TEXT NOT NULL DEFAULT '', kind INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL,
  base_at INTEGER NOT NULL DEFAULT 0, deleted INTEGER NOT NULL DEFAULT 0);
CREATE TABLE reviewers (id TEXT PRIMARY KEY, name TEXT NOT NULL, role INTEGER NOT NULL DEFAULT 0,
  colour TEXT NOT NULL DEFAULT '', updated_at INTEGER NOT NULL, base_at INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0);
CREATE TABLE annotations (id TEXT PRIMARY KEY, recording TEXT NOT NULL REFERENCES recordings(id),
  reviewer TEXT REFERENCES reviewers(id), start_us INTEGER NOT NULL, end_us INTEGER NOT NULL,
  element TEXT NOT NULL, indicator TEXT, valence INTEGER NOT NULL DEFAULT 1, participants TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  base_at INTEGER NOT NULL DEFAULT 0, deleted INTEGER NOT NULL DEFAULT 0, CHECK (end_us >= start_us));
CREATE INDEX annotations_by_start ON annotations(recording, start_us);
CREATE TABLE ratings (id TEXT PRIMARY KEY, recording TEXT NOT NULL REFERENCES recordings(id),
  reviewer TEXT REFERENCES reviewers(id), subject TEXT NOT NULL, element TEXT NOT NULL, value INTEGER NOT NULL,
  rationale TEXT NOT NULL DEFAULT '', updated_at INTEGER NOT NULL, base_at INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0);
CREATE INDEX ratings_by_key ON ratings(recording, reviewer, subject, element);
CREATE TABLE audit (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, at INTEGER NOT NULL,
  actor TEXT NOT NULL DEFAULT '', action TEXT NOT NULL, object TEXT NOT NULL DEFAULT '',
  detail TEXT NOT NULL DEFAULT '');
INSERT INTO project VALUES ('aaaaaaaa-0000-4000-8000-000000000001', 'Golden v1', 1700000000000, 1700000000000);
INSERT INTO recordings VALUES ('aaaaaaaa-0000-4000-8000-000000000002', '/data/gesprek.mp4', 'gesprek.mp4',
  '1000-ff', 600000000, 'Gesprek', 1700000000001, 0, 0);
INSERT INTO participants VALUES ('aaaaaaaa-0000-4000-8000-000000000003', 'moeder', '', '#ff0000', 0,
  1700000000002, 0, 0);
INSERT INTO reviewers VALUES ('aaaaaaaa-0000-4000-8000-000000000004', 'Lisa', 2, '', 1700000000003, 0, 0);
INSERT INTO annotations VALUES ('aaaaaaaa-0000-4000-8000-000000000005', 'aaaaaaaa-0000-4000-8000-000000000002',
  'aaaaaaaa-0000-4000-8000-000000000004', 12500000, 20000000, 'bond', 'bond.minus.cold', -1,
  'aaaaaaaa-0000-4000-8000-000000000003,family', 'kijkt weg', 1700000000004, 1700000000005, 0, 0);
INSERT INTO annotations VALUES ('aaaaaaaa-0000-4000-8000-000000000006', 'aaaaaaaa-0000-4000-8000-000000000002',
  NULL, 30000000, 30000000, 'safety', NULL, 1, '', '', 1700000000006, 1700000000007, 0, 1);
INSERT INTO ratings VALUES ('aaaaaaaa-0000-4000-8000-000000000007', 'aaaaaaaa-0000-4000-8000-000000000002',
  'aaaaaaaa-0000-4000-8000-000000000004', 'family', 'system', -2, 'ruzie', 1700000000008, 0, 0);
INSERT INTO audit (id, at, actor, action, object, detail) VALUES ('aaaaaaaa-0000-4000-8000-000000000008',
  1700000000000, 'lisa', 'create', 'project', 'Golden v1');
PRAGMA application_id = 1397770060;
PRAGMA user_version = 1;
)sql";

void writeGolden(const std::string &path, const char *ddl) {
  sqlite3 *db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  char *err = nullptr;
  const int rc = sqlite3_exec(db, ddl, nullptr, nullptr, &err);
  INFO((err != nullptr ? err : ""));
  sqlite3_free(err);
  REQUIRE(rc == SQLITE_OK);
  // The codebook is stored as the JSON the codebook writer produces.
  sqlite3_stmt *st = nullptr;
  sqlite3_prepare_v2(db, "INSERT INTO codebook VALUES ('test', 1, ?1, 1700000000000, 0)", -1, &st, nullptr);
  const auto json = store::codebookToJson(smallCodebook());
  sqlite3_bind_text(st, 1, json.c_str(), static_cast<int>(json.size()), SQLITE_TRANSIENT);
  REQUIRE(sqlite3_step(st) == SQLITE_DONE);
  sqlite3_finalize(st);
  sqlite3_close(db);
}
} // namespace

TEST_CASE("a golden schema-1 project opens, migrates and keeps its content", "[migration]") {
  const auto dir = scratch("golden-v1");
  const auto path = (dir / "v1.spiegel").string();
  writeGolden(path, kGoldenV1);
  for (int pass = 0; pass < 2; ++pass) { // the second open finds nothing to migrate
    auto p = store::Project::open(path);
    CHECK(p.info().schemaVersion == store::latestSchemaVersion());
    CHECK(p.info().title == "Golden v1");
    CHECK(p.integrityOk());
    CHECK(p.codebook() == smallCodebook());
    REQUIRE(p.recordings().size() == 1);
    CHECK(p.recordings().front().duration == 600'000'000);
    CHECK(p.participants().front().role == "moeder");
    CHECK(p.reviewers().front().role == annotate::ReviewerRole::Trainer);
    // Schema 2: a reviewer of version 1 is known only by name (no profile yet).
    CHECK(p.reviewers().front().name == "Lisa");
    CHECK(p.reviewers().front().profile.empty());
    REQUIRE(p.annotations().size() == static_cast<std::size_t>(1 + pass)); // the second golden tag is a tombstone
    CHECK(p.annotations(true).size() == static_cast<std::size_t>(2 + pass));
    const auto a = *p.annotation("aaaaaaaa-0000-4000-8000-000000000005");
    CHECK(a.valence == annotate::Valence::Negative);
    CHECK(a.participants == std::vector<std::string>{"aaaaaaaa-0000-4000-8000-000000000003", "family"});
    CHECK(a.note == "kijkt weg");
    REQUIRE(p.ratings().size() == 1);
    CHECK(p.ratings().front().value == -2);
    CHECK(p.audit().front().actor == "lisa");
    // Schema 4: no discussion yet; one can start on a migrated tag.
    CHECK(p.threads(true).size() == static_cast<std::size_t>(pass));
    CHECK(p.comments(true).size() == static_cast<std::size_t>(pass));
    // Schema 5: no consent recorded yet — every person is reported as
    // missing, nothing fails.
    CHECK(p.consents(true).size() == static_cast<std::size_t>(pass));
    CHECK(p.recordings().front().recordedOn.empty());
    CHECK(p.participants().front().ageBand == annotate::AgeBand::Unknown);
    {
      const auto people = p.participants();
      const auto consents = p.consents();
      const auto verdict = annotate::checkConsent({.people = people, .consents = consents,
                                                   .recording = p.recordings().front().id},
                                                  {.purpose = annotate::Purpose::Supervision,
                                                   .today = annotate::CivilDate{2026, 12, 3}});
      CHECK(verdict.allowed() == (pass == 1));
    }
    // Schema 6: the entries from before are chained as they were; the
    // second pass also sees the entries the edits below wrote.
    {
      const auto chain = p.verifyAudit();
      CHECK(chain.intact());
      CHECK(chain.entries == p.audit().size());
      CHECK(p.audit().front().hash.size() == 64);
      CHECK(p.audit().front().device.empty()); // not known before schema 6
      if (pass == 1)
        CHECK_FALSE(p.audit().back().device.empty());
    }
    // Schema 7: no recall sessions yet; the second pass sees the one below.
    CHECK(p.recallSessions(true).size() == static_cast<std::size_t>(pass));
    // And it can be edited after migrating.
    if (pass == 0) {
      p.addAnnotation(tagAt(p, 1, "engagement"));
      const auto t = p.saveThread({.recording = a.recording, .tag = a.id, .start = a.start, .end = a.end,
                                   .createdBy = p.reviewers().front().id});
      p.addComment({.thread = t.id, .author = t.createdBy, .text = "Waarom wegkijken?"});
      p.saveConsent({.recording = a.recording, .person = p.participants().front().id,
                     .party = p.participants().front().id, .purpose = annotate::Purpose::Supervision});
      const auto session = p.saveRecallSession({.recording = a.recording, .title = "Supervisie"});
      p.saveRecallMoment({.session = session.id, .tag = a.id, .start = a.start, .end = a.end});
    }
  }
}
