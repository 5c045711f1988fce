#pragma once
// Private state of a Project and helpers shared by the project_*.cpp files.
#include "spiegel/store/package.hpp"
#include "spiegel/store/project.hpp"
#include "spiegel/store/uuid.hpp"
#include "sqlite.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace spiegel::store {

[[nodiscard]] UnixMillis nowMillis();

// What an edit is checked against: the live recordings (id → duration),
// reviewers and participants, and the codebook.
struct Context {
  const Codebook *codebook = nullptr;
  std::unordered_map<Uuid, Micros> recordings;
  std::unordered_set<Uuid> reviewers;
  std::unordered_set<Uuid> participants;
};

// Throws StoreError(BadValue, file, detail, field): the one way a check refuses.
[[noreturn]] inline void bad(const std::string &file, const std::string &detail, const std::string &field) {
  throw StoreError(ErrorCode::BadValue, file, detail, field);
}

// Throws StoreError(BadValue, file, …, field) where field is e.g. "element".
void validateTag(const Annotation &a, const Context &ctx, const std::string &file);
void validateRatingValue(const Rating &r, const Context &ctx, const std::string &file);

// Discussion (project_discussion.cpp): BadValue with the field, see
// Project::saveThread / addComment; a comment's thread must exist (a
// tombstone too), and a tombstoned comment is checked for nothing else.
// Inside the caller's transaction.
void validateThread(sql::Database &db, const Thread &t, const Context &ctx, const std::string &file);
void validateCommentRefs(sql::Database &db, const Comment &c, const Context &ctx, const std::string &file);

// Consent (project_consent.cpp): BadValue with the field, see
// Project::saveConsent; a tombstone is checked for nothing. The consent
// facts of a participant (birthYear, custodians, custodyCheckedOn) and the
// days of a recording (recordedOn, retainUntil, deletionRequestedOn).
void validateConsent(const Consent &c, const Context &ctx, const std::string &file);
void validateConsentFacts(const Participant &p, const std::string &file);
void validateRecordingDays(const Recording &r, const std::string &file);

// Recall sessions (project_recall.cpp): BadValue with the field, see
// Project::saveRecallSession; a tombstone is checked for nothing. Inside
// the caller's transaction.
void validateRecallSession(const annotate::RecallSession &s, const Context &ctx, const std::string &file);
void validateRecallMoment(sql::Database &db, const annotate::RecallMoment &m, const Context &ctx,
                          const std::string &file);
void validateRecallPause(sql::Database &db, const annotate::RecallPause &p, const std::string &file);

// Rows of the entity tables (T = Annotation, Rating, Recording,
// Participant, Reviewer), all from one column list per table (rows.cpp):
//   Statement st(db, rowSql<Rating>().selectById); st.bind(1, id);
//   if (st.step()) auto r = readRow<Rating>(st);
struct RowSql {
  std::string table;      // "annotations"
  std::string columns;    // "id, recording, …": the order readRow() expects
  std::string upsert;     // insert-or-update by id, ?1 … ?n in column order
  std::string selectById; // SELECT <columns> FROM <table> WHERE id = ?1
};
// Built once per type; the strings live for the program's life, so their
// c_str() may key Database::cached().
template <class T> [[nodiscard]] const RowSql &rowSql();
// Reads the current row of a statement that selected rowSql<T>().columns.
template <class T> [[nodiscard]] Synced<T> readRow(const sql::Statement &st);
// Insert-or-update by id (an upsert, so rows referenced by others survive).
template <class T> void upsert(sql::Database &db, const Synced<T> &row);
// Upserts `value` as the next version of its row: value.updatedAt is
// raised past the stored version's, whose base_at is kept. Returns whether
// the row was there before (an edit) or not (a create).
template <class T> bool upsertNextVersion(sql::Database &db, T &value) {
  sql::Statement old(db, "SELECT base_at, updated_at FROM " + rowSql<T>().table + " WHERE id = ?1");
  old.bind(1, value.id);
  const bool had = old.step();
  if (had)
    value.updatedAt = std::max(value.updatedAt, old.integer(1) + 1);
  upsert(db, Synced<T>{value, had ? old.integer(0) : 0});
  return had;
}
// The row with `id`, tombstones included; nullopt when there is none.
template <class T> [[nodiscard]] std::optional<Synced<T>> findRow(sql::Database &db, const Uuid &id) {
  auto &st = db.cached(rowSql<T>().selectById.c_str()); // a static string: a stable cache key
  st.bind(1, id);
  std::optional<Synced<T>> out;
  if (st.step())
    out = readRow<T>(st);
  st.reset(); // a cached statement must not keep its read snapshot open
  return out;
}
// Every row of T's table in rowid order, tombstones included.
template <class T> [[nodiscard]] std::vector<Synced<T>> readAll(sql::Database &db);
// The entities in rowid order, without tombstones unless asked for.
template <class T> [[nodiscard]] std::vector<T> entities(sql::Database &db, bool includeDeleted);
// The same, of the rows whose `column` holds `value` (a column name of
// T's table, e.g. "session").
template <class T>
[[nodiscard]] std::vector<T> entitiesWhere(sql::Database &db, const char *column, const std::string &value,
                                           bool includeDeleted);

