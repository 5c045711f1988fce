#pragma once
// The backends the store's contract suite runs on (the contract itself is
// stated in store/include/spiegel/store/project.hpp). Every test in
// tests/store/contract/ is a CONTRACT_TEST and runs once per backend in
// SPIEGEL_STORE_BACKENDS; a second backend (PostgreSQL) writes a fixture
// like SqliteBackend and adds it to that one line.
//
// A backend fixture B (checked by the concept below) gives
// - B::freshLocation(key): a location where no project is yet, for
//   Project::create/open; a different key gives a different location, the
//   same key again starts afresh (what was there is removed);
// - B::stampSchemaVersion(location, v): makes the closed project at
//   `location` claim schema version v, as a newer Spiegel would have left
//   it (no API does that; TooNew is tested with it).
#include "store/store_fixture.hpp"

#include <sqlite3.h>

#include <concepts>
#include <string>

namespace spiegel::test {

template <class B>
concept StoreBackendFixture = requires(const std::string &s, int version) {
  { B::freshLocation(s) } -> std::convertible_to<std::string>;
  B::stampSchemaVersion(s, version);
};

// SQLite: a location is a .spiegel file in its own scratch folder (files
// beside it, such as a recording, are the test's).
struct SqliteBackend {
  static std::string freshLocation(const std::string &key) {
    return (support::scratchDir("store-contract-sqlite", key) / "p.spiegel").string();
  }
  static void stampSchemaVersion(const std::string &location, int version) {
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(location.c_str(), &db) == SQLITE_OK);
    const auto sql = "PRAGMA user_version = " + std::to_string(version);
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
  }
};
static_assert(StoreBackendFixture<SqliteBackend>);

// THE LINE: every backend the contract tests run on, comma-separated.
#define SPIEGEL_STORE_BACKENDS SqliteBackend

// A test of the contract, run on every backend as `TestType` (Catch2 names
// it "contract: <name> - SqliteBackend"). Use inside namespace spiegel::test
// or after `using namespace spiegel::test`.
#define CONTRACT_TEST(name, tags) TEMPLATE_TEST_CASE("contract: " name, "[contract]" tags, SPIEGEL_STORE_BACKENDS)

// A well-formed id that no project holds.
inline constexpr const char *kUnknownId = "00000000-0000-4000-8000-000000000000";

// A new project at a fresh location of backend B: store_fixture's
// makeProjectAt (title "Gesprek", the small codebook, one 10-minute
// recording).
template <StoreBackendFixture B> store::Project projectOn(const std::string &key) {
  return makeProjectAt(B::freshLocation(key));
}

} // namespace spiegel::test
