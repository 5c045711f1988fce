// Reading and writing one row of each entity table. Enum columns store
// small integers: valence 1 / -1, participant kind 0 family member /
// 1 professional, reviewer role 0 trainee / 1 peer / 2 trainer.
#include "project_impl.hpp"

namespace spiegel::store {

const char *const kAnnotationColumns =
    "id, recording, reviewer, start_us, end_us, element, indicator, valence, participants, note, "
    "created_at, updated_at, base_at, deleted";
const char *const kRatingColumns =
    "id, recording, reviewer, subject, element, value, rationale, updated_at, base_at, deleted";
const char *const kRecordingColumns =
    "id, path, relative_path, fingerprint, duration_us, title, updated_at, base_at, deleted";
const char *const kParticipantColumns = "id, role, alias, colour, kind, updated_at, base_at, deleted";
const char *const kReviewerColumns = "id, name, role, colour, updated_at, base_at, deleted";

std::string joinIds(const std::vector<Uuid> &ids) {
  std::string out;
  for (const auto &id : ids) {
    if (!out.empty())
      out += ',';
    out += id;
  }
  return out;
}

std::vector<Uuid> splitIds(std::string_view text) {
  std::vector<Uuid> out;
  while (!text.empty()) {
    const auto comma = text.find(',');
    out.emplace_back(text.substr(0, comma));
    if (comma == std::string_view::npos)
      break;
    text.remove_prefix(comma + 1);
  }
  return out;
}

namespace {
void bindReviewer(sql::Statement &st, int index, const Uuid &reviewer) {
  if (reviewer.empty())
    st.bindNull(index);
  else
    st.bind(index, reviewer);
}
} // namespace

Synced<Annotation> readAnnotation(const sql::Statement &st) {
  Synced<Annotation> s;
  auto &a = s.value;
  a.id = st.text(0);
  a.recording = st.text(1);
  a.reviewer = st.text(2);
  a.start = st.integer(3);
  a.end = st.integer(4);
  a.element = st.text(5);
  a.indicator = st.optText(6);
  a.valence = st.integer(7) < 0 ? annotate::Valence::Negative : annotate::Valence::Positive;
  a.participants = splitIds(st.textView(8));
  a.note = st.text(9);
  a.createdAt = st.integer(10);
  a.updatedAt = st.integer(11);
  s.baseAt = st.integer(12);
  a.deleted = st.integer(13) != 0;
  return s;
}

void upsert(sql::Database &db, const Synced<Annotation> &s) {
  const auto &a = s.value;
  auto &st = db.cached("INSERT INTO annotations (id, recording, reviewer, start_us, end_us, element, indicator, "
                        "valence, participants, note, created_at, updated_at, base_at, deleted) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14) "
                        "ON CONFLICT(id) DO UPDATE SET recording = ?2, reviewer = ?3, start_us = ?4, end_us = ?5, "
                        "element = ?6, indicator = ?7, valence = ?8, participants = ?9, note = ?10, "
                        "created_at = ?11, updated_at = ?12, base_at = ?13, deleted = ?14");
  st.bind(1, a.id).bind(2, a.recording);
  bindReviewer(st, 3, a.reviewer);
  st.bind(4, a.start).bind(5, a.end).bind(6, a.element).bind(7, a.indicator);
  st.bind(8, a.valence == annotate::Valence::Negative ? -1 : 1);
  st.bind(9, joinIds(a.participants)).bind(10, a.note).bind(11, a.createdAt).bind(12, a.updatedAt);
  st.bind(13, s.baseAt).bind(14, a.deleted);
  st.run();
}

Synced<Rating> readRating(const sql::Statement &st) {
  Synced<Rating> s;
  auto &r = s.value;
  r.id = st.text(0);
  r.recording = st.text(1);
  r.reviewer = st.text(2);
  r.subject = st.text(3);
  r.element = st.text(4);
  r.value = st.int32(5);
  r.rationale = st.text(6);
  r.updatedAt = st.integer(7);
  s.baseAt = st.integer(8);
  r.deleted = st.integer(9) != 0;
  return s;
}

void upsert(sql::Database &db, const Synced<Rating> &s) {
  const auto &r = s.value;
  auto &st = db.cached("INSERT INTO ratings (id, recording, reviewer, subject, element, value, rationale, "
                        "updated_at, base_at, deleted) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
                        "ON CONFLICT(id) DO UPDATE SET recording = ?2, reviewer = ?3, subject = ?4, element = ?5, "
                        "value = ?6, rationale = ?7, updated_at = ?8, base_at = ?9, deleted = ?10");
  st.bind(1, r.id).bind(2, r.recording);
  bindReviewer(st, 3, r.reviewer);
  st.bind(4, r.subject).bind(5, r.element).bind(6, r.value).bind(7, r.rationale).bind(8, r.updatedAt);
  st.bind(9, s.baseAt).bind(10, r.deleted);
  st.run();
}

Synced<Recording> readRecording(const sql::Statement &st) {
  Synced<Recording> s;
  auto &r = s.value;
  r.id = st.text(0);
  r.path = st.text(1);
  r.relativePath = st.text(2);
  r.fingerprint = st.text(3);
  r.duration = st.integer(4);
  r.title = st.text(5);
  r.updatedAt = st.integer(6);
  s.baseAt = st.integer(7);
  r.deleted = st.integer(8) != 0;
  return s;
}

void upsert(sql::Database &db, const Synced<Recording> &s) {
  const auto &r = s.value;
  auto &st = db.cached("INSERT INTO recordings (id, path, relative_path, fingerprint, duration_us, title, "
                        "updated_at, base_at, deleted) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
                        "ON CONFLICT(id) DO UPDATE SET path = ?2, relative_path = ?3, fingerprint = ?4, "
                        "duration_us = ?5, title = ?6, updated_at = ?7, base_at = ?8, deleted = ?9");
  st.bind(1, r.id).bind(2, r.path).bind(3, r.relativePath).bind(4, r.fingerprint).bind(5, r.duration);
  st.bind(6, r.title).bind(7, r.updatedAt).bind(8, s.baseAt).bind(9, r.deleted);
  st.run();
}

Synced<Participant> readParticipant(const sql::Statement &st) {
  Synced<Participant> s;
  auto &p = s.value;
  p.id = st.text(0);
  p.role = st.text(1);
  p.alias = st.text(2);
  p.colour = st.text(3);
  p.kind = st.integer(4) == 1 ? annotate::ParticipantKind::Professional : annotate::ParticipantKind::FamilyMember;
  p.updatedAt = st.integer(5);
  s.baseAt = st.integer(6);
  p.deleted = st.integer(7) != 0;
  return s;
}

void upsert(sql::Database &db, const Synced<Participant> &s) {
  const auto &p = s.value;
  auto &st = db.cached("INSERT INTO participants (id, role, alias, colour, kind, updated_at, base_at, deleted) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT(id) DO UPDATE SET role = ?2, "
                        "alias = ?3, colour = ?4, kind = ?5, updated_at = ?6, base_at = ?7, deleted = ?8");
  st.bind(1, p.id).bind(2, p.role).bind(3, p.alias).bind(4, p.colour);
  st.bind(5, p.kind == annotate::ParticipantKind::Professional ? 1 : 0);
  st.bind(6, p.updatedAt).bind(7, s.baseAt).bind(8, p.deleted);
  st.run();
}

Synced<Reviewer> readReviewer(const sql::Statement &st) {
  Synced<Reviewer> s;
  auto &r = s.value;
  r.id = st.text(0);
  r.name = st.text(1);
  const auto role = st.integer(2);
  r.role = role == 2 ? annotate::ReviewerRole::Trainer
                     : role == 1 ? annotate::ReviewerRole::Peer : annotate::ReviewerRole::Trainee;
  r.colour = st.text(3);
  r.updatedAt = st.integer(4);
  s.baseAt = st.integer(5);
  r.deleted = st.integer(6) != 0;
  return s;
}

void upsert(sql::Database &db, const Synced<Reviewer> &s) {
  const auto &r = s.value;
  auto &st = db.cached("INSERT INTO reviewers (id, name, role, colour, updated_at, base_at, deleted) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(id) DO UPDATE SET name = ?2, "
                        "role = ?3, colour = ?4, updated_at = ?5, base_at = ?6, deleted = ?7");
  st.bind(1, r.id).bind(2, r.name);
  st.bind(3, r.role == annotate::ReviewerRole::Trainer ? 2 : r.role == annotate::ReviewerRole::Peer ? 1 : 0);
  st.bind(4, r.colour).bind(5, r.updatedAt).bind(6, s.baseAt).bind(7, r.deleted);
  st.run();
}

} // namespace spiegel::store
