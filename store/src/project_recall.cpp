// Project: stimulated-recall and intervision sessions, their moments and
// pauses (issue #14 §1).
#include "project_impl.hpp"

#include "spiegel/annotate/civil_date.hpp"

#include <algorithm>

namespace spiegel::store {

using annotate::RecallMoment;
using annotate::RecallPause;
using annotate::RecallSession;

namespace {
constexpr Micros kMaxRoll = 60'000'000; // a longer lead-in is a typo: it hides the moment
constexpr int kMaxMinutes = 24 * 60;

// The session `id`, a tombstone too (a merge may bring a moment of a
// session deleted here); BadValue "session" when there is none.
RecallSession sessionRow(sql::Database &db, const Uuid &id, const std::string &file) {
  const auto s = findRow<RecallSession>(db, id);
  if (!s)
    bad(file, "no recall session " + id, "session");
  return s->value;
}

void requireLiveSession(sql::Database &db, const Uuid &id, const std::string &file) {
  if (sessionRow(db, id, file).deleted)
    bad(file, "recall session " + id + " is deleted", "session");
}

} // namespace

void validateRecallSession(const RecallSession &s, const Context &ctx, const std::string &file) {
  if (s.deleted)
    return;
  if (!ctx.recordings.contains(s.recording))
    bad(file, "no such recording", "recording");
  if (!s.createdBy.empty() && !ctx.reviewers.contains(s.createdBy))
    bad(file, "unknown reviewer " + s.createdBy, "createdBy");
  if (!s.heldOn.empty() && !annotate::parseCivilDate(s.heldOn))
    bad(file, "not a day (YYYY-MM-DD): " + s.heldOn, "heldOn");
  if (s.minutes < 0 || s.minutes > kMaxMinutes)
    bad(file, "a session lasts 0 to 1440 minutes", "minutes");
}

void validateRecallMoment(sql::Database &db, const RecallMoment &m, const Context &ctx, const std::string &file) {
  if (m.deleted)
    return;
  const RecallSession s = sessionRow(db, m.session, file);
  if (!m.tag.empty()) {
    const auto tag = findRow<Annotation>(db, m.tag);
    if (!tag || tag->value.recording != s.recording)
      bad(file, "no tag " + m.tag + " on this recording", "tag");
  }
  const auto rec = ctx.recordings.find(s.recording);
  const Micros duration = rec != ctx.recordings.end() ? rec->second : 0;
  if (m.start < 0 || m.end < m.start || (duration > 0 && m.end > duration))
    bad(file, "the moment must lie inside the recording, its end not before its start", "end");
  if (m.preRoll < 0 || m.preRoll > kMaxRoll)
    bad(file, "a pre-roll is 0 to 60 seconds", "preRoll");
  if (m.postRoll < 0 || m.postRoll > kMaxRoll)
    bad(file, "a post-roll is 0 to 60 seconds", "postRoll");
}

void validateRecallPause(sql::Database &db, const RecallPause &p, const std::string &file) {
  if (p.deleted)
    return;
  (void)sessionRow(db, p.session, file);
  if (!p.moment.empty()) {
    const auto m = findRow<RecallMoment>(db, p.moment);
    if (!m || m->value.session != p.session)
      bad(file, "no moment " + p.moment + " in this session", "moment");
  }
  if (p.at < 0)
    bad(file, "a pause lies inside the recording", "at");
}

RecallSession Project::saveRecallSession(RecallSession s) {
  if (s.id.empty())
    s.id = newUuid();
  return m->write([&] {
    validateRecallSession(s, m->context(), path());
    const std::string detail = std::string(annotate::purposeKey(s.purpose)) +
                               (s.method.empty() ? "" : ", method " + s.method) + ", recording " + s.recording;
    s.updatedAt = 0; // stamped now
    return saveVersion(*m, std::move(s), "recall session", detail);
  });
}

std::vector<RecallSession> Project::recallSessions(bool includeDeleted) const {
  return entities<RecallSession>(m->db, includeDeleted);
}

RecallMoment Project::saveRecallMoment(RecallMoment rm) {
  if (rm.id.empty())
    rm.id = newUuid();
  return m->write([&] {
    validateRecallMoment(m->db, rm, m->context(), path());
    if (!rm.deleted)
      requireLiveSession(m->db, rm.session, path());
    const std::string detail = "in session " + rm.session + (rm.tag.empty() ? "" : ", tag " + rm.tag);
    rm.updatedAt = 0;
    return saveVersion(*m, std::move(rm), "recall moment", detail);
  });
}

std::vector<RecallMoment> Project::recallMoments(const Uuid &session, bool includeDeleted) const {
  return entitiesWhere<RecallMoment>(m->db, "session", session, includeDeleted);
}

RecallPause Project::saveRecallPause(RecallPause p) {
  if (p.id.empty())
    p.id = newUuid();
  return m->write([&] {
    validateRecallPause(m->db, p, path());
    if (!p.deleted)
      requireLiveSession(m->db, p.session, path());
    const std::string detail = "in session " + p.session + ", paused by " + std::string(annotate::pausedByKey(p.by)) +
                               (p.audio.empty() ? "" : ", spoken answer");
    p.updatedAt = 0;
    return saveVersion(*m, std::move(p), "recall pause", detail);
  });
}

std::vector<RecallPause> Project::recallPauses(const Uuid &session, bool includeDeleted) const {
  return entitiesWhere<RecallPause>(m->db, "session", session, includeDeleted);
}

} // namespace spiegel::store
