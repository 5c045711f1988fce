#pragma once
// A Spiegel project: the recordings it refers to, participants, reviewers,
// the codebook it was coded with, annotations (tags), ratings and an audit
// log, stored at one location. Today the one backend is an SQLite file
// (*.spiegel); a team server on PostgreSQL (DESIGN §5) is to be a second
// backend behind this same class, selected by the location it is given.
//
//   auto p = Project::create("gesprek.spiegel", {.title = "Gesprek 3"});
//   p.addRecording({.path = "gesprek.mp4", .fingerprint = fp, .duration = d});
//   auto tag = p.addAnnotation({.recording = rec, .start = 12'000'000, .element = "bond"});
//   for (const auto &a : p.annotations()) draw(a);
//
// THE CONTRACT: what every backend guarantees. tests/store/contract/ checks
// each point against every backend listed in backends.hpp; what is
// SQLite's own is marked "SQLite:" and tested in tests/store/sqlite_*.
//
// - Durable when the call returns: every edit is its own transaction; once
//   it returns, the change survives the program or the machine dying and is
//   seen by every Project opened on the same location afterwards (and by
//   ones already open, on their next read). There is no save step.
// - All or nothing: a call that throws leaves the project exactly as it was
//   (its entities and its audit log).
// - Errors are StoreError (error.hpp) with a code, the location as file(),
//   and for a refused value the field at fault; never an engine's own type.
// - Ids are UUIDs (v4 when the store makes them) and times Unix ms: the
//   store fills in an empty id and a zero createdAt/updatedAt.
// - Upsert by id: an entity is identified by its id alone; saving an id the
//   project knows updates it, an unknown one inserts it.
// - updatedAt: an edit stores updatedAt = max(now, stored updatedAt + 1), so
//   the newest edit of an entity is also the one a later merge keeps.
// - Tombstones: nothing is ever removed. delete* marks the entity deleted
//   (raising updatedAt), lists leave tombstones out unless includeDeleted,
//   lookups by id return them (deleted = true), and a merge carries them.
// - Order: annotations() by (start, end, id); annotationsIn() by start;
//   recordings, participants, reviewers and ratings in the order each was
//   first stored (an update keeps its place); audit() oldest first.
// - Audit: every successful edit appends exactly one entry (a batch one in
//   all); a refused edit appends none.
// - Read-only: a project opened read-only, or at a location this process
//   may not write, reports readOnly(); every edit then throws ReadOnly
//   before touching anything, and every read works.
// - Schema: an open project is always at latestSchemaVersion(). An older
//   one is migrated on open (one transaction: all steps or none); read-only
//   it cannot be, and throws ReadOnly. A newer one throws TooNew in either
//   mode and is left untouched.
// - Threads and processes: one Project object is used by one thread at a
//   time. Several Projects (threads, processes) may write one location at
//   once; no edit is lost: a write waits up to OpenOptions::busyTimeoutMs
//   for another writer, then throws Busy.
//
// SQLite: the location is a file path; WAL, synchronous=FULL, foreign keys;
// the schema version is PRAGMA user_version; a read-only folder is read
// `immutable` when no -wal file lies beside it.
#include "spiegel/annotate/edit_command.hpp"
#include "spiegel/annotate/consent.hpp"
#include "spiegel/annotate/recall.hpp"
#include "spiegel/annotate/round.hpp"
#include "spiegel/annotate/types.hpp"
#include "spiegel/store/error.hpp"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace spiegel::store {

using annotate::Annotation;
using annotate::Codebook;
using annotate::CodingRound;
using annotate::Comment;
using annotate::Consent;
using annotate::Micros;
using annotate::Participant;
using annotate::Rating;
using annotate::Reveal;
using annotate::Reviewer;
using annotate::Thread;
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
  // Privacy (issue #13; days "YYYY-MM-DD", "" = not known / none): the day
  // it was recorded (consent given before it is too general), the day it
  // is to be deleted by, and the day a withdrawal of consent asked for it
  // to be deleted (kept until the user deletes it).
  std::string recordedOn, retainUntil, deletionRequestedOn;
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
  std::string device; // the host name of the computer it was written on
  std::string hash;   // its link in the hash chain, as stored (read only: the chain sets it)
};

