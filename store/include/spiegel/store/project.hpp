#pragma once
// A Spiegel project: one SQLite file (*.spiegel) holding the recordings it
// refers to, participants, reviewers, the codebook it was coded with,
// annotations (tags), ratings and an audit log.
//
//   auto p = Project::create("gesprek.spiegel", {.title = "Gesprek 3"});
//   p.addRecording({.path = "gesprek.mp4", .fingerprint = fp, .duration = d});
//   auto tag = p.addAnnotation({.recording = rec, .start = 12'000'000, .element = "bond"});
//   for (const auto &a : p.annotations()) draw(a);
//
// Every edit is its own transaction and is on disk when the call returns
// (WAL, synchronous=FULL): there is no save step. Ids (UUID v4) and
// timestamps (Unix ms) are filled in by the store when the caller leaves
// them empty/zero. Errors throw StoreError (error.hpp); on error the file is
// exactly as it was before the call.
//
// Threads: a Project is used by one thread at a time (it owns one SQLite
// connection). Several processes may write the same file: a writer waits up
// to OpenOptions::busyTimeoutMs for another writer, then throws Busy.
#include "spiegel/annotate/edit_command.hpp"
#include "spiegel/annotate/types.hpp"
#include "spiegel/store/error.hpp"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace spiegel::store {

using annotate::Annotation;
using annotate::Codebook;
using annotate::Micros;
using annotate::Participant;
using annotate::Rating;
using annotate::Reviewer;
using annotate::UnixMillis;
using annotate::Uuid;

// The newest schema version this program reads and writes.
[[nodiscard]] int latestSchemaVersion();

// A recording the project refers to. The media file itself stays outside
// the project.
struct Recording {
  Uuid id;
  std::string path;         // absolute path when last seen
  std::string relativePath; // relative to the project file's folder
  std::string fingerprint;  // "<size>-<sha256 hex>" (media::fingerprint)
  Micros duration = 0;      // 0 = unknown (then times are not range-checked)
  std::string title;
  UnixMillis updatedAt = 0;
  bool deleted = false;
};

struct AuditEntry {
  Uuid id;
  UnixMillis at = 0;
  std::string actor;  // who (reviewer or OS user name)
  std::string action; // create, edit, delete, import, merge, export, relink
  std::string object; // "annotation <uuid>", "package x.json", …
  std::string detail;
};

struct ProjectInfo {
  Uuid id;
  std::string title;
  UnixMillis createdAt = 0;
  int schemaVersion = 0;
};

struct OpenOptions {
  bool readOnly = false;    // open without write access (export, list, info)
  int busyTimeoutMs = 5000; // how long a write waits for another process' write
  // > 0: cap the file at this many pages (tests use it to simulate a full
  // disk; 0 = no cap).
  std::int64_t maxPages = 0;
};

struct NewProject {
  std::string title;
  Codebook codebook; // copied into the project
  std::string actor; // for the audit log
};

// Content fingerprint of a file at `path`; the store never reads media
// itself (app/ passes spiegel::media::fingerprint). May throw anything; a
// throwing file is skipped.
using Fingerprinter = std::function<std::string(const std::string &path)>;

struct RelinkResult {
  Uuid recording;
  std::string oldPath, newPath; // newPath empty when not found
  bool wasMissing = false;      // false: the recording was where we expected
};

// What a merge or import did. Counts are entities (tags, ratings, …).
struct MergeConflict {
  std::string kind; // "annotation", "rating", "participant", …
  Uuid id;
  bool incomingWon = false; // newest wins; false = the local version stayed
  UnixMillis localUpdatedAt = 0, incomingUpdatedAt = 0;
};
struct MergeReport {
  int added = 0, updated = 0, deleted = 0, unchanged = 0;
  std::vector<MergeConflict> conflicts;
  [[nodiscard]] bool changedAnything() const { return added + updated + deleted > 0; }
};

struct Package; // package.hpp

// Also the annotate::EditTarget of the undo stack: undo/redo write through
// to the file (putAnnotation / putRating / putParticipant).
class Project final : public annotate::EditTarget {
public:
  // Creates a new project file; throws if `path` exists (Io) or cannot be
  // written (ReadOnly, DiskFull).
  [[nodiscard]] static Project create(const std::string &path, const NewProject &init, const OpenOptions &options = {});
  // Opens an existing project and migrates it to the current schema (one
  // transaction). Throws NotFound, NotAProject, Corrupt, TooNew, ReadOnly,
  // Busy, Io.
  [[nodiscard]] static Project open(const std::string &path, const OpenOptions &options = {});

