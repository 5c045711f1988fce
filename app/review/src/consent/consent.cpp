// Workspace: consent records of this recording and the one consent check
// (annotate/consent.hpp) and the retention it allows, for the window's
// Consent tab and the CLI.
#include "spiegel/review/workspace.hpp"

#include "spiegel/annotate/civil_date.hpp"

#include <algorithm>
#include <utility>

namespace spiegel::review {

void Workspace::refreshConsents() {
  m_consents.clear();
  for (auto &c : m_project->consents())
    if (c.recording == m_recording.id)
      m_consents.push_back(std::move(c));
  for (const auto &r : m_project->recordings())
    if (r.id == m_recording.id) {
      m_recording.recordedOn = r.recordedOn;
      m_recording.retainUntil = r.retainUntil;
      m_recording.deletionRequestedOn = r.deletionRequestedOn;
    }
}

Result<Uuid> Workspace::saveConsent(annotate::Consent c) {
  if (!m_identity)
    return Result<Uuid>::fail(Error::of(Problem::NoIdentity));
  c.recording = m_recording.id;
  if (c.recordedBy.empty())
    c.recordedBy = m_identity->name;
  try {
    const auto saved = m_project->saveConsent(std::move(c));
    refreshConsents();
    changed(true);
    return Result<Uuid>::ok(saved.id);
  } catch (...) {
    return Result<Uuid>::fail(currentError());
  }
}

Status Workspace::setRecordingDays(const std::string &recordedOn, const std::string &retainUntil) {
  try {
    auto r = m_recording;
    r.recordedOn = recordedOn;
    r.retainUntil = retainUntil;
    m_project->updateRecording(r);
    refreshConsents();
    changed(true);
    return Status::ok();
  } catch (...) {
    return Status::fail(currentError());
  }
}

annotate::ConsentVerdict Workspace::consentFor(const annotate::ConsentQuery &query) const {
  return annotate::checkConsent({.people = m_participants,
                                 .consents = m_consents,
                                 .recording = m_recording.id,
                                 .recordedOn = annotate::parseCivilDate(m_recording.recordedOn)},
                                query);
}

std::optional<annotate::RetentionAdvice> Workspace::retentionAdvice(const annotate::RetentionRules &rules) const {
  const auto recordedOn = annotate::parseCivilDate(m_recording.recordedOn);
  if (!recordedOn)
    return std::nullopt;
  return annotate::adviseRetention(
      {.people = m_participants, .consents = m_consents, .recording = m_recording.id, .recordedOn = recordedOn},
      *recordedOn, rules);
}

} // namespace spiegel::review