// A file destroyed with its recording (Project::recordDeletion).
struct DestroyedFile {
  std::string what; // "recording", "vault", "vault key", "caches"
  std::string path;
  std::string sha256; // of the whole file before it was removed ("" for "caches")
  std::uint64_t bytes = 0; // its size; for "caches" the number of files
};

// What `spiegel audit verify` finds (Project::verifyAudit; the hash chain
// of src/audit_chain.hpp). Missing: the entry at `at` does not follow the
// one before it (an entry was removed or put in there); Changed: the entry
// at `at` was altered; EndRemoved: the log ends after `at` entries while
// the project counted `expected` (the newest were removed).
enum class AuditBreak { None, Missing, Changed, EndRemoved };
struct AuditCheck {
  std::size_t entries = 0; // as stored
  AuditBreak broken = AuditBreak::None;
  std::size_t at = 0;       // 1-based position of the first broken entry
  AuditEntry entry;         // that entry, as stored (Missing, Changed)
  std::size_t expected = 0; // EndRemoved: how many the project counted
  [[nodiscard]] bool intact() const { return broken == AuditBreak::None; }
};

// The project's defaults for the agreement statistics (issue #12 §3): what
// the Agreement tab, the report and `spiegel agreement` use unless told
// otherwise. Kept per project, so a group computes with one setting.
struct AgreementSettings {
  Micros tolerance = 2'000'000; // event agreement: onsets within ± this match (> 0)
  Micros unit = 1'000'000;      // time-unit agreement: one instant every unit (> 0)
  bool operator==(const AgreementSettings &) const = default;
};

struct ProjectInfo {
  Uuid id;
  std::string title;
  UnixMillis createdAt = 0;
  int schemaVersion = 0;
  AgreementSettings agreement;
};

struct OpenOptions {
  bool readOnly = false;    // open without write access (export, list, info)
  int busyTimeoutMs = 5000; // how long a write waits for another process' write
  // SQLite only: > 0 caps the file at this many pages (tests use it to
  // simulate a full disk; 0 = no cap). Other backends ignore it.
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

// One file's package for mergeAll(), and what mergeAll() did: one report
// per package, in the order given, and their sum.
struct IncomingPackage {
  const Package &package;
  std::string source; // for the audit log and a refused entry's error
};
struct MergeAllReport {
  std::vector<MergeReport> files;
  MergeReport total;
};

// Also the annotate::EditTarget of the undo stack: undo/redo write through
// to the project (putAnnotation / putRating / putParticipant).
class Project final : public annotate::EditTarget {
public:
  // A new, empty project at `location` (SQLite: a file path) with the title,
  // a copy of the codebook and one audit entry "create". Throws Io when
  // something exists there already, ReadOnly, DiskFull or CannotOpen when it
  // cannot be written; then nothing is left behind.
  [[nodiscard]] static Project create(const std::string &location, const NewProject &init,
                                      const OpenOptions &options = {});
  // The project at `location`, migrated to the current schema (see the
  // contract above). Throws NotFound (nothing there), NotAProject, Corrupt,
  // TooNew, ReadOnly (needs migrating but cannot be written), Busy,
  // CannotOpen, DiskIo, Io.
  [[nodiscard]] static Project open(const std::string &location, const OpenOptions &options = {});

  Project(Project &&) noexcept;
  Project &operator=(Project &&) noexcept;
  ~Project() override;

