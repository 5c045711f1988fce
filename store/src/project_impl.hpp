#pragma once
// Private state of a Project and helpers shared by the project_*.cpp files.
#include "spiegel/store/package.hpp"
#include "spiegel/store/project.hpp"
#include "sqlite.hpp"

#include <string>
#include <unordered_map>
#include <unordered_set>

namespace spiegel::store {

[[nodiscard]] Uuid newUuid();
[[nodiscard]] UnixMillis nowMillis();

// What an edit is checked against: the live recordings (id → duration),
// reviewers and participants, and the codebook.
struct Context {
  const Codebook *codebook = nullptr;
  std::unordered_map<Uuid, Micros> recordings;
  std::unordered_set<Uuid> reviewers;
  std::unordered_set<Uuid> participants;
};

// Throws StoreError(BadValue, file, …, field) where field is e.g. "element".
void validateTag(const Annotation &a, const Context &ctx, const std::string &file);
void validateRatingValue(const Rating &r, const Context &ctx, const std::string &file);

// Row readers and writers, columns in the order of the k*Columns strings.
extern const char *const kAnnotationColumns;
extern const char *const kRatingColumns;
extern const char *const kRecordingColumns;
extern const char *const kParticipantColumns;
extern const char *const kReviewerColumns;
[[nodiscard]] Synced<Annotation> readAnnotation(const sql::Statement &st);
[[nodiscard]] Synced<Rating> readRating(const sql::Statement &st);
[[nodiscard]] Synced<Recording> readRecording(const sql::Statement &st);
[[nodiscard]] Synced<Participant> readParticipant(const sql::Statement &st);
[[nodiscard]] Synced<Reviewer> readReviewer(const sql::Statement &st);
// Insert-or-update by id (an upsert, so rows referenced by others survive).
void upsert(sql::Database &db, const Synced<Annotation> &a);
void upsert(sql::Database &db, const Synced<Rating> &r);
void upsert(sql::Database &db, const Synced<Recording> &r);
void upsert(sql::Database &db, const Synced<Participant> &p);
void upsert(sql::Database &db, const Synced<Reviewer> &r);

[[nodiscard]] std::string joinIds(const std::vector<Uuid> &ids);
[[nodiscard]] std::vector<Uuid> splitIds(std::string_view text);

struct Project::Impl {
  Impl(const std::string &file, sql::Database::Mode mode, const OpenOptions &opts);

  sql::Database db;
  OpenOptions options;
  std::string actor;          // audit "who"; set by setActor()

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

} // namespace spiegel::store
