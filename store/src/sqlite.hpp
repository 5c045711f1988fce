#pragma once
// A thin RAII wrapper over the SQLite C API, private to store/.
//   Database db(path, Database::Mode::ReadWrite);
//   Transaction tx(db);                       // BEGIN IMMEDIATE
//   Statement st(db, "INSERT INTO t(a) VALUES (?1)");
//   st.bind(1, value); st.run();
//   tx.commit();                              // rolls back unless committed
// Values are always bound, never pasted into SQL text. Every failing call
// throws StoreError with a code mapped from the SQLite result code.
#include "spiegel/store/error.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace spiegel::store::sql {

class Statement;

class Database {
public:
  enum class Mode { ReadOnly, ReadWrite, Create };
  // Opens (or creates) the file; throws StoreError (NotFound, NotAProject,
  // ReadOnly, Io). A file this process may not write is opened read-only,
  // also in a folder where SQLite cannot keep its WAL index (see
  // canReadWal). Not thread-safe: one Database per thread.
  Database(std::string path, Mode mode);
  ~Database();
  Database(const Database &) = delete;
  Database &operator=(const Database &) = delete;

  // Runs one or more statements without parameters (DDL, PRAGMA).
  void exec(const char *sqlText);
  [[nodiscard]] std::int64_t queryInt(const char *sqlText);
  [[nodiscard]] std::string queryText(const char *sqlText);
  [[nodiscard]] sqlite3 *handle() const { return m_db; }
  [[nodiscard]] const std::string &path() const { return m_path; }
  [[nodiscard]] bool readOnly() const;
  [[nodiscard]] std::int64_t changes() const;

  // Throws the StoreError that matches SQLite result `rc` (extended codes
  // allowed), naming this database's file.
  [[noreturn]] void raise(int rc, std::string_view what) const;

  // A prepared statement kept for the connection's life, keyed by the
  // address of `sqlText` (pass a string literal / constant), reset and with
  // bindings cleared. Only for statements that are run to the end.
  [[nodiscard]] Statement &cached(const char *sqlText);

private:
  void openAs(const std::string &name, int flags); // (re)opens m_db; throws StoreError
  [[nodiscard]] bool canReadWal();
  [[nodiscard]] static std::string immutableUri(const std::string &path);

  sqlite3 *m_db = nullptr;
  std::string m_path;
  std::unordered_map<const char *, std::unique_ptr<Statement>> m_cache;
};

class Statement {
public:
  Statement(Database &db, std::string_view sqlText);
  ~Statement();
  Statement(const Statement &) = delete;
  Statement &operator=(const Statement &) = delete;

  Statement &bind(int index, std::int64_t v);
  Statement &bind(int index, int v) { return bind(index, static_cast<std::int64_t>(v)); }
  Statement &bind(int index, bool v) { return bind(index, static_cast<std::int64_t>(v ? 1 : 0)); }
  Statement &bind(int index, double v);
  Statement &bind(int index, std::string_view v);
  Statement &bind(int index, const std::string &v) { return bind(index, std::string_view(v)); }
  Statement &bind(int index, const char *v) { return bind(index, std::string_view(v)); }
  Statement &bind(int index, const std::optional<std::string> &v);
  Statement &bindNull(int index);

  // Steps once: true when a row is ready to read, false when done.
  [[nodiscard]] bool step();
  // Steps to the end (for statements that return no rows).
  void run();
  // Resets for the next use with new bindings (bindings are cleared).
  void reset();

  [[nodiscard]] std::int64_t integer(int col) const;
  [[nodiscard]] int int32(int col) const { return static_cast<int>(integer(col)); }
  [[nodiscard]] double real(int col) const;
  [[nodiscard]] std::string text(int col) const;
  [[nodiscard]] std::string_view textView(int col) const; // valid until the next step
  [[nodiscard]] bool isNull(int col) const;
  [[nodiscard]] std::optional<std::string> optText(int col) const;

private:
  Database &m_db;
  sqlite3_stmt *m_stmt = nullptr;
};

// BEGIN IMMEDIATE on construction (waits up to the busy timeout for another
// writer), ROLLBACK in the destructor unless commit() ran.
class Transaction {
public:
  explicit Transaction(Database &db);
  ~Transaction();
  Transaction(const Transaction &) = delete;
  Transaction &operator=(const Transaction &) = delete;
  void commit();

private:
  Database &m_db;
  bool m_done = false;
};

} // namespace spiegel::store::sql