  // The location it was created or opened at, as given.
  [[nodiscard]] const std::string &path() const;
  // Id and creation time (fixed at create()), the title as last set, and
  // schemaVersion, always latestSchemaVersion().
  [[nodiscard]] ProjectInfo info() const;
  void setTitle(const std::string &title);
  // BadValue "tolerance" / "unit" when not above zero (or above an hour).
  void setAgreementSettings(const AgreementSettings &settings);
  // Name written to the audit log as "who" for the following edits of this
  // Project object (not stored: create() starts with NewProject::actor,
  // open() with none). While none is set, the OS account ($USER) is "who".
  void setActor(std::string actor);
  // The backend's own consistency check (SQLite: PRAGMA integrity_check).
  [[nodiscard]] bool integrityOk() const;
  // Opened without write access (asked for, or a location this process may
  // not write): every edit throws ReadOnly.
  [[nodiscard]] bool readOnly() const;
  // A complete, consistent copy of the project at a new `location` (SQLite:
  // a file path), also of a read-only project; it opens writable wherever
  // that location may be written, with the same id, entities and audit log.
  // `location` either stays absent or holds the whole copy (SQLite: written
  // under a temporary name beside it, synced, then renamed). Throws Io when
  // something is there already, CannotOpen when its folder is missing,
  // ReadOnly when it may not be written, DiskFull; then nothing is left
  // behind. Changes nothing in this project.
  void copyTo(const std::string &location) const;

  // --- recordings. addRecording fills in id and updatedAt when empty, and
  // relativePath from path when empty (relative to the project's folder;
  // path made absolute). BadValue "duration" when negative.
  Recording addRecording(Recording r);
  // Replaces the stored recording with r.id (deleted = true is its
  // tombstone); updatedAt raised. BadValue "recording" for an unknown id.
  void updateRecording(Recording r);
  [[nodiscard]] std::vector<Recording> recordings(bool includeDeleted = false) const;
  // Tombstones included; nullopt for an unknown id.
  [[nodiscard]] std::optional<Recording> recording(const Uuid &id) const;
  // The stored path if a file is there, else the relative path resolved
  // against the project's folder if a file is there, else empty. Reads no
  // media and changes nothing.
  [[nodiscard]] std::string locateRecording(const Recording &r) const;
  // For each live recording that is not where it was: look next to the
  // project and in `searchDirs` (recursively, 3 levels) for a file with the
  // same fingerprint; when found, store its path (one audited "relink" edit
  // per recording moved). One result per live recording, in list order;
  // newPath is where it is now, empty when not found.
  std::vector<RelinkResult> relinkRecordings(const Fingerprinter &fingerprint,
                                             const std::vector<std::string> &searchDirs = {});

  // --- participants and reviewers: save* upserts by id (a new id when
  // empty) and returns what was stored; delete* leaves a tombstone and
  // throws BadValue "participant" / "reviewer" when no live one has that id.
  Participant saveParticipant(Participant p);
  void deleteParticipant(const Uuid &id);
  [[nodiscard]] std::vector<Participant> participants(bool includeDeleted = false) const;
  Reviewer saveReviewer(Reviewer r);
  void deleteReviewer(const Uuid &id);
  [[nodiscard]] std::vector<Reviewer> reviewers(bool includeDeleted = false) const;

  // --- annotations (tags). Every live tag written is validated against the
  // codebook, the live recordings (duration), reviewers and participants:
  // BadValue with field "element", "indicator", "start", "end",
  // "recording", "reviewer" or "participants".
  // addAnnotation fills in id, createdAt and updatedAt when empty; BadValue
  // "id" when the id exists already (tombstones too). Returns what was stored.
  Annotation addAnnotation(Annotation a);
  // Several tags in one transaction (all or none), one audit entry.
  std::vector<Annotation> addAnnotations(std::vector<Annotation> tags);
  // Replaces the live tag a.id, keeping its createdAt; BadValue "id" when
  // there is no live one.
  Annotation updateAnnotation(Annotation a);
  // Leaves a tombstone; BadValue "id" when there is no live tag with id.
  void deleteAnnotation(const Uuid &id);
  // Puts back a tombstoned (or unknown) tag as given, live (undo of a
  // delete); BadValue "id" when it is live.
  Annotation restoreAnnotation(Annotation a);
  // Tombstones included; nullopt for an unknown id.
  [[nodiscard]] std::optional<Annotation> annotation(const Uuid &id) const;
  // All live tags (or with tombstones), sorted by (start, end, id).
  [[nodiscard]] std::vector<Annotation> annotations(bool includeDeleted = false) const;
  // Live tags of `recording` overlapping [from, to] (start <= to and
  // end >= from), sorted by start.
  [[nodiscard]] std::vector<Annotation> annotationsIn(const Uuid &recording, Micros from, Micros to) const;
  // The number of live tags.
  [[nodiscard]] std::int64_t annotationCount() const;

