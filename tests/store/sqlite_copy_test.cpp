// Project::copyTo (File > Save a copy…): the copy is the whole project, it
// is writable, and a copy that cannot be made leaves nothing behind.
#include "store_fixture.hpp"

using namespace spiegel;
using namespace spiegel::test;
using store::ErrorCode;

TEST_CASE("a copy holds the whole project and opens writable", "[sqlite][copy]") {
  const auto dir = scratch("copy");
  fs::create_directory(dir / "mine");
  const auto copy = (dir / "mine" / "p.spiegel").string();
  std::string before, audit;
  {
    auto original = filled(dir, "p.spiegel");
    before = entities(original);
    audit = snapshot(original);
  }
  {
    // Read-only as a project in a folder one may not write is.
    const auto ro = store::Project::open((dir / "p.spiegel").string(), {.readOnly = true});
    REQUIRE(ro.readOnly());
    ro.copyTo(copy);
    CHECK(snapshot(ro) == audit); // the original is unchanged
  }
  CHECK_FALSE(fs::exists(copy + ".part"));
  auto p = store::Project::open(copy);
  CHECK_FALSE(p.readOnly());
  CHECK(p.integrityOk());
  CHECK(entities(p) == before);
  CHECK(p.info().id == store::Project::open((dir / "p.spiegel").string()).info().id);
  CHECK(p.info().schemaVersion == store::latestSchemaVersion());
  p.addAnnotation(tagAt(p, 50));
  CHECK(store::Project::open(copy).annotationCount() == 20);
}

TEST_CASE("a copy that cannot be made leaves nothing behind", "[sqlite][copy]") {
  const auto dir = scratch("copy_refused");
  const auto p = makeProject(dir);
  // Something there already: never overwritten.
  { std::ofstream((dir / "taken.spiegel").string()) << "mine"; }
  throwsStore([&] { p.copyTo((dir / "taken.spiegel").string()); }, ErrorCode::Io);
  CHECK(readAll(dir / "taken.spiegel") == "mine");
  // No such folder.
  throwsStore([&] { p.copyTo((dir / "nowhere" / "p.spiegel").string()); }, ErrorCode::CannotOpen);
  // A leftover of an interrupted copy is replaced, not kept.
  { std::ofstream((dir / "q.spiegel.part").string()) << "half"; }
  p.copyTo((dir / "q.spiegel").string());
  CHECK_FALSE(fs::exists(dir / "q.spiegel.part"));
  CHECK(store::Project::open((dir / "q.spiegel").string()).recordings().size() == 1);
}
