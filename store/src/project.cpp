// Project: opening, creating, the small entity tables, codebook and audit.
// Tags and ratings: project_tags.cpp; exchange: project_merge.cpp.
#include "audit_chain.hpp"
#include "migrations.hpp"
#include "project_impl.hpp"
#include "spiegel/store/codebook_json.hpp"

#include <chrono>
#include <cstdlib>
#include <filesystem>

#include <pwd.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace spiegel::store {

UnixMillis nowMillis() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

namespace {
// The computer's name for the audit log ("" when it has none).
std::string hostName() {
  char name[256] = {};
  if (gethostname(name, sizeof name - 1) != 0)
    return {};
  return name;
}

// Who, when no reviewer is known (a project made before anyone said their
// name): the account that runs Spiegel, so no audit entry is anonymous.
std::string accountName() {
  if (const char *user = std::getenv("USER"); user != nullptr && *user != '\0')
    return user;
  if (const passwd *pw = getpwuid(getuid()); pw != nullptr && pw->pw_name != nullptr)
    return pw->pw_name;
  return "unknown";
}
} // namespace

Project::Impl::Impl(const std::string &file, sql::Database::Mode mode, const OpenOptions &opts)
    : db(file, mode), options(opts), device(hostName()) {
  // busy_timeout first: the other pragmas may need a lock.
  db.exec(("PRAGMA busy_timeout = " + std::to_string(opts.busyTimeoutMs)).c_str());
  db.exec("PRAGMA foreign_keys = ON");
  db.exec("PRAGMA synchronous = FULL");
  // A project of 100 000 tags is ~25 MB: keep its pages in memory (64 MiB
  // page cache, reads through mmap) so bulk imports and loads do not go back
  // to the OS for every B-tree page.
  db.exec("PRAGMA cache_size = -65536");
  db.exec("PRAGMA mmap_size = 268435456");
  db.exec("PRAGMA temp_store = MEMORY");
  if (opts.maxPages > 0)
    db.exec(("PRAGMA max_page_count = " + std::to_string(opts.maxPages)).c_str());
}

void Project::Impl::requireWritable() {
  if (options.readOnly || db.readOnly())
    throw StoreError(ErrorCode::ReadOnly, db.path(), "the project is open read-only");
}

void Project::Impl::audit(const std::string &action, const std::string &object, const std::string &detail) {
  appendAudit(db, {newUuid(), nowMillis(), actor.empty() ? accountName() : actor, action, object, detail, device});
}

const Codebook &Project::Impl::codebook() {
  sql::Statement st(db, "SELECT updated_at, json FROM codebook LIMIT 1");
  if (!st.step()) {
    codebookCache = Codebook{};
    codebookCacheAt = 0;
    return *codebookCache;
  }
  const UnixMillis at = st.integer(0);
  if (!codebookCache || at != codebookCacheAt) {
    codebookCache = parseCodebook(st.textView(1), db.path() + " (codebook)");
    codebookCacheAt = at;
  }
  return *codebookCache;
}

Context Project::Impl::context() {
  Context ctx;
  ctx.codebook = &codebook();
  sql::Statement rec(db, "SELECT id, duration_us FROM recordings WHERE deleted = 0");
  while (rec.step())
    ctx.recordings.emplace(rec.text(0), rec.integer(1));
  sql::Statement rev(db, "SELECT id FROM reviewers WHERE deleted = 0");
  while (rev.step())
    ctx.reviewers.insert(rev.text(0));
  sql::Statement par(db, "SELECT id FROM participants WHERE deleted = 0");
  while (par.step())
    ctx.participants.insert(par.text(0));
  return ctx;
}

Project::Project(std::unique_ptr<Impl> impl) : m(std::move(impl)) {}
Project::Project(Project &&) noexcept = default;
Project &Project::operator=(Project &&) noexcept = default;
Project::~Project() = default;

Project Project::create(const std::string &path, const NewProject &init, const OpenOptions &options) {
  std::error_code ec;
  if (fs::exists(path, ec))
    throw StoreError(ErrorCode::Io, path, "a file with that name exists already");
  auto impl = std::make_unique<Impl>(path, sql::Database::Mode::Create, options);
  try {
    impl->db.exec("PRAGMA journal_mode = WAL");
    migrate(impl->db);
    impl->actor = init.actor;
    sql::Transaction tx(impl->db);
    const auto now = nowMillis();
    sql::Statement st(impl->db, "INSERT INTO project (id, title, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)");
    st.bind(1, newUuid()).bind(2, init.title).bind(3, now).run();
    sql::Statement cb(impl->db, "INSERT INTO codebook (id, version, json, updated_at) VALUES (?1, ?2, ?3, ?4)");
    cb.bind(1, init.codebook.id).bind(2, init.codebook.version).bind(3, codebookToJson(init.codebook));
    cb.bind(4, now).run();
    impl->audit("create", "project", init.title);
    tx.commit();
  } catch (...) {
    impl.reset();
    fs::remove(path, ec);
    fs::remove(path + "-wal", ec);
    fs::remove(path + "-shm", ec);
    throw;
  }
  return Project(std::move(impl));
}