  // --- EditTarget: one upsert by id exactly as given (deleted = tombstone),
  // validated unless a tombstone (BadValue as above); updatedAt is raised
  // above the stored one when needed so the newest edit also wins a later
  // merge. Audited as create, edit or delete.
  void putAnnotation(const Annotation &a) override;
  void putRating(const Rating &r) override;
  void putParticipant(const Participant &p) override; // saveParticipant()
  void putThread(const Thread &t) override;           // checked as saveThread()
  void putComment(const Comment &c) override;         // checked as addComment()
  void putRecallSession(const annotate::RecallSession &s) override { saveRecallSession(s); }
  void putRecallMoment(const annotate::RecallMoment &moment) override { saveRecallMoment(moment); }
  void putRecallPause(const annotate::RecallPause &p) override { saveRecallPause(p); }

  // --- ratings. setRating with an empty id replaces the live rating with
  // the same recording × reviewer × subject × element (keeping its id), or
  // adds one; with an id it upserts that id. BadValue with field "value"
  // (outside the codebook's scale), "element", "subject", "recording" or
  // "reviewer". deleteRating leaves a tombstone; BadValue "id" when no live
  // rating has that id.
  Rating setRating(Rating r);
  void deleteRating(const Uuid &id);
  [[nodiscard]] std::vector<Rating> ratings(bool includeDeleted = false) const;

  // --- coding rounds (annotate/round.hpp). saveRound upserts by id (a new
  // id when empty, startedAt now when 0); BadValue "recording" when no live
  // recording has its recording id. rounds() in the order first stored.
  CodingRound saveRound(CodingRound r);
  [[nodiscard]] std::vector<CodingRound> rounds(bool includeDeleted = false) const;
  // Records that r.profile is done in round r.round (audited "reveal"):
  // fills in id and at when empty. BadValue "round" for an unknown round,
  // "reviewer" for an unknown reviewer row, "profile" when empty. A profile
  // that revealed in that round already gets its first reveal back and
  // nothing is written. Reveals are never deleted (there is no call for it,
  // and merge never carries a deletion).
  Reveal addReveal(Reveal r);
  [[nodiscard]] std::vector<Reveal> reveals() const;

  // --- discussion on moments (annotate/discussion.hpp; project_discussion.cpp).
  // saveThread upserts by id (a new id when empty, createdAt now when 0).
  // BadValue "recording" (no live recording), "tag" (no tag with that id on
  // that recording; tombstones count, so a thread outlives its tag),
  // "createdBy" (no such reviewer row), "end" (before start, or past the
  // recording). A tombstone is stored unchecked. threads() and comments()
  // in the order first stored.
  Thread saveThread(Thread t);
  [[nodiscard]] std::vector<Thread> threads(bool includeDeleted = false) const;
  // addComment: a new comment (or reply) in a live thread. BadValue
  // "thread", "author" (no such reviewer row), "parent" (no comment of that
  // thread), "text" (empty or only spaces), "id" (exists already).
  Comment addComment(Comment c);
  // updateComment: the text of a live comment (its thread, parent, author
  // and createdAt stay as stored). BadValue "id", "text".
  Comment updateComment(const Comment &c);
  // A tombstone; BadValue "id" when there is no live comment with that id.
  void deleteComment(const Uuid &id);
  [[nodiscard]] std::vector<Comment> comments(bool includeDeleted = false) const;

  // --- consent (annotate/consent.hpp; project_consent.cpp). saveConsent
  // upserts by id (a new id when empty). BadValue "recording" (no live
  // recording), "person" / "party" (no live participant), "givenOn" (not a
  // day), "expires" / "withdrawnOn" (not a day, or "" where one is needed:
  // a withdrawal needs its day). A record saved as withdrawn also marks its
  // recording for deletion (deletionRequestedOn, when not marked yet), in
  // the same edit, audited "withdraw". Others are audited "consent".
  Consent saveConsent(Consent c);
  [[nodiscard]] std::vector<Consent> consents(bool includeDeleted = false) const;

