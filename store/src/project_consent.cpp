// Project: consent records (issue #13 §1) and the checks on the consent
// facts of participants and recordings.
#include "project_impl.hpp"

#include <algorithm>

namespace spiegel::store {

namespace {
using annotate::parseCivilDate;

void requireDay(const std::string &text, bool needed, const std::string &file, const char *field) {
  if (text.empty() && !needed)
    return;
  if (!parseCivilDate(text))
    throw StoreError(ErrorCode::BadValue, file,
                     text.empty() ? "a day is needed (YYYY-MM-DD)" : "not a day (YYYY-MM-DD): " + text, field);
}
} // namespace

void validateConsent(const Consent &c, const Context &ctx, const std::string &file) {
  if (c.deleted)
    return;
  if (!ctx.recordings.contains(c.recording))
    throw StoreError(ErrorCode::BadValue, file, "no such recording", "recording");
  if (!ctx.participants.contains(c.person))
    throw StoreError(ErrorCode::BadValue, file, "no such participant", "person");
  if (!ctx.participants.contains(c.party))
    throw StoreError(ErrorCode::BadValue, file, "no such participant", "party");
  requireDay(c.givenOn, false, file, "givenOn");
  requireDay(c.expires, false, file, "expires");
  requireDay(c.withdrawnOn, c.state == annotate::ConsentState::Withdrawn, file, "withdrawnOn");
}

void validateConsentFacts(const Participant &p, const std::string &file) {
  if (p.birthYear != 0 && (p.birthYear < 1900 || p.birthYear > 2999))
    throw StoreError(ErrorCode::BadValue, file, "birth year out of range: " + std::to_string(p.birthYear),
                     "birthYear");
  if (std::find(p.custodians.begin(), p.custodians.end(), p.id) != p.custodians.end())
    throw StoreError(ErrorCode::BadValue, file, "a person cannot hold custody over themselves", "custodians");
  requireDay(p.custodyCheckedOn, false, file, "custodyCheckedOn");
}

void validateRecordingDays(const Recording &r, const std::string &file) {
  requireDay(r.recordedOn, false, file, "recordedOn");
  requireDay(r.retainUntil, false, file, "retainUntil");
  requireDay(r.deletionRequestedOn, false, file, "deletionRequestedOn");
}

Consent Project::saveConsent(Consent c) {
  if (c.id.empty())
    c.id = newUuid();
  c.updatedAt = std::max(nowMillis(), c.updatedAt + 1);
  m->write([&] {
    validateConsent(c, m->context(), path());
    const bool had = upsertNextVersion(m->db, c);
    const std::string what = std::string(annotate::purposeKey(c.purpose)) + " " +
                             std::string(annotate::consentStateKey(c.state)) + ", person " + c.person +
                             ", party " + c.party;
    if (c.state == annotate::ConsentState::Withdrawn && !c.deleted) {
      // Withdrawal asks for the recording (and what was made of it) to go.
      sql::Statement mark(m->db, "UPDATE recordings SET deletion_requested_on = ?2, updated_at = max(updated_at + 1, ?3) "
                                 "WHERE id = ?1 AND deletion_requested_on = ''");
      mark.bind(1, c.recording).bind(2, c.withdrawnOn).bind(3, nowMillis()).run();
      m->audit("withdraw", "consent " + c.id, what + "; recording " + c.recording + " marked for deletion");
    } else {
      m->audit(c.deleted ? "delete" : had ? "edit" : "create", "consent " + c.id, what);
    }
  });
  return c;
}

std::vector<Consent> Project::consents(bool includeDeleted) const {
  return entities<Consent>(m->db, includeDeleted);
}

} // namespace spiegel::store
