// buildReflectionRecord: the record's facts, read from the project.
#include "common/reflection_record.hpp"

#include "common/i18n.hpp"
#include "spiegel/annotate/reviewer_names.hpp"
#include "spiegel/annotate/roles.hpp"
#include "spiegel/annotate/time_format.hpp"

#include <algorithm>
#include <filesystem>

namespace spiegel::app {
namespace {

// "moeder, vader, 2 × jeugdige": each role label once, in the order first
// met, with a count when several people share it. Aliases never.
std::vector<std::string> roleLabelsOf(const std::vector<annotate::Participant> &people) {
  std::vector<std::pair<std::string, int>> counted;
  for (const auto &p : people) {
    const std::string label = annotate::roleText(p.role).in(langCode());
    auto it = std::find_if(counted.begin(), counted.end(), [&](const auto &c) { return c.first == label; });
    if (it == counted.end())
      counted.emplace_back(label, 1);
    else
      ++it->second;
  }
  std::vector<std::string> out;
  for (const auto &[label, n] : counted)
    out.push_back(n == 1 ? label : std::to_string(n) + " \xC3\x97 " + label);
  return out;
}

RecordPause pauseOf(const annotate::RecallPause &p, annotate::Micros length) {
  return {.by = p.by, .at = p.at, .time = annotate::formatClock(p.at, length), .prompt = p.prompt,
          .answer = p.answer, .forLater = p.forLater, .spoken = !p.audio.empty()};
}

// The element name of the moment's tag in the current language; "" when
// the moment is not from a tag or the element is not in the codebook.
std::string elementOf(const store::Project &project, const annotate::Codebook &codebook, const annotate::Uuid &tag) {
  if (tag.empty())
    return {};
  const auto a = project.annotation(tag);
  const annotate::Element *e = a ? codebook.element(a->element) : nullptr;
  return e != nullptr ? e->name.in(langCode()) : std::string();
}

struct Context {
  const store::Project &project;
  annotate::Codebook codebook;
  std::unordered_map<annotate::Uuid, std::string> reviewerNames;
  std::vector<std::string> participants;
};

RecordSession sessionOf(const Context &c, const annotate::RecallSession &s) {
  RecordSession out{.id = s.id, .recording = s.recording, .title = s.title, .heldOn = s.heldOn,
                    .minutes = s.minutes, .purpose = s.purpose, .method = s.method, .participants = c.participants,
                    .lessons = s.lessons, .technical = s.technical, .normative = s.normative,
                    .personal = s.personal};
  annotate::Micros length = 0;
  if (const auto rec = c.project.recording(s.recording)) {
    length = rec->duration;
    out.recordedOn = rec->recordedOn;
    out.delayDays = annotate::recallDelayDays(rec->recordedOn, s.heldOn);
    out.recordingPath = rec->deleted ? std::string() : c.project.locateRecording(*rec);
    out.recordingState = rec->deleted            ? RecordingState::Deleted
                         : out.recordingPath.empty() ? RecordingState::Missing
                                                     : RecordingState::Available;
  } else {
    out.recordingState = RecordingState::Deleted;
  }
  if (const auto it = c.reviewerNames.find(s.createdBy); it != c.reviewerNames.end())
    out.inquirer = it->second;
  const auto pauses = c.project.recallPauses(s.id);
  const auto moments = c.project.recallMoments(s.id);
  for (const auto &m : annotate::inPlayingOrder(moments)) {
    RecordMoment rm{.id = m.id, .number = static_cast<int>(out.moments.size()) + 1, .kind = m.kind,
                    .start = m.start, .end = m.end,
                    .time = m.start == m.end ? annotate::formatClock(m.start, length)
                                             : annotate::formatClock(m.start, length) + " \xE2\x80\x93 " +
                                                   annotate::formatClock(m.end, length),
                    .element = elementOf(c.project, c.codebook, m.tag), .prompt = m.prompt};
    for (const auto &p : pauses)
      if (p.moment == m.id)
        rm.pauses.push_back(pauseOf(p, length));
    out.moments.push_back(std::move(rm));
  }
  // Pauses between moments, and those of a moment that is gone, are kept too.
  for (const auto &p : pauses) {
    const bool placed = std::any_of(out.moments.begin(), out.moments.end(),
                                    [&](const RecordMoment &m) { return !p.moment.empty() && m.id == p.moment; });
    if (!placed)
      out.loosePauses.push_back(pauseOf(p, length));
  }
  return out;
}

} // namespace

RecordBuild buildReflectionRecord(const store::Project &project, const std::optional<annotate::Uuid> &session,
                                  const std::string &writtenOn) {
  RecordBuild built;
  built.record.writtenOn = writtenOn;
  auto sessions = project.recallSessions();
  if (session)
    std::erase_if(sessions, [&](const annotate::RecallSession &s) { return s.id != *session; });
  if (sessions.empty()) {
    built.problem = session ? RecordProblem::UnknownSession : RecordProblem::NoSessions;
    return built;
  }
  // Held sessions by day, those not held yet after them; stable keeps the stored order.
  std::stable_sort(sessions.begin(), sessions.end(), [](const auto &a, const auto &b) {
    return std::make_pair(a.heldOn.empty(), a.heldOn) < std::make_pair(b.heldOn.empty(), b.heldOn);
  });
  const Context context{project, project.codebook(), annotate::reviewerNames(project.reviewers(true)),
                        roleLabelsOf(project.participants())};
  for (const auto &s : sessions) {
    built.record.sessions.push_back(sessionOf(context, s));
    if (!s.heldOn.empty()) { // a session prepared but not held gives no hours yet
      built.record.totalMinutes += s.minutes;
      ++built.record.held;
    }
  }
  return built;
}

std::optional<RecordFormat> recordFormatOf(const std::string &path) {
  std::string ext = std::filesystem::path(path).extension().string();
  for (char &c : ext)
    c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if (ext == ".html" || ext == ".htm")
    return RecordFormat::Html;
  if (ext == ".pdf")
    return RecordFormat::Pdf;
  return std::nullopt;
}

std::string renderRecord(const ReflectionRecord &record, const RecordStills &stills, RecordFormat format) {
  return format == RecordFormat::Html ? htmlRecord(record, stills) : pdfRecord(record, stills);
}

std::string recordAuditDetail(const ReflectionRecord &record, const RecordStills &stills,
                              const std::optional<annotate::Uuid> &session) {
  std::size_t moments = 0;
  for (const auto &s : record.sessions)
    moments += s.moments.size();
  return (session ? "session " + *session : "series of " + std::to_string(record.sessions.size()) + " sessions") +
         ", " + std::to_string(moments) + " moments, " + std::to_string(stills.byMoment.size()) + " stills";
}

} // namespace spiegel::app
