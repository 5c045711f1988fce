#include "sqlite.hpp"

#include <sqlite3.h>

#include <filesystem>

namespace spiegel::store::sql {

namespace {
ErrorCode codeFor(int rc) {
  switch (rc & 0xff) {
  case SQLITE_NOTADB: return ErrorCode::NotAProject;
  case SQLITE_CORRUPT: return ErrorCode::Corrupt;
  case SQLITE_READONLY: return ErrorCode::ReadOnly;
  case SQLITE_BUSY:
  case SQLITE_LOCKED: return ErrorCode::Busy;
  case SQLITE_FULL: return ErrorCode::DiskFull;
  case SQLITE_CONSTRAINT: return ErrorCode::BadValue;
  case SQLITE_PERM: return ErrorCode::ReadOnly;
  case SQLITE_CANTOPEN: return ErrorCode::CannotOpen;
  case SQLITE_IOERR: return ErrorCode::DiskIo;
  default: return ErrorCode::Io;
  }
}
} // namespace

Database::Database(std::string path, Mode mode) : m_path(std::move(path)) {
  std::error_code ec;
  if (mode != Mode::Create && !std::filesystem::exists(m_path, ec))
    throw StoreError(ErrorCode::NotFound, m_path, "no such file");
  if (mode != Mode::Create && std::filesystem::is_directory(m_path, ec))
    throw StoreError(ErrorCode::NotAProject, m_path, "is a folder");
  int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
  flags |= mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
  if (mode == Mode::Create)
    flags |= SQLITE_OPEN_CREATE;
  openAs(m_path, flags);
  if (mode != Mode::Create && readOnly() && !canReadWal())
    openAs(immutableUri(m_path), SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE | SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
}

void Database::openAs(const std::string &name, int flags) {
  sqlite3_close_v2(m_db);
  m_db = nullptr;
  const int rc = sqlite3_open_v2(name.c_str(), &m_db, flags, nullptr);
  if (rc != SQLITE_OK) {
    const std::string msg = m_db != nullptr ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
    sqlite3_close_v2(m_db);
    m_db = nullptr;
    throw StoreError(codeFor(rc), m_path, msg);
  }
  sqlite3_extended_result_codes(m_db, 1);
}

// A read-only connection to a WAL project needs the -shm index beside it.
// In a folder we may not write (a share, a write-protected stick, a mail
// attachment folder) SQLite cannot make one and every read fails
// (SQLITE_READONLY_CANTINIT, or CANTOPEN). Then, when no -wal file lies
// there, nothing can be newer than the main file, and it is read as
// `immutable` (no locks, no WAL), which SQLite documents for read-only media.
// With a -wal file the failure stands: reading past it could show stale tags.
bool Database::canReadWal() {
  const int rc = sqlite3_exec(m_db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
  if (rc == SQLITE_OK || ((rc & 0xff) != SQLITE_READONLY && (rc & 0xff) != SQLITE_CANTOPEN))
    return true; // readable, or a failure the immutable form would not mend (NotAProject, Corrupt…)
  std::error_code ec;
  return std::filesystem::exists(m_path + "-wal", ec) || ec;
}

// "file:" URI of a path, with the characters URIs reserve escaped.
std::string Database::immutableUri(const std::string &path) {
  std::string uri = "file:";
  for (const char c : path) {
    if (c == '%' || c == '?' || c == '#') {
      constexpr char kHex[] = "0123456789ABCDEF";
      const auto u = static_cast<unsigned char>(c);
      uri += '%';
      uri += kHex[u >> 4];
      uri += kHex[u & 0xF];
    } else {
      uri += c;
    }
  }
  return uri + "?immutable=1";
}

Database::~Database() {
  m_cache.clear(); // finalize cached statements before closing
  sqlite3_close_v2(m_db);
}

Statement &Database::cached(const char *sqlText) {
  auto &slot = m_cache[sqlText];
  if (!slot)
    slot = std::make_unique<Statement>(*this, sqlText);
  else
    slot->reset();
  return *slot;
}

void Database::raise(int rc, std::string_view what) const {
  std::string detail(what);
  detail += ": ";
  detail += m_db != nullptr ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
  throw StoreError(codeFor(rc), m_path, detail);
}

void Database::exec(const char *sqlText) {
  char *err = nullptr;
  const int rc = sqlite3_exec(m_db, sqlText, nullptr, nullptr, &err);
  if (rc != SQLITE_OK) {
    std::string msg = err != nullptr ? err : sqlite3_errstr(rc);
    sqlite3_free(err);
    throw StoreError(codeFor(rc), m_path, msg);
  }
}

std::int64_t Database::queryInt(const char *sqlText) {
  Statement st(*this, sqlText);
  return st.step() ? st.integer(0) : 0;
}

std::string Database::queryText(const char *sqlText) {
  Statement st(*this, sqlText);
  return st.step() ? st.text(0) : std::string();
}

bool Database::readOnly() const { return sqlite3_db_readonly(m_db, "main") == 1; }

std::int64_t Database::changes() const { return sqlite3_changes64(m_db); }

Statement::Statement(Database &db, std::string_view sqlText) : m_db(db) {
  const int rc = sqlite3_prepare_v3(db.handle(), sqlText.data(), static_cast<int>(sqlText.size()),
                                    SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
  if (rc != SQLITE_OK)
    db.raise(rc, "prepare");
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

Statement &Statement::bind(int index, std::int64_t v) {
  if (const int rc = sqlite3_bind_int64(m_stmt, index, v); rc != SQLITE_OK)
    m_db.raise(rc, "bind");
  return *this;
}

Statement &Statement::bind(int index, double v) {
  if (const int rc = sqlite3_bind_double(m_stmt, index, v); rc != SQLITE_OK)
    m_db.raise(rc, "bind");
  return *this;
}

Statement &Statement::bind(int index, std::string_view v) {
  // SQLITE_TRANSIENT: SQLite copies the text, so temporaries are fine.
  if (const int rc = sqlite3_bind_text64(m_stmt, index, v.data(), v.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
      rc != SQLITE_OK)
    m_db.raise(rc, "bind");
  return *this;
}

Statement &Statement::bind(int index, const std::optional<std::string> &v) {
  return v ? bind(index, std::string_view(*v)) : bindNull(index);
}

Statement &Statement::bindNull(int index) {
  if (const int rc = sqlite3_bind_null(m_stmt, index); rc != SQLITE_OK)
    m_db.raise(rc, "bind");
  return *this;
}

bool Statement::step() {
  const int rc = sqlite3_step(m_stmt);
  if (rc == SQLITE_ROW)
    return true;
  if (rc == SQLITE_DONE)
    return false;
  sqlite3_reset(m_stmt);
  m_db.raise(rc, "step");
}

void Statement::run() {
  while (step()) {
  }
}

void Statement::reset() {
  sqlite3_reset(m_stmt);
  sqlite3_clear_bindings(m_stmt);
}

std::int64_t Statement::integer(int col) const { return sqlite3_column_int64(m_stmt, col); }
double Statement::real(int col) const { return sqlite3_column_double(m_stmt, col); }
bool Statement::isNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }

std::string_view Statement::textView(int col) const {
  const auto *p = sqlite3_column_text(m_stmt, col);
  if (p == nullptr)
    return {};
  return {reinterpret_cast<const char *>(p), static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, col))};
}

std::string Statement::text(int col) const { return std::string(textView(col)); }

std::optional<std::string> Statement::optText(int col) const {
  if (isNull(col))
    return std::nullopt;
  return text(col);
}

Transaction::Transaction(Database &db) : m_db(db) { m_db.exec("BEGIN IMMEDIATE"); }

Transaction::~Transaction() {
  if (!m_done)
    sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
  m_db.exec("COMMIT");
  m_done = true;
}

} // namespace spiegel::store::sql
