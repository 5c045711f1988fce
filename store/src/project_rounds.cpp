// Project: coding rounds and their reveals.
#include "project_impl.hpp"

#include <algorithm>

namespace spiegel::store {

CodingRound Project::saveRound(CodingRound r) {
  if (r.id.empty())
    r.id = newUuid();
  const auto now = nowMillis();
  if (r.startedAt == 0)
    r.startedAt = now;
  r.updatedAt = std::max(now, r.updatedAt + 1);
  m->write([&] {
    if (!m->context().recordings.contains(r.recording))
      throw StoreError(ErrorCode::BadValue, path(), "no such recording", "recording");
    const bool had = upsertNextVersion(m->db, r);
    m->audit(r.deleted ? "delete" : had ? "edit" : "create", "round " + r.id,
             std::string(r.blind ? "blind" : "open") + ", " + std::to_string(r.members.size()) + " members");
  });
  return r;
}

std::vector<CodingRound> Project::rounds(bool includeDeleted) const {
  return entities<CodingRound>(m->db, includeDeleted);
}

Reveal Project::addReveal(Reveal r) {
  if (r.profile.empty())
    throw StoreError(ErrorCode::BadValue, path(), "a reveal needs a profile", "profile");
  r.deleted = false;
  return m->write([&] {
    const auto rounds = entities<CodingRound>(m->db, false);
    if (std::none_of(rounds.begin(), rounds.end(), [&](const CodingRound &c) { return c.id == r.round; }))
      throw StoreError(ErrorCode::BadValue, path(), "no such round", "round");
    if (!r.reviewer.empty() && !m->context().reviewers.contains(r.reviewer))
      throw StoreError(ErrorCode::BadValue, path(), "no such reviewer", "reviewer");
    for (const auto &old : entities<Reveal>(m->db, true))
      if (old.round == r.round && old.profile == r.profile)
        return old;
    if (r.id.empty())
      r.id = newUuid();
    const auto now = nowMillis();
    if (r.at == 0)
      r.at = now;
    r.updatedAt = std::max(now, r.updatedAt);
    upsert(m->db, Synced<Reveal>{r, 0});
    m->audit("reveal", "round " + r.round, "profile " + r.profile);
    return r;
  });
}

std::vector<Reveal> Project::reveals() const { return entities<Reveal>(m->db, true); }

} // namespace spiegel::store