[[nodiscard]] std::string joinIds(const std::vector<Uuid> &ids);
[[nodiscard]] std::vector<Uuid> splitIds(std::string_view text);

struct Project::Impl {
  Impl(const std::string &file, sql::Database::Mode mode, const OpenOptions &opts);

  sql::Database db;
  OpenOptions options;
  std::string actor;          // audit "who"; set by setActor()
  std::string device;         // audit "from which device": the host name

  // The parsed codebook and the updated_at it was parsed at (re-read when
  // another process replaced it).
  std::optional<Codebook> codebookCache;
  UnixMillis codebookCacheAt = -1;
  // Longest tag span, for the window query; valid while dataVersion holds.
  std::optional<Micros> maxSpan;
  std::int64_t maxSpanVersion = -1;

  [[nodiscard]] const Codebook &codebook();
  [[nodiscard]] Context context();
  void requireWritable();
  // Appends an audit row (inside the caller's transaction).
  void audit(const std::string &action, const std::string &object, const std::string &detail = {});
  // Runs `f` in one IMMEDIATE transaction and commits; errors roll back.
  template <class F> auto write(F &&f) {
    requireWritable();
    sql::Transaction tx(db);
    if constexpr (std::is_void_v<decltype(f())>) {
      f();
      tx.commit();
      maxSpan.reset();
    } else {
      auto result = f();
      tx.commit();
      maxSpan.reset();
      return result;
    }
  }

  [[nodiscard]] std::optional<Synced<Annotation>> findAnnotation(const Uuid &id);
  [[nodiscard]] std::optional<Synced<Rating>> findRating(const Uuid &id);
};

// Stores `v` with an updated_at later than the stored one's (now, when
// v.updatedAt is 0), keeping the stored base_at and (when v has none)
// createdAt; audits one entry: create, edit or delete of "<kind> <id>".
// For entities with createdAt (threads, comments, recall sessions). Inside
// the caller's transaction.
template <class T> T saveVersion(Project::Impl &m, T v, const char *kind, const std::string &detail) {
  const auto old = findRow<T>(m.db, v.id);
  v.updatedAt = std::max(v.updatedAt == 0 ? nowMillis() : v.updatedAt, old ? old->value.updatedAt + 1 : 0);
  if (v.createdAt == 0)
    v.createdAt = old ? old->value.createdAt : v.updatedAt;
  upsert(m.db, Synced<T>{v, old ? old->baseAt : 0});
  m.audit(v.deleted ? "delete" : old && !old->value.deleted ? "edit" : "create", std::string(kind) + " " + v.id,
          detail);
  return v;
}

} // namespace spiegel::store
