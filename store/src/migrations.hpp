#pragma once
// Schema migrations of the project file: an append-only list. Version N's
// script turns a version N-1 file into version N; PRAGMA user_version holds
// the version a file is at. Never edit a released script: add a new one.
#include "sqlite.hpp"

#include <span>

namespace spiegel::store {

struct Migration {
  int version;      // user_version after this script
  const char *sql;  // DDL/DML, run inside the migration transaction
  // What SQL cannot do (hashing), run after `sql` in the same transaction.
  void (*then)(sql::Database &) = nullptr;
};

[[nodiscard]] std::span<const Migration> migrations();

// Brings `db` to the latest version in one transaction. Throws StoreError
// TooNew when the file is newer than this program, NotAProject when it is an
// SQLite file that is not a Spiegel project.
void migrate(sql::Database &db);

// Applies only the scripts up to `version` (for golden-file tests that build
// an old project file).
void migrateTo(sql::Database &db, int version);

} // namespace spiegel::store