  Project(Project &&) noexcept;
  Project &operator=(Project &&) noexcept;
  ~Project() override;

  [[nodiscard]] const std::string &path() const;
  [[nodiscard]] ProjectInfo info() const;
  void setTitle(const std::string &title);
  // Name written to the audit log as "who" for the following edits.
  void setActor(std::string actor);
  // PRAGMA integrity_check: true when SQLite finds the file sound.
  [[nodiscard]] bool integrityOk() const;
  // Opened without write access (asked for, or a file or folder this process
  // may not write): every change throws ReadOnly.
  [[nodiscard]] bool readOnly() const;

  // --- recordings
  Recording addRecording(Recording r);
  void updateRecording(Recording r);
  [[nodiscard]] std::vector<Recording> recordings(bool includeDeleted = false) const;
  [[nodiscard]] std::optional<Recording> recording(const Uuid &id) const;
  // The stored path if a file is there, else the relative path resolved
  // against the project's folder if a file is there, else empty.
  [[nodiscard]] std::string locateRecording(const Recording &r) const;
  // For each recording that is not where it was: look next to the project
  // and in `searchDirs` (recursively, 3 levels) for a file with the same
  // fingerprint; when found, store its path (an audited edit).
  std::vector<RelinkResult> relinkRecordings(const Fingerprinter &fingerprint,
                                             const std::vector<std::string> &searchDirs = {});

  // --- participants and reviewers (insert when id is empty or unknown,
  // otherwise update)
  Participant saveParticipant(Participant p);
  void deleteParticipant(const Uuid &id);
  [[nodiscard]] std::vector<Participant> participants(bool includeDeleted = false) const;
  Reviewer saveReviewer(Reviewer r);
  void deleteReviewer(const Uuid &id);
  [[nodiscard]] std::vector<Reviewer> reviewers(bool includeDeleted = false) const;

  // --- annotations (tags). Validated against the project's codebook and
  // the recording's duration: BadValue with field "element", "indicator",
  // "start", "end", "recording", "reviewer" or "participants".
  Annotation addAnnotation(Annotation a);
  // Several tags in one transaction (all or none).
  std::vector<Annotation> addAnnotations(std::vector<Annotation> tags);
  Annotation updateAnnotation(Annotation a);
  void deleteAnnotation(const Uuid &id); // leaves a tombstone
  // Puts back a tombstoned annotation exactly as given (undo of a delete).
  Annotation restoreAnnotation(Annotation a);
  [[nodiscard]] std::optional<Annotation> annotation(const Uuid &id) const;
  // All live tags (or with tombstones), sorted by start time.
  [[nodiscard]] std::vector<Annotation> annotations(bool includeDeleted = false) const;
  // Live tags of `recording` overlapping [from, to], sorted by start.
  [[nodiscard]] std::vector<Annotation> annotationsIn(const Uuid &recording, Micros from, Micros to) const;
  [[nodiscard]] std::int64_t annotationCount() const;

  // --- EditTarget: one upsert by id exactly as given (deleted = tombstone),
  // validated unless a tombstone; updatedAt is raised above the stored one
  // when needed so the newest edit also wins a later merge.
  void putAnnotation(const Annotation &a) override;
  void putRating(const Rating &r) override;
  void putParticipant(const Participant &p) override; // saveParticipant()

  // --- ratings. setRating replaces the live rating with the same
  // recording × reviewer × subject × element when the id is empty.
  // BadValue with field "value" outside the codebook's scale, "element",
  // "subject".
  Rating setRating(Rating r);
  void deleteRating(const Uuid &id);
  [[nodiscard]] std::vector<Rating> ratings(bool includeDeleted = false) const;

  // --- codebook (the copy the project was coded with)
  [[nodiscard]] Codebook codebook() const;
  void setCodebook(const Codebook &cb);

  // --- audit log, oldest first
  [[nodiscard]] std::vector<AuditEntry> audit() const;
  void logAudit(const std::string &action, const std::string &object, const std::string &detail = {});

  // --- exchange (package.hpp describes Package)
  [[nodiscard]] Package exportPackage() const;
  // Merges a package by UUID in one transaction: per entity the newest
  // update wins, tombstones delete, a second merge of the same package
  // changes nothing. `action` ("merge" or "import") and `source` go to the
  // audit log. Validates every incoming tag and rating first (BadValue /
  // BadPackage with the field, e.g. "annotations[12].element").
  MergeReport merge(const Package &incoming, const std::string &source, const std::string &action = "merge");

  struct Impl; // opaque: defined in store/src/project_impl.hpp

private:
  explicit Project(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> m;
};

} // namespace spiegel::store
