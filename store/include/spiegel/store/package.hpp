#pragma once
// Exchange formats of a project (docs/formats.md):
// - the JSON package: every entity, lossless, for merging and archiving;
// - CSV of the tags for spreadsheets (Excel, LibreOffice).
//
//   auto pkg = project.exportPackage();
//   writeFile("lisa.json", packageToJson(pkg));
//   auto report = other.merge(readPackage("lisa.json"), "lisa.json");
#include "spiegel/store/project.hpp"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace spiegel::store {

// The package format this build writes and the newest it reads.
inline constexpr int kPackageFormatVersion = 1;

// An entity with its merge bookkeeping: baseAt is the updated_at of the
// version last shared with another file (0 = never shared). A row whose
// baseAt differs from its updatedAt was edited since.
template <class T> struct Synced {
  T value;
  UnixMillis baseAt = 0;
};

struct SyncedCodebook {
  Codebook codebook;
  UnixMillis updatedAt = 0;
  UnixMillis baseAt = 0;
};

struct Package {
  int formatVersion = kPackageFormatVersion;
  ProjectInfo project;           // where it came from
  UnixMillis exportedAt = 0;
  std::optional<SyncedCodebook> codebook;
  std::vector<Synced<Recording>> recordings;
  std::vector<Synced<Participant>> participants;
  std::vector<Synced<Reviewer>> reviewers;
  std::vector<Synced<Annotation>> annotations;
  std::vector<Synced<Rating>> ratings;
  std::vector<Synced<CodingRound>> rounds;
  std::vector<Synced<Reveal>> reveals;
  std::vector<Synced<Thread>> threads;
  std::vector<Synced<Comment>> comments;
  std::vector<Synced<Consent>> consents;
  std::vector<Synced<annotate::RecallSession>> recallSessions;
  std::vector<Synced<annotate::RecallMoment>> recallMoments;
  std::vector<Synced<annotate::RecallPause>> recallPauses;
  std::vector<AuditEntry> audit;
};

// Two-space indented UTF-8 JSON, keys in a fixed order.
[[nodiscard]] std::string packageToJson(const Package &package);
// Parses a package; throws StoreError BadPackage naming `sourceName` and
// the field ("annotations[3].start_us", "format_version", or "line 4,
// column 7" for a syntax error).
[[nodiscard]] Package parsePackage(const std::string &text, const std::string &sourceName);
// Reads a JSON package, or a .spiegel project (recognised by its SQLite
// header, opened read-only) as a package.
[[nodiscard]] Package readPackage(const std::string &path);

struct CsvOptions {
  char separator = ';';          // ';' for Dutch Excel, ',' on request
  std::string lang = "nl";       // element names and roles in this language
};
// Live tags sorted by start: UTF-8 with BOM, CRLF line ends, a header row,
// times as HH:MM:SS.mmm and as seconds (decimal comma with ';', point with
// ','). Columns: docs/formats.md "Tags as CSV".
[[nodiscard]] std::string tagsToCsv(const Project &project, const CsvOptions &options = {});
// The same for the given live tags of `project` (those a reviewer is shown).
[[nodiscard]] std::string tagsToCsv(const Project &project, std::span<const Annotation> tags,
                                    const CsvOptions &options = {});

// One row per comment of the given live threads, each thread's comments in
// reading order (annotate::commentTree; a reply names the comment it
// answers), in the same CSV dialect as tagsToCsv. Columns: docs/formats.md
// "Comments as CSV". The caller passes what the reader is shown.
[[nodiscard]] std::string commentsToCsv(const Project &project, std::span<const Thread> threads,
                                        std::span<const Comment> comments, const CsvOptions &options = {});

// The audit log, oldest first, for the privacy officer (issue #13 §3), in
// the same CSV dialect: number, Unix ms and UTC time, who, device, action,
// object, detail, id and the entry's chain hash. Columns: docs/formats.md
// "Audit log as CSV".
[[nodiscard]] std::string auditToCsv(const Project &project, const CsvOptions &options = {});

// Writes `text` to `path` atomically (temporary file + rename); throws
// StoreError (ReadOnly, DiskFull, Io) naming `path`.
void writeTextFile(const std::string &path, const std::string &text);

} // namespace spiegel::store
