#include "migrations.hpp"

#include "audit_chain.hpp"

#include "spiegel/store/project.hpp"

#include <string>

namespace spiegel::store {

namespace {
// Identifies a Spiegel project among SQLite files ('SPGL').
constexpr std::int64_t kApplicationId = 0x5350474C;

// Version 1 (Spiegel 0.1, the first release). Conventions:
// - ids are UUID text; times on the recording are microseconds (_us);
//   wall-clock times are Unix milliseconds (_at).
// - deleted = 1 is a tombstone kept for merging; readers skip it.
// - base_at: updated_at of the version this row last shared with another
//   file (0 = never shared); merge uses it to tell edits apart from copies.
// - annotations.participants: participant ids (or "family") joined by ','.
constexpr const char *kV1 = R"sql(
CREATE TABLE project (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE TABLE codebook (
  id TEXT PRIMARY KEY,
  version INTEGER NOT NULL,
  json TEXT NOT NULL,
  updated_at INTEGER NOT NULL,
  base_at INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE recordings (
  id TEXT PRIMARY KEY,
  path TEXT NOT NULL,
  relative_path TEXT NOT NULL DEFAULT '',
  fingerprint TEXT NOT NULL DEFAULT '',
  duration_us INTEGER NOT NULL DEFAULT 0 CHECK (duration_us >= 0),
  title TEXT NOT NULL DEFAULT '',
  updated_at INTEGER NOT NULL,
  base_at INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE participants (
  id TEXT PRIMARY KEY,
  role TEXT NOT NULL,
  alias TEXT NOT NULL DEFAULT '',
  colour TEXT NOT NULL DEFAULT '',
  kind INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL,
  base_at INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE reviewers (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  role INTEGER NOT NULL DEFAULT 0,
  colour TEXT NOT NULL DEFAULT '',
  updated_at INTEGER NOT NULL,
  base_at INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE annotations (
  id TEXT PRIMARY KEY,
  recording TEXT NOT NULL REFERENCES recordings(id),
  reviewer TEXT REFERENCES reviewers(id),
  start_us INTEGER NOT NULL,
  end_us INTEGER NOT NULL,
  element TEXT NOT NULL,
  indicator TEXT,
  valence INTEGER NOT NULL DEFAULT 1,
  participants TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  base_at INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0,
  CHECK (end_us >= start_us)
);
CREATE INDEX annotations_by_start ON annotations(recording, start_us);
CREATE TABLE ratings (
  id TEXT PRIMARY KEY,
  recording TEXT NOT NULL REFERENCES recordings(id),
  reviewer TEXT REFERENCES reviewers(id),
  subject TEXT NOT NULL,
  element TEXT NOT NULL,
  value INTEGER NOT NULL,
  rationale TEXT NOT NULL DEFAULT '',
  updated_at INTEGER NOT NULL,
  base_at INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ratings_by_key ON ratings(recording, reviewer, subject, element);
CREATE TABLE audit (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  at INTEGER NOT NULL,
  actor TEXT NOT NULL DEFAULT '',
  action TEXT NOT NULL,
  object TEXT NOT NULL DEFAULT '',
  detail TEXT NOT NULL DEFAULT ''
);
)sql";

// Version 2: reviewers are people by profile, not by name. `profile` is the
// UUID of the reviewer profile that made the row (empty for rows of version
// 1, known only by name, until that person's migrated profile claims them).
constexpr const char *kV2 = R"sql(
ALTER TABLE reviewers ADD COLUMN profile TEXT NOT NULL DEFAULT '';
)sql";

// Version 3: the intervision group (issue #12). A coding round on a
// recording (members: a JSON list of {"name", "profile"}) and the reveals of
// its members, which are never deleted; a gold-standard mark on reviewers;
// the reviewer rows who agreed a consensus tag or rating (ids joined by ',',
// empty for everyone's own coding); the project's defaults for the
// agreement statistics (event tolerance and time unit, in ms).
constexpr const char *kV3 = R"sql(
ALTER TABLE project ADD COLUMN agreement_tolerance_ms INTEGER NOT NULL DEFAULT 2000;
ALTER TABLE project ADD COLUMN agreement_unit_ms INTEGER NOT NULL DEFAULT 1000;
ALTER TABLE reviewers ADD COLUMN gold INTEGER NOT NULL DEFAULT 0;
ALTER TABLE annotations ADD COLUMN agreed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE ratings ADD COLUMN agreed_by TEXT NOT NULL DEFAULT '';
CREATE TABLE rounds (
  id TEXT PRIMARY KEY,
  recording TEXT NOT NULL REFERENCES recordings(id),
  blind INTEGER NOT NULL DEFAULT 1,
  members TEXT NOT NULL DEFAULT '[]',
  started_by TEXT NOT NULL DEFAULT '',
  started_by_name TEXT NOT NULL DEFAULT '',
  started_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  base_at INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE reveals (
  id TEXT PRIMARY KEY,
  round TEXT NOT NULL REFERENCES rounds(id),
  profile TEXT NOT NULL,
  reviewer TEXT REFERENCES reviewers(id),
  at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  base_at INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0
);
)sql";

// Version 4: discussion on moments (issue #12 §5). A thread on a tag (tag
// '' for a stretch of time, start_us/end_us the stretch) with a resolved
// mark; its comments, a reply naming the comment it answers (parent ''
// for none). Text as typed. Tombstones and base_at like every entity.
constexpr const char *kV4 = R"sql(
CREATE TABLE threads (
  id TEXT PRIMARY KEY,
  recording TEXT NOT NULL REFERENCES recordings(id),
  tag TEXT NOT NULL DEFAULT '',
  start_us INTEGER NOT NULL,
  end_us INTEGER NOT NULL,
  resolved INTEGER NOT NULL DEFAULT 0,
  created_by TEXT REFERENCES reviewers(id),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  base_at INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX threads_recording ON threads(recording);
CREATE TABLE comments (
  id TEXT PRIMARY KEY,
  thread TEXT NOT NULL REFERENCES threads(id),
  parent TEXT NOT NULL DEFAULT '',
  author TEXT REFERENCES reviewers(id),
  text TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  base_at INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX comments_thread ON comments(thread);
)sql";

// Version 5: privacy (issue #13 §1–2). Consent facts on participants
// (birth year 0 = unknown; age band 0 unknown / 1 under 12 / 2 12–15 /
// 3 16+; custodians: participant ids joined by ','; how custody was
// checked); on recordings the day recorded, the retention day and the day
// a withdrawal asked for deletion (days as "YYYY-MM-DD", '' = none); one
// row per consent record (purpose and state as their keys, e.g.
// 'teaching', 'withdrawn'). A project from before has no consent rows:
// "no consent recorded yet".
constexpr const char *kV5 = R"sql(
ALTER TABLE participants ADD COLUMN birth_year INTEGER NOT NULL DEFAULT 0;
ALTER TABLE participants ADD COLUMN age_band INTEGER NOT NULL DEFAULT 0;
ALTER TABLE participants ADD COLUMN custodians TEXT NOT NULL DEFAULT '';
ALTER TABLE participants ADD COLUMN custody_source TEXT NOT NULL DEFAULT '';
ALTER TABLE participants ADD COLUMN custody_checked_on TEXT NOT NULL DEFAULT '';
ALTER TABLE recordings ADD COLUMN recorded_on TEXT NOT NULL DEFAULT '';
ALTER TABLE recordings ADD COLUMN retain_until TEXT NOT NULL DEFAULT '';
ALTER TABLE recordings ADD COLUMN deletion_requested_on TEXT NOT NULL DEFAULT '';
CREATE TABLE consents (
  id TEXT PRIMARY KEY,
  recording TEXT NOT NULL REFERENCES recordings(id),
  person TEXT NOT NULL,
  party TEXT NOT NULL,
  purpose TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'given',
  given_on TEXT NOT NULL DEFAULT '',
  recorded_by TEXT NOT NULL DEFAULT '',
  face_visible INTEGER NOT NULL DEFAULT 1,
  audience TEXT NOT NULL DEFAULT '',
  expires TEXT NOT NULL DEFAULT '',
  evidence TEXT NOT NULL DEFAULT '',
  withdrawn_on TEXT NOT NULL DEFAULT '',
  updated_at INTEGER NOT NULL,
  base_at INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX consents_recording ON consents(recording, person);
)sql";

// Version 6: the audit log's hash chain (issue #13 §3; src/audit_chain.hpp).
// Each entry gets the computer it was written on, the hash of the entry
// before it and its own; the project row the count of entries and the
// newest hash. Entries from before are chained as they are, oldest first
// (their device is not known).
constexpr const char *kV6 = R"sql(
ALTER TABLE audit ADD COLUMN device TEXT NOT NULL DEFAULT '';
ALTER TABLE audit ADD COLUMN prev TEXT NOT NULL DEFAULT '';
ALTER TABLE audit ADD COLUMN hash TEXT NOT NULL DEFAULT '';
ALTER TABLE project ADD COLUMN audit_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE project ADD COLUMN audit_head TEXT NOT NULL DEFAULT '';
)sql";

// Version 7: stimulated-recall and intervision sessions (issue #14 §1;
// annotate/recall.hpp). A session on a recording (purpose and method as
// keys, held_on a day or ''), its moments in rank order (kind 'tag' /
// 'span' / 'micro', tag '' when not from a tag), and its pauses with the
// prompt and the answers (moment '' between moments; paused_by 'auto' /
// 'recaller' / 'inquirer'; audio a file name beside the project or '').
// Tombstones and base_at like every entity.
constexpr const char *kV7 = R"sql(
CREATE TABLE recall_sessions (
  id TEXT PRIMARY KEY,
  recording TEXT NOT NULL REFERENCES recordings(id),
  title TEXT NOT NULL DEFAULT '',
  purpose TEXT NOT NULL DEFAULT 'recall',
  method TEXT NOT NULL DEFAULT '',
  created_by TEXT REFERENCES reviewers(id),
  held_on TEXT NOT NULL DEFAULT '',
  lessons TEXT NOT NULL DEFAULT '',
  technical TEXT NOT NULL DEFAULT '',
  normative TEXT NOT NULL DEFAULT '',
  personal TEXT NOT NULL DEFAULT '',
  minutes INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  base_at INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE recall_moments (
  id TEXT PRIMARY KEY,
  session TEXT NOT NULL REFERENCES recall_sessions(id),
  rank REAL NOT NULL,
  kind TEXT NOT NULL DEFAULT 'tag',
  tag TEXT NOT NULL DEFAULT '',
  start_us INTEGER NOT NULL,
  end_us INTEGER NOT NULL,
  pre_roll_us INTEGER NOT NULL DEFAULT 5000000,
  post_roll_us INTEGER NOT NULL DEFAULT 0,
  prompt TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  base_at INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX recall_moments_session ON recall_moments(session);
CREATE TABLE recall_pauses (
  id TEXT PRIMARY KEY,
  session TEXT NOT NULL REFERENCES recall_sessions(id),
  moment TEXT NOT NULL DEFAULT '',
  at_us INTEGER NOT NULL,
  paused_by TEXT NOT NULL DEFAULT 'auto',
  prompt TEXT NOT NULL DEFAULT '',
  answer TEXT NOT NULL DEFAULT '',
  for_later TEXT NOT NULL DEFAULT '',
  audio TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  base_at INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX recall_pauses_session ON recall_pauses(session);
)sql";

const Migration kMigrations[] = {
    {1, kV1},
    {2, kV2},
    {3, kV3},
    {4, kV4},
    {5, kV5},
    {6, kV6, chainUnchained},
    {7, kV7},
};

bool hasTables(sql::Database &db) {
  return db.queryInt("SELECT count(*) FROM sqlite_schema WHERE type = 'table'") > 0;
}

void apply(sql::Database &db, int target) {
  const auto current = static_cast<int>(db.queryInt("PRAGMA user_version"));
  if (current > latestSchemaVersion())
    throw StoreError(ErrorCode::TooNew, db.path(),
                     "schema version " + std::to_string(current) + " is newer than " +
                         std::to_string(latestSchemaVersion()));
  if (current == 0 && hasTables(db))
    throw StoreError(ErrorCode::NotAProject, db.path(), "SQLite file without Spiegel's tables");
  if (current > 0 && db.queryInt("PRAGMA application_id") != kApplicationId)
    throw StoreError(ErrorCode::NotAProject, db.path(), "SQLite file of another application");
  if (current >= target)
    return;
  sql::Transaction tx(db);
  for (const auto &m : kMigrations) {
    if (m.version <= current || m.version > target)
      continue;
    db.exec(m.sql);
    if (m.then != nullptr)
      m.then(db);
  }
  // PRAGMA takes no bound parameters; the values are our own integers.
  db.exec(("PRAGMA user_version = " + std::to_string(target)).c_str());
  db.exec(("PRAGMA application_id = " + std::to_string(kApplicationId)).c_str());
  tx.commit();
}
} // namespace

std::span<const Migration> migrations() { return kMigrations; }

int latestSchemaVersion() { return kMigrations[std::size(kMigrations) - 1].version; }

void migrate(sql::Database &db) { apply(db, latestSchemaVersion()); }

void migrateTo(sql::Database &db, int version) { apply(db, version); }

} // namespace spiegel::store