  // --- recall sessions (annotate/recall.hpp; project_recall.cpp). Each save
  // upserts by id (a new id when empty; createdAt kept, or now when new),
  // audited create / edit / delete as "recall session|moment|pause <id>".
  // BadValue, with the field: a session's "recording" (no live recording),
  // "createdBy" (no such reviewer row), "heldOn" (not a day), "minutes"
  // (negative, or over a day); a moment's "session" (no live session),
  // "tag" (no tag with that id on the session's recording; tombstones
  // count), "end" (before its start, or past the recording), "preRoll" /
  // "postRoll" (negative or over a minute); a pause's "session", "moment"
  // (not a moment of that session), "at" (negative). Tombstones are stored
  // unchecked. Lists in the order first stored; moments and pauses of one
  // session.
  annotate::RecallSession saveRecallSession(annotate::RecallSession s);
  [[nodiscard]] std::vector<annotate::RecallSession> recallSessions(bool includeDeleted = false) const;
  annotate::RecallMoment saveRecallMoment(annotate::RecallMoment m);
  [[nodiscard]] std::vector<annotate::RecallMoment> recallMoments(const Uuid &session,
                                                                  bool includeDeleted = false) const;
  annotate::RecallPause saveRecallPause(annotate::RecallPause p);
  [[nodiscard]] std::vector<annotate::RecallPause> recallPauses(const Uuid &session,
                                                                bool includeDeleted = false) const;

  // --- deleting a recording with proof (issue #13 §2; project_deletion.cpp).
  // The caller (app/) has removed the files; this writes it down in one
  // transaction: one audit entry "destroy" per file with its SHA-256 and
  // size, and the recording's paths cleared (its fingerprint stays: which
  // recording it was). Without keepWork the recording's tags, ratings,
  // discussion threads and comments become tombstones with their text
  // blanked; secure_delete zeroes the freed pages and the WAL is emptied
  // afterwards, so the text does not linger in the project file.
  void recordDeletion(const Uuid &recording, const std::vector<DestroyedFile> &files, bool keepWork);

  // --- codebook: the copy the project was coded with. setCodebook replaces
  // it; tags already stored are not re-checked.
  [[nodiscard]] Codebook codebook() const;
  void setCodebook(const Codebook &cb);

  // --- audit log, oldest first. logAudit appends an entry of the caller's
  // (view, export, …) with the current actor.
  [[nodiscard]] std::vector<AuditEntry> audit() const;
  // Walks the hash chain: intact, or the first entry that is not.
  [[nodiscard]] AuditCheck verifyAudit() const;
  void logAudit(const std::string &action, const std::string &object, const std::string &detail = {});

  // --- exchange (package.hpp describes Package)
  // Every entity, tombstones included, with its merge bookkeeping (baseAt),
  // and the audit log. Changes nothing.
  [[nodiscard]] Package exportPackage() const;
  // Merges a package by UUID in one transaction: per entity the newest
  // updatedAt wins, tombstones delete, a second merge of the same package
  // changes nothing; recordings are matched by fingerprint, reviewers by
  // name and participants by role + alias when their ids differ (rules:
  // store/src/project_merge.cpp). `action` ("merge" or "import") and
  // `source` go to the audit log, with the incoming audit entries. Validates
  // every incoming live tag and rating first: BadValue naming `source` and
  // the entry, e.g. field "annotations[12].element".
  MergeReport merge(const Package &incoming, const std::string &source, const std::string &action = "merge");
  // Several packages in ONE transaction, one after the other as merge()
  // would (a later one meets what the earlier ones brought): all of them
  // or, when one is refused (BadValue naming its source), none. One audit
  // entry per package. Merging the same packages again changes nothing.
  MergeAllReport mergeAll(std::span<const IncomingPackage> incoming, const std::string &action = "merge");

  struct Impl; // opaque: defined in store/src/project_impl.hpp

private:
  explicit Project(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> m;
};

} // namespace spiegel::store
