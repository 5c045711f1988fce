#pragma once
// The reflection record of a recall session, or of all sessions of a
// project (a series), as professionals hand it in for their SKJ
// registration (issue #14 §3): when, how long, who took part by role, the
// moments with a still, what was asked and answered, lessons learned, the
// three SKJ dimensions and the hours. Nobody of the family is named:
// participants appear by their role label only; only reviewers (the
// professionals) by their display name.
//
//   auto built = buildReflectionRecord(project, sessionId, "2026-11-20");
//   if (built.problem == RecordProblem::None) writeFile(htmlRecord(built.record, makeStills(project, built.record)));
#include "spiegel/annotate/recall.hpp"
#include "spiegel/media/frame.hpp"
#include "spiegel/store/project.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace spiegel::app {

struct RecordPause {
  annotate::PausedBy by = annotate::PausedBy::Auto;
  annotate::Micros at = 0;
  std::string time; // `at` as the window shows it (annotate::formatClock)
  std::string prompt, answer, forLater;
  bool spoken = false; // a spoken answer is kept with the project (not in the record)
};

struct RecordMoment {
  annotate::Uuid id;
  int number = 0; // 1, 2, 3, … in playing order
  annotate::MomentKind kind = annotate::MomentKind::Tag;
  annotate::Micros start = 0, end = 0;
  std::string time;             // "00:12.000", or "00:12.000 – 00:20.000" for a span
  std::string element;          // the tag's codebook element in the current language; "" when not from a tag
  std::string prompt;           // the lead prepared for it
  std::vector<RecordPause> pauses; // in the order they were made
};

// Whether stills can be taken from the session's recording.
enum class RecordingState { Available, Missing, Deleted };

struct RecordSession {
  annotate::Uuid id, recording;
  RecordingState recordingState = RecordingState::Available;
  std::string recordingPath; // where it was found ("" unless Available)
  std::string title;
  std::string heldOn;           // "YYYY-MM-DD", "" = not held yet
  std::string recordedOn;       // the recording's day, "" = not known
  std::optional<int> delayDays; // from recordedOn to heldOn, when both are days
  int minutes = 0;
  annotate::Purpose purpose = annotate::Purpose::Recall;
  std::string method;           // "" = free recall, else the method template's key
  std::string inquirer;         // the reviewer who prepared it (display name), "" = not known
  // The people of the recorded conversation: role labels in the current
  // language ("2 × jeugdige" when two share one), never an alias.
  std::vector<std::string> participants;
  std::vector<RecordMoment> moments;     // in playing order (annotate::inPlayingOrder)
  std::vector<RecordPause> loosePauses;  // paused between moments
  std::string lessons, technical, normative, personal;
};

struct ReflectionRecord {
  std::string writtenOn;              // the day it was made, as given
  std::vector<RecordSession> sessions; // by day held (not held yet last), then as first stored
  int totalMinutes = 0;               // of the sessions held: the hours that count
  int held = 0;                       // sessions with a day held
  [[nodiscard]] bool series() const { return sessions.size() != 1; }
};

enum class RecordProblem { None, NoSessions, UnknownSession };
struct RecordBuild {
  ReflectionRecord record;
  RecordProblem problem = RecordProblem::None;
};

// The record of the live session `session`, or of every live session when
// nullopt. Reads only the project (locates the recordings, reads no media).
// Text is in the current language (i18n).
[[nodiscard]] RecordBuild buildReflectionRecord(const store::Project &project, const std::optional<annotate::Uuid> &session,
                                                const std::string &writtenOn);

// A still per moment: the frame at its start, small, with its JPEG.
struct RecordStill {
  media::RgbImage image;
  std::string jpeg;
};
struct RecordStills {
  std::map<annotate::Uuid, RecordStill> byMoment;
  // Per session whose recording could not be read (kept encrypted without
  // its key, damaged, …): one sentence. Missing and deleted recordings are
  // in RecordSession::recordingState instead.
  std::map<annotate::Uuid, std::string> problems;
};
// Decodes the stills (media/) of every moment of every session whose
// recording is available; a moment whose frame cannot be had has none.
// Each still is at most `width` pixels wide. Uses up to two threads.
[[nodiscard]] RecordStills makeStills(const ReflectionRecord &record, int width = 320);

// One self-contained HTML page (inline CSS that prints on A4, stills as
// data: URIs); all text HTML-escaped.
[[nodiscard]] std::string htmlRecord(const ReflectionRecord &record, const RecordStills &stills);
// The same content as an A4 PDF (Cairo and Pango), as the file's bytes.
// Throws std::runtime_error when Cairo fails.
[[nodiscard]] std::string pdfRecord(const ReflectionRecord &record, const RecordStills &stills);

// The file's kind by its name: .html / .htm or .pdf (any case); nullopt else.
enum class RecordFormat { Html, Pdf };
[[nodiscard]] std::optional<RecordFormat> recordFormatOf(const std::string &path);
// htmlRecord or pdfRecord (which may throw std::runtime_error).
[[nodiscard]] std::string renderRecord(const ReflectionRecord &record, const RecordStills &stills, RecordFormat format);
// The audit log's detail of an exported record: "session ID" or "series of
// N sessions", then the moments and stills counted.
[[nodiscard]] std::string recordAuditDetail(const ReflectionRecord &record, const RecordStills &stills,
                                            const std::optional<annotate::Uuid> &session);

} // namespace spiegel::app