Project Project::open(const std::string &path, const OpenOptions &options) {
  auto impl = std::make_unique<Impl>(
      path, options.readOnly ? sql::Database::Mode::ReadOnly : sql::Database::Mode::ReadWrite, options);
  const auto version = impl->db.queryInt("PRAGMA user_version"); // NotAProject for non-SQLite files
  if (options.readOnly || impl->db.readOnly()) {
    // Cannot migrate without writing: refuse what we cannot read as-is.
    if (version > latestSchemaVersion())
      throw StoreError(ErrorCode::TooNew, path, "schema version " + std::to_string(version));
    if (version < latestSchemaVersion())
      throw StoreError(version == 0 ? ErrorCode::NotAProject : ErrorCode::ReadOnly, path,
                       "old schema version " + std::to_string(version) + " needs migrating");
  } else {
    migrate(impl->db);
    impl->db.exec("PRAGMA journal_mode = WAL");
  }
  if (impl->db.queryInt("SELECT count(*) FROM project") != 1)
    throw StoreError(ErrorCode::NotAProject, path, "no project row");
  return Project(std::move(impl));
}

const std::string &Project::path() const { return m->db.path(); }

ProjectInfo Project::info() const {
  ProjectInfo info;
  sql::Statement st(m->db,
                    "SELECT id, title, created_at, agreement_tolerance_ms, agreement_unit_ms FROM project LIMIT 1");
  if (st.step()) {
    info.id = st.text(0);
    info.title = st.text(1);
    info.createdAt = st.integer(2);
    info.agreement = {st.integer(3) * 1000, st.integer(4) * 1000};
  }
  info.schemaVersion = static_cast<int>(m->db.queryInt("PRAGMA user_version"));
  return info;
}

void Project::setTitle(const std::string &title) {
  m->write([&] {
    sql::Statement st(m->db, "UPDATE project SET title = ?1, updated_at = ?2");
    st.bind(1, title).bind(2, nowMillis()).run();
    m->audit("edit", "project", "title");
  });
}

void Project::setAgreementSettings(const AgreementSettings &settings) {
  constexpr Micros kHour = 3'600'000'000;
  if (settings.tolerance <= 0 || settings.tolerance > kHour)
    throw StoreError(ErrorCode::BadValue, path(), "tolerance must be above zero", "tolerance");
  if (settings.unit <= 0 || settings.unit > kHour)
    throw StoreError(ErrorCode::BadValue, path(), "unit must be above zero", "unit");
  m->write([&] {
    sql::Statement st(m->db, "UPDATE project SET agreement_tolerance_ms = ?1, agreement_unit_ms = ?2, updated_at = ?3");
    st.bind(1, settings.tolerance / 1000).bind(2, settings.unit / 1000).bind(3, nowMillis()).run();
    m->audit("edit", "project", "agreement settings");
  });
}

void Project::setActor(std::string actor) { m->actor = std::move(actor); }

bool Project::readOnly() const { return m->db.readOnly(); }

bool Project::integrityOk() const { return m->db.queryText("PRAGMA integrity_check") == "ok"; }

// --- recordings

Recording Project::addRecording(Recording r) {
  if (r.id.empty())
    r.id = newUuid();
  if (r.updatedAt == 0)
    r.updatedAt = nowMillis();
  if (r.duration < 0)
    throw StoreError(ErrorCode::BadValue, path(), "negative duration", "duration");
  validateRecordingDays(r, path());
  if (r.relativePath.empty() && !r.path.empty()) {
    std::error_code ec;
    const auto base = fs::absolute(path(), ec).parent_path();
    const auto rel = fs::absolute(r.path, ec).lexically_relative(base);
    r.relativePath = rel.generic_string();
    r.path = fs::absolute(r.path, ec).lexically_normal().string();
  }
  m->write([&] {
    upsert(m->db, Synced<Recording>{r, 0});
    m->audit("create", "recording " + r.id, r.path);
  });
  return r;
}

void Project::updateRecording(Recording r) {
  validateRecordingDays(r, path());
  r.updatedAt = std::max(nowMillis(), r.updatedAt + 1);
  m->write([&] {
    sql::Statement old(m->db, "SELECT base_at FROM recordings WHERE id = ?1");
    old.bind(1, r.id);
    if (!old.step())
      throw StoreError(ErrorCode::BadValue, path(), "no such recording", "recording");
    const auto base = old.integer(0);
    upsert(m->db, Synced<Recording>{r, base});
    m->audit("edit", "recording " + r.id,
             r.path + "; recorded on " + (r.recordedOn.empty() ? "?" : r.recordedOn) + ", keep until " +
                 (r.retainUntil.empty() ? "?" : r.retainUntil));
  });
}

