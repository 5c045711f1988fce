// The audit log's hash chain (issue #13 §3): intact after every kind of
// write, a merge and a package; an entry removed, altered or cut from the
// end with plain SQL (as with the sqlite3 shell) is found and named.
#include "store_fixture.hpp"

#include "spiegel/store/package.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <cstdlib>

using namespace spiegel;
using namespace spiegel::test;

namespace {
// What the sqlite3 shell would do to the file, behind Spiegel's back.
void tamper(const std::string &path, const char *sql) {
  sqlite3 *db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  REQUIRE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(db);
}

std::string withEntries(const fs::path &dir, const std::string &name) {
  auto p = makeProject(dir, name);
  for (int i = 0; i < 5; ++i)
    p.addAnnotation(tagAt(p, i + 1.0));
  p.logAudit("view", "project");
  return p.path();
}
} // namespace

TEST_CASE("the audit chain is intact after edits, and each entry names its computer", "[audit]") {
  const auto dir = scratch("audit-intact");
  auto p = store::Project::open(withEntries(dir, "a.spiegel"));
  const auto check = p.verifyAudit();
  CHECK(check.intact());
  CHECK(check.entries == p.audit().size());
  CHECK(check.entries >= 7);
  for (const auto &e : p.audit()) {
    CHECK(e.hash.size() == 64);
    CHECK_FALSE(e.device.empty());
  }
  // Every hash differs: each one covers the one before.
  const auto entries = p.audit();
  CHECK(entries[1].hash != entries[2].hash);
}

TEST_CASE("an entry written before anyone said their name names the OS account", "[audit]") {
  const auto dir = scratch("audit-account");
  const char *was = std::getenv("USER");
  const std::string before = was != nullptr ? was : "";
  setenv("USER", "sanne", 1);
  {
    auto p = store::Project::create((dir / "a.spiegel").string(), {.title = "Gesprek", .codebook = smallCodebook()});
    p.logAudit("view", "project");
    p.setActor("Bert");
    p.logAudit("view", "project");
  }
  setenv("USER", before.c_str(), 1);
  const auto entries = store::Project::open((dir / "a.spiegel").string()).audit();
  REQUIRE(entries.size() >= 3);
  CHECK(entries.front().actor == "sanne");
  CHECK(entries[entries.size() - 2].actor == "sanne");
  CHECK(entries.back().actor == "Bert");
}

TEST_CASE("an entry removed in the middle is found at the entry after it", "[audit]") {
  const auto dir = scratch("audit-removed");
  const auto path = withEntries(dir, "a.spiegel");
  tamper(path, "DELETE FROM audit WHERE seq = 3");
  const auto check = store::Project::open(path).verifyAudit();
  CHECK(check.broken == store::AuditBreak::Missing);
  CHECK(check.at == 3); // the old fourth entry, now third
}

TEST_CASE("an entry changed afterwards is found as changed", "[audit]") {
  const auto dir = scratch("audit-changed");
  const auto path = withEntries(dir, "a.spiegel");
  tamper(path, "UPDATE audit SET actor = 'iemand anders' WHERE seq = 4");
  const auto check = store::Project::open(path).verifyAudit();
  CHECK(check.broken == store::AuditBreak::Changed);
  CHECK(check.at == 4);
  CHECK(check.entry.actor == "iemand anders");
}

TEST_CASE("the newest entries cut off are found by the head", "[audit]") {
  const auto dir = scratch("audit-end");
  const auto path = withEntries(dir, "a.spiegel");
  const auto before = store::Project::open(path).audit().size();
  tamper(path, "DELETE FROM audit WHERE seq > (SELECT max(seq) - 2 FROM audit)");
  const auto check = store::Project::open(path).verifyAudit();
  CHECK(check.broken == store::AuditBreak::EndRemoved);
  CHECK(check.entries == before - 2);
  CHECK(check.expected == before);
}

TEST_CASE("a colleague's entries join the chain on merge, once", "[audit]") {
  const auto dir = scratch("audit-merge");
  auto mine = store::Project::open(withEntries(dir, "mine.spiegel"));
  const auto theirs = withEntries(dir, "theirs.spiegel");
  const auto theirEntries = store::Project::open(theirs).audit();
  mine.merge(store::readPackage(theirs), "theirs.spiegel");
  CHECK(mine.verifyAudit().intact());
  const auto once = mine.audit().size();
  mine.merge(store::readPackage(theirs), "theirs.spiegel"); // nothing new: only the merge's own entry
  CHECK(mine.audit().size() == once + 1);
  CHECK(mine.verifyAudit().intact());
  // Their entries keep who, when and where.
  const auto all = mine.audit();
  const auto it = std::find_if(all.begin(), all.end(), [&](const auto &e) { return e.id == theirEntries[1].id; });
  REQUIRE(it != all.end());
  CHECK(it->device == theirEntries[1].device);
  CHECK(it->at == theirEntries[1].at);
}
