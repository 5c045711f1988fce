// Project: annotations (tags) and ratings, with their validation.
#include "project_impl.hpp"
#include "spiegel/annotate/validation.hpp"

#include <algorithm>
#include <type_traits>

namespace spiegel::store {

void validateTag(const Annotation &a, const Context &ctx, const std::string &file) {
  const auto rec = ctx.recordings.find(a.recording);
  if (rec == ctx.recordings.end())
    bad(file, "unknown recording " + a.recording, "recording");
  if (auto err = annotate::validateAnnotation(*ctx.codebook, a, rec->second))
    bad(file, err->message.en, err->field);
  if (!a.reviewer.empty() && !ctx.reviewers.contains(a.reviewer))
    bad(file, "unknown reviewer " + a.reviewer, "reviewer");
  for (const auto &p : a.participants)
    if (p != annotate::kFamilySubject && !ctx.participants.contains(p))
      bad(file, "unknown participant " + p, "participants");
}

void validateRatingValue(const Rating &r, const Context &ctx, const std::string &file) {
  if (!ctx.recordings.contains(r.recording))
    bad(file, "unknown recording " + r.recording, "recording");
  if (auto err = annotate::validateRating(*ctx.codebook, r))
    bad(file, err->message.en, err->field);
  if (r.subject != annotate::kFamilySubject && !ctx.participants.contains(r.subject))
    bad(file, "unknown participant " + r.subject, "subject");
  if (!r.reviewer.empty() && !ctx.reviewers.contains(r.reviewer))
    bad(file, "unknown reviewer " + r.reviewer, "reviewer");
}

namespace {

// Marks the live tag or rating `id` deleted: a tombstone with a later
// updated_at, so that a merge carries the deletion. BadValue when there is
// no live one. Runs inside the caller's transaction.
template <class T> Synced<T> tombstone(Project::Impl &m, const std::string &file, const Uuid &id, const char *kind) {
  auto old = findRow<T>(m.db, id);
  if (!old || old->value.deleted)
    throw StoreError(ErrorCode::BadValue, file, std::string("no ") + kind + " with id " + id, "id");
  old->value.deleted = true;
  old->value.updatedAt = std::max(nowMillis(), old->value.updatedAt + 1);
  upsert(m.db, *old);
  return *old;
}
} // namespace

std::optional<Synced<Annotation>> Project::Impl::findAnnotation(const Uuid &id) {
  return findRow<Annotation>(db, id);
}

std::optional<Synced<Rating>> Project::Impl::findRating(const Uuid &id) {
  return findRow<Rating>(db, id);
}

Annotation Project::addAnnotation(Annotation a) { return addAnnotations({std::move(a)}).front(); }

std::vector<Annotation> Project::addAnnotations(std::vector<Annotation> tags) {
  return m->write([&] {
    const Context ctx = m->context();
    const auto now = nowMillis();
    for (auto &a : tags) {
      if (a.id.empty())
        a.id = newUuid();
      if (a.createdAt == 0)
        a.createdAt = now;
      if (a.updatedAt == 0)
        a.updatedAt = now;
      a.deleted = false;
      validateTag(a, ctx, path());
      if (m->findAnnotation(a.id))
        throw StoreError(ErrorCode::BadValue, path(), "an annotation with id " + a.id + " exists already", "id");
      upsert(m->db, Synced<Annotation>{a, 0});
    }
    if (tags.size() == 1)
      m->audit("create", "annotation " + tags.front().id, tags.front().element);
    else
      m->audit("create", "annotations", std::to_string(tags.size()));
    return tags;
  });
}

Annotation Project::updateAnnotation(Annotation a) {
  return m->write([&] {
    const auto old = m->findAnnotation(a.id);
    if (!old || old->value.deleted)
      throw StoreError(ErrorCode::BadValue, path(), "no annotation with id " + a.id, "id");
    a.createdAt = old->value.createdAt;
    a.updatedAt = std::max(nowMillis(), old->value.updatedAt + 1);
    a.deleted = false;
    validateTag(a, m->context(), path());
    upsert(m->db, Synced<Annotation>{a, old->baseAt});
    m->audit("edit", "annotation " + a.id, a.element);
    return a;
  });
}

void Project::deleteAnnotation(const Uuid &id) {
  m->write([&] {
    const auto old = tombstone<Annotation>(*m, path(), id, "annotation");
    m->audit("delete", "annotation " + id, old.value.element);
  });
}

Annotation Project::restoreAnnotation(Annotation a) {
  return m->write([&] {
    const auto old = m->findAnnotation(a.id);
    if (old && !old->value.deleted)
      throw StoreError(ErrorCode::BadValue, path(), "annotation " + a.id + " is not deleted", "id");
    a.deleted = false;
    a.updatedAt = std::max(nowMillis(), old ? old->value.updatedAt + 1 : 0);
    if (a.createdAt == 0)
      a.createdAt = a.updatedAt;
    validateTag(a, m->context(), path());
    upsert(m->db, Synced<Annotation>{a, old ? old->baseAt : 0});
    m->audit("create", "annotation " + a.id, "restored");
    return a;
  });
}

namespace {
// Stores a tag or rating as given (undo and redo put back a stored version):
// its updated_at later than the stored one's, validated unless it is a
// tombstone, audited as a create, edit or delete with `detail`. Runs inside
// the caller's transaction.
template <class T, class Validate, class Detail>
void putRow(Project::Impl &m, T v, const char *kind, Validate validate, Detail detail) {
  const auto old = findRow<T>(m.db, v.id);
  if (old)
    v.updatedAt = std::max(v.updatedAt, old->value.updatedAt + 1);
  else if (v.updatedAt == 0)
    v.updatedAt = nowMillis();
  if constexpr (std::is_same_v<T, Annotation>) // only tags keep when they were first made
    if (v.createdAt == 0)
      v.createdAt = old ? old->value.createdAt : v.updatedAt;
  if (!v.deleted)
    validate(v);
  upsert(m.db, Synced<T>{v, old ? old->baseAt : 0});
  m.audit(v.deleted ? "delete" : old && !old->value.deleted ? "edit" : "create", std::string(kind) + " " + v.id,
          detail(v));
}
} // namespace

void Project::putAnnotation(const Annotation &given) {
  m->write([&] {
    putRow<Annotation>(*m, given, "annotation", [&](const Annotation &a) { validateTag(a, m->context(), path()); },
                       [](const Annotation &a) { return a.element; });
  });
}

void Project::putRating(const Rating &given) {
  m->write([&] {
    putRow<Rating>(*m, given, "rating", [&](const Rating &r) { validateRatingValue(r, m->context(), path()); },
                   [](const Rating &r) { return r.subject + " " + r.element + " " + std::to_string(r.value); });
  });
}

std::optional<Annotation> Project::annotation(const Uuid &id) const {
  auto s = m->findAnnotation(id);
  if (!s)
    return std::nullopt;
  return std::move(s->value);
}

std::vector<Annotation> Project::annotations(bool includeDeleted) const {
  std::vector<Annotation> out;
  out.reserve(static_cast<std::size_t>(m->db.queryInt("SELECT max(rowid) FROM annotations")));
  sql::Statement st(m->db, "SELECT " + rowSql<Annotation>().columns +
                               (includeDeleted ? " FROM annotations" : " FROM annotations WHERE deleted = 0"));
  while (st.step())
    out.push_back(readRow<Annotation>(st).value);
  // Sorting here is cheaper than SQL's temporary B-tree for ORDER BY.
  std::sort(out.begin(), out.end(), [](const Annotation &a, const Annotation &b) {
    return a.start != b.start ? a.start < b.start : a.end != b.end ? a.end < b.end : a.id < b.id;
  });
  return out;
}

std::vector<Annotation> Project::annotationsIn(const Uuid &recordingId, Micros from, Micros to) const {
  // A tag overlaps [from, to] when start <= to and end >= from. With the
  // longest span known, the index on (recording, start_us) bounds the scan
  // to start in [from - longest, to].
  const auto version = m->db.queryInt("PRAGMA data_version");
  if (!m->maxSpan || m->maxSpanVersion != version) {
    m->maxSpan = m->db.queryInt("SELECT coalesce(max(end_us - start_us), 0) FROM annotations");
    m->maxSpanVersion = version;
  }
  static const std::string sqlText = "SELECT " + rowSql<Annotation>().columns +
                                     " FROM annotations WHERE recording = ?1 AND start_us BETWEEN ?2 AND ?3 "
                                     "AND end_us >= ?4 AND deleted = 0 ORDER BY start_us";
  auto &st = m->db.cached(sqlText.c_str()); // static: a stable cache key
  st.bind(1, recordingId).bind(2, from - *m->maxSpan).bind(3, to).bind(4, from);
  std::vector<Annotation> out;
  while (st.step())
    out.push_back(readRow<Annotation>(st).value);
  return out;
}

std::int64_t Project::annotationCount() const {
  return m->db.queryInt("SELECT count(*) FROM annotations WHERE deleted = 0");
}

Rating Project::setRating(Rating r) {
  return m->write([&] {
    const Context ctx = m->context();
    UnixMillis base = 0;
    UnixMillis previous = 0;
    if (r.id.empty()) {
      sql::Statement st(m->db, "SELECT id, updated_at, base_at FROM ratings WHERE recording = ?1 AND "
                               "coalesce(reviewer, '') = ?2 AND subject = ?3 AND element = ?4 AND deleted = 0");
      st.bind(1, r.recording).bind(2, r.reviewer).bind(3, r.subject).bind(4, r.element);
      if (st.step()) {
        r.id = st.text(0);
        previous = st.integer(1);
        base = st.integer(2);
      } else {
        r.id = newUuid();
      }
    } else if (auto old = m->findRating(r.id)) {
      previous = old->value.updatedAt;
      base = old->baseAt;
    }
    r.deleted = false;
    r.updatedAt = std::max(nowMillis(), previous + 1);
    validateRatingValue(r, ctx, path());
    upsert(m->db, Synced<Rating>{r, base});
    m->audit(previous == 0 ? "create" : "edit", "rating " + r.id,
             r.subject + " " + r.element + " " + std::to_string(r.value));
    return r;
  });
}

void Project::deleteRating(const Uuid &id) {
  m->write([&] {
    (void)tombstone<Rating>(*m, path(), id, "rating");
    m->audit("delete", "rating " + id);
  });
}

std::vector<Rating> Project::ratings(bool includeDeleted) const {
  return entities<Rating>(m->db, includeDeleted);
}

} // namespace spiegel::store
