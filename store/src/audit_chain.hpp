#pragma once
// The audit log's hash chain (issue #13 §3, NEN 7513 style). Every entry
// carries the SHA-256 of the one before it (`prev`, "" for the first) and
// its own hash over prev and its fields, and the project row keeps the
// count and the newest hash (the head), so an entry removed or altered by
// hand (the sqlite3 shell) is found: in the middle by the next entry's
// prev, at the end by the head. It does not stop someone who recomputes the
// whole chain: there is no secret; the help text says so.
//   appendAudit(db, entry);            // inside the caller's transaction
//   const AuditCheck c = checkAuditChain(db);
// Threads: the Project's (one connection, the caller's).
#include "sqlite.hpp"

#include "spiegel/store/project.hpp"

#include <string>

namespace spiegel::store {

// The hex SHA-256 of `prev` and the entry's fields, each length-prefixed
// (so no two different entries hash the same text).
[[nodiscard]] std::string auditHash(const std::string &prev, const AuditEntry &e);
// Appends `e` after the newest entry and moves the head. Inside a transaction.
void appendAudit(sql::Database &db, const AuditEntry &e);
// Chains the entries that have no hash yet (a file from before schema 6),
// oldest first, and sets the head. Inside the migration's transaction.
void chainUnchained(sql::Database &db);
[[nodiscard]] AuditCheck checkAuditChain(sql::Database &db);

} // namespace spiegel::store
