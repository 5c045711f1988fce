// Workspace: recall sessions on this recording — the session, the moments
// it replays and the pauses made in it (annotate/recall.hpp); every change
// one step of the one undo history (workspace.hpp, "recall sessions").
#include "spiegel/review/workspace.hpp"

#include "spiegel/store/uuid.hpp"

#include <algorithm>
#include <unordered_set>

namespace spiegel::review {

using annotate::EditCommand;
using annotate::RecallMoment;
using annotate::RecallPause;
using annotate::RecallSession;

void Workspace::refreshRecall() {
  m_recallSessions.clear();
  m_recallMoments.clear();
  m_recallPauses.clear();
  for (auto &s : m_project->recallSessions()) {
    if (s.recording != m_recording.id)
      continue;
    for (auto &m : m_project->recallMoments(s.id))
      m_recallMoments.push_back(std::move(m));
    for (auto &p : m_project->recallPauses(s.id))
      m_recallPauses.push_back(std::move(p));
    m_recallSessions.push_back(std::move(s));
  }
}

const RecallSession *Workspace::recallSession(const Uuid &id) const {
  for (const auto &s : m_recallSessions)
    if (s.id == id)
      return &s;
  return nullptr;
}

const RecallMoment *Workspace::recallMoment(const Uuid &id) const {
  for (const auto &m : m_recallMoments)
    if (m.id == id)
      return &m;
  return nullptr;
}

const RecallPause *Workspace::recallPause(const Uuid &id) const {
  for (const auto &p : m_recallPauses)
    if (p.id == id)
      return &p;
  return nullptr;
}

std::vector<RecallMoment> Workspace::recallMoments(const Uuid &session) const {
  std::vector<RecallMoment> mine;
  std::copy_if(m_recallMoments.begin(), m_recallMoments.end(), std::back_inserter(mine),
               [&](const RecallMoment &m) { return m.session == session; });
  return annotate::inPlayingOrder(mine);
}

std::vector<RecallPause> Workspace::recallPauses(const Uuid &session) const {
  std::vector<RecallPause> mine;
  std::copy_if(m_recallPauses.begin(), m_recallPauses.end(), std::back_inserter(mine),
               [&](const RecallPause &p) { return p.session == session; });
  return mine;
}

namespace {
Status gone(const char *what) { return Status::fail(Error::of(Problem::RecallGone, what)); }
} // namespace

Result<Uuid> Workspace::newRecallSession(const std::string &title, annotate::Purpose purpose,
                                         const std::string &method) {
  if (auto s = ensureReviewer(); !s)
    return Result<Uuid>::fail(s.error);
  RecallSession s{.id = store::newUuid(),
                  .recording = m_recording.id,
                  .title = title,
                  .purpose = purpose,
                  .method = method,
                  .createdBy = *m_reviewerId};
  s.createdAt = now();
  if (auto done = execute(EditCommand::addRecall(s)); !done)
    return Result<Uuid>::fail(done.error);
  return Result<Uuid>::ok(s.id);
}

Status Workspace::editRecallSession(const RecallSession &after) {
  const auto *before = recallSession(after.id);
  if (before == nullptr)
    return gone("session");
  if (auto s = ensureReviewer(); !s)
    return s;
  if (*before == after)
    return Status::ok();
  RecallSession copy = after;
  copy.recording = before->recording; // a session stays with its recording
  return execute(EditCommand::editRecall(*before, copy));
}

Status Workspace::deleteRecallSession(const Uuid &session) {
  const auto *s = recallSession(session);
  if (s == nullptr)
    return gone("session");
  if (auto ok = ensureReviewer(); !ok)
    return ok;
  return execute(EditCommand::deleteRecall(*s));
}

Result<int> Workspace::addRecallMoments(const Uuid &session, std::vector<RecallMoment> moments) {
  if (recallSession(session) == nullptr)
    return Result<int>::fail(gone("session").error);
  if (auto s = ensureReviewer(); !s)
    return Result<int>::fail(s.error);
  const auto existing = recallMoments(session);
  std::unordered_set<Uuid> tags;
  for (const auto &m : existing)
    if (!m.tag.empty())
      tags.insert(m.tag);
  std::optional<double> last;
  if (!existing.empty())
    last = existing.back().rank;
  std::vector<EditCommand> cmds;
  for (auto &m : moments) {
    if (!m.tag.empty() && !tags.insert(m.tag).second)
      continue;
    m.id = store::newUuid();
    m.session = session;
    m.start = clampTime(m.start);
    m.end = std::max(m.start, clampTime(m.end));
    m.rank = annotate::rankBetween(last, std::nullopt);
    m.createdAt = now();
    last = m.rank;
    cmds.push_back(EditCommand::addRecall(m));
  }
  const int added = static_cast<int>(cmds.size());
  if (added == 0)
    return Result<int>::ok(0);
  if (auto done = execute(std::move(cmds)); !done)
    return Result<int>::fail(done.error);
  return Result<int>::ok(added);
}

Status Workspace::editRecallMoment(const RecallMoment &after) {
  const auto *before = recallMoment(after.id);
  if (before == nullptr)
    return gone("moment");
  if (auto s = ensureReviewer(); !s)
    return s;
  if (*before == after)
    return Status::ok();
  RecallMoment copy = after;
  copy.session = before->session;
  return execute(EditCommand::editRecall(*before, copy));
}

Status Workspace::moveRecallMoment(const Uuid &moment, int direction) {
  const auto *m = recallMoment(moment);
  if (m == nullptr)
    return gone("moment");
  const auto order = recallMoments(m->session);
  const auto at = static_cast<std::ptrdiff_t>(
      std::find_if(order.begin(), order.end(), [&](const RecallMoment &o) { return o.id == moment; }) -
      order.begin());
  const auto size = static_cast<std::ptrdiff_t>(order.size());
  // The two neighbours it lands between.
  const std::ptrdiff_t lo = direction < 0 ? at - 2 : at + 1, hi = direction < 0 ? at - 1 : at + 2;
  if ((direction < 0 && at == 0) || (direction > 0 && at + 1 >= size) || direction == 0)
    return Status::ok();
  const auto rankAt = [&](std::ptrdiff_t i) -> std::optional<double> {
    if (i < 0 || i >= size)
      return std::nullopt;
    return order[static_cast<std::size_t>(i)].rank;
  };
  RecallMoment after = *m;
  after.rank = annotate::rankBetween(rankAt(lo), rankAt(hi));
  return editRecallMoment(after);
}

Status Workspace::removeRecallMoment(const Uuid &moment) {
  const auto *m = recallMoment(moment);
  if (m == nullptr)
    return gone("moment");
  if (auto s = ensureReviewer(); !s)
    return s;
  return execute(EditCommand::deleteRecall(*m));
}

Result<Uuid> Workspace::pauseRecall(const Uuid &session, const Uuid &moment, annotate::Micros at,
                                    annotate::PausedBy by, const std::string &prompt) {
  if (recallSession(session) == nullptr)
    return Result<Uuid>::fail(gone("session").error);
  if (!moment.empty() && recallMoment(moment) == nullptr)
    return Result<Uuid>::fail(gone("moment").error);
  if (auto s = ensureReviewer(); !s)
    return Result<Uuid>::fail(s.error);
  RecallPause p{.id = store::newUuid(),
                .session = session,
                .moment = moment,
                .at = clampTime(at),
                .by = by,
                .prompt = prompt};
  p.createdAt = now();
  if (auto done = execute(EditCommand::addRecall(p)); !done)
    return Result<Uuid>::fail(done.error);
  return Result<Uuid>::ok(p.id);
}

Status Workspace::editRecallPause(const RecallPause &after) {
  const auto *before = recallPause(after.id);
  if (before == nullptr)
    return gone("pause");
  if (auto s = ensureReviewer(); !s)
    return s;
  if (*before == after)
    return Status::ok();
  RecallPause copy = after;
  copy.session = before->session;
  copy.moment = before->moment;
  return execute(EditCommand::editRecall(*before, copy));
}

Status Workspace::deleteRecallPause(const Uuid &pause) {
  const auto *p = recallPause(pause);
  if (p == nullptr)
    return gone("pause");
  if (auto s = ensureReviewer(); !s)
    return s;
  return execute(EditCommand::deleteRecall(*p));
}

annotate::ConsentVerdict Workspace::consentForRecall(const RecallSession &s, annotate::CivilDate today) const {
  return consentFor({.purpose = s.purpose, .today = today});
}

} // namespace spiegel::review
