// Workspace: the coding round on the open recording — start, reveal, and the
// freeze of a revealed reviewer's coding in a blind round.
#include "spiegel/review/workspace.hpp"

#include "spiegel/annotate/validation.hpp"

#include <algorithm>

namespace spiegel::review {

const annotate::CodingRound *Workspace::round() const { return annotate::activeRound(m_rounds, m_recording.id); }

void Workspace::refreshView() {
  const Uuid me = m_identity ? m_identity->id : Uuid();
  m_view = annotate::RoundView(round(), m_reveals, m_allReviewers, me);
  m_reviewers.clear();
  for (const auto &r : m_allReviewers)
    if (m_view.shows(r.id) || (!me.empty() && r.profile == me))
      m_reviewers.push_back(r);
}

Status Workspace::mayStillCode() const {
  if (m_view.blind() && m_view.status().iRevealed)
    return Status::fail(Error::of(Problem::RevealedFinal));
  return Status::ok();
}

Status Workspace::startRound(bool blind, const std::vector<std::string> &memberNames) {
  if (round() != nullptr)
    return Status::fail(Error::of(Problem::RoundRunning));
  if (auto s = ensureReviewer(); !s)
    return s;
  try {
    annotate::CodingRound r;
    r.recording = m_recording.id;
    r.blind = blind;
    r.startedBy = m_identity->id;
    r.startedByName = m_identity->name;
    for (const auto &typed : memberNames) {
      const auto name = annotate::trimmed(typed);
      if (name.empty())
        continue;
      annotate::RoundMember m{name, {}};
      // A name that one profile in the project carries is that profile; two
      // people of one name stay a name, matched when their work arrives.
      int carriers = 0;
      for (const auto &rev : m_allReviewers)
        if (rev.name == name && !rev.profile.empty() && !annotate::isConsensus(rev)) {
          m.profile = rev.profile;
          ++carriers;
        }
      if (carriers != 1)
        m.profile.clear();
      if (std::find(r.members.begin(), r.members.end(), m) == r.members.end())
        r.members.push_back(std::move(m));
    }
    m_project->saveRound(r);
    m_lastSavedAt = now();
    return reload();
  } catch (...) {
    return failAndReload();
  }
}

Status Workspace::reveal() {
  const auto *r = round();
  if (r == nullptr)
    return Status::fail(Error::of(Problem::NoRound));
  if (m_view.status().iRevealed)
    return Status::ok();
  if (auto s = ensureReviewer(); !s)
    return s;
  try {
    m_project->addReveal({.round = r->id, .profile = m_identity->id, .reviewer = *m_reviewerId});
    m_lastSavedAt = now();
    m_undo.clear(); // nothing of the coding before the reveal may be undone after it
    return reload();
  } catch (...) {
    return failAndReload();
  }
}

} // namespace spiegel::review