std::vector<Recording> Project::recordings(bool includeDeleted) const {
  return entities<Recording>(m->db, includeDeleted);
}

std::optional<Recording> Project::recording(const Uuid &id) const {
  sql::Statement st(m->db, rowSql<Recording>().selectById);
  st.bind(1, id);
  if (!st.step())
    return std::nullopt;
  return readRow<Recording>(st).value;
}

std::string Project::locateRecording(const Recording &r) const {
  std::error_code ec;
  if (!r.path.empty() && fs::is_regular_file(r.path, ec))
    return r.path;
  if (!r.relativePath.empty()) {
    const auto candidate = (fs::absolute(path(), ec).parent_path() / r.relativePath).lexically_normal();
    if (fs::is_regular_file(candidate, ec))
      return candidate.string();
  }
  return {};
}

// --- participants and reviewers

namespace {

// Saves a participant or reviewer: a new id when it has none, an updated_at
// later than its last one, the base_at it had, and an audit row
// "<kind> <id>" with its label (role or name).
template <class T> T savePerson(Project::Impl &impl, T e, const char *kind, const std::string &(*label)(const T &)) {
  if (e.id.empty())
    e.id = newUuid();
  e.updatedAt = std::max(nowMillis(), e.updatedAt + 1);
  impl.write([&] {
    sql::Statement old(impl.db, "SELECT base_at FROM " + rowSql<T>().table + " WHERE id = ?1");
    old.bind(1, e.id);
    const auto base = old.step() ? old.integer(0) : 0;
    upsert(impl.db, Synced<T>{e, base});
    impl.audit(e.deleted ? "delete" : "edit", std::string(kind) + " " + e.id, label(e));
  });
  return e;
}

// Saves the live entity with `id` as deleted; false when there is none.
template <class T, class Save> bool markDeleted(std::vector<T> live, const Uuid &id, Save save) {
  for (auto &e : live)
    if (e.id == id) {
      e.deleted = true;
      save(e);
      return true;
    }
  return false;
}

} // namespace

Participant Project::saveParticipant(Participant p) {
  validateConsentFacts(p, path());
  return savePerson<Participant>(*m, std::move(p), "participant",
                                 [](const Participant &q) -> const std::string & { return q.role; });
}

void Project::putParticipant(const Participant &p) {
  saveParticipant(p);
}

void Project::deleteParticipant(const Uuid &id) {
  if (!markDeleted(participants(), id, [&](const Participant &p) { saveParticipant(p); }))
    throw StoreError(ErrorCode::BadValue, path(), "no such participant", "participant");
}

std::vector<Participant> Project::participants(bool includeDeleted) const {
  return entities<Participant>(m->db, includeDeleted);
}

Reviewer Project::saveReviewer(Reviewer r) {
  return savePerson<Reviewer>(*m, std::move(r), "reviewer",
                              [](const Reviewer &q) -> const std::string & { return q.name; });
}

void Project::deleteReviewer(const Uuid &id) {
  if (!markDeleted(reviewers(), id, [&](const Reviewer &r) { saveReviewer(r); }))
    throw StoreError(ErrorCode::BadValue, path(), "no such reviewer", "reviewer");
}

std::vector<Reviewer> Project::reviewers(bool includeDeleted) const {
  return entities<Reviewer>(m->db, includeDeleted);
}

// --- codebook and audit

Codebook Project::codebook() const { return m->codebook(); }

void Project::setCodebook(const Codebook &cb) {
  m->write([&] {
    m->db.exec("DELETE FROM codebook");
    sql::Statement st(m->db, "INSERT INTO codebook (id, version, json, updated_at) VALUES (?1, ?2, ?3, ?4)");
    st.bind(1, cb.id).bind(2, cb.version).bind(3, codebookToJson(cb)).bind(4, nowMillis()).run();
    m->audit("edit", "codebook " + cb.id, std::to_string(cb.version));
  });
}

std::vector<AuditEntry> Project::audit() const {
  std::vector<AuditEntry> out;
  sql::Statement st(m->db, "SELECT id, at, actor, action, object, detail, device, hash FROM audit ORDER BY seq");
  while (st.step())
    out.push_back({st.text(0), st.integer(1), st.text(2), st.text(3), st.text(4), st.text(5), st.text(6), st.text(7)});
  return out;
}

AuditCheck Project::verifyAudit() const { return checkAuditChain(m->db); }

void Project::logAudit(const std::string &action, const std::string &object, const std::string &detail) {
  m->write([&] { m->audit(action, object, detail); });
}

} // namespace spiegel::store
