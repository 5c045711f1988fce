#include "workspace_fixture.hpp"

#include "common/recent_projects.hpp"

#include <fstream>

using namespace spiegel;
using namespace spiegel::test;

TEST_CASE("identity: nothing on first start, then kept in the config dir") {
  const auto dir = scratch("identity");
  CHECK(identityFile() == (dir / "config" / "spiegel" / "identity.json").string());
  CHECK_FALSE(loadIdentity().has_value());

  REQUIRE(saveIdentity({"  Sanne de Vries ", annotate::ReviewerRole::Trainer}));
  CHECK(fs::exists(dir / "config" / "spiegel" / "identity.json"));
  CHECK_FALSE(fs::exists(dir / "config" / "spiegel" / "identity.json.tmp"));
  const auto back = loadIdentity();
  REQUIRE(back.has_value());
  CHECK(back->name == "Sanne de Vries");
  CHECK(back->role == annotate::ReviewerRole::Trainer);

  // Switching the reviewer on a shared laptop overwrites it.
  REQUIRE(saveIdentity({"Joost", annotate::ReviewerRole::Peer}));
  CHECK(loadIdentity() == Identity{"Joost", annotate::ReviewerRole::Peer});

  CHECK_FALSE(saveIdentity({"   ", annotate::ReviewerRole::Peer}));
  CHECK(loadIdentity()->name == "Joost");
}

TEST_CASE("identity: a damaged file counts as first start") {
  const auto dir = scratch("identity_damaged");
  std::ofstream(identityFile()) << "{\"name\": ";
  CHECK_FALSE(loadIdentity().has_value());
  std::ofstream(identityFile()) << "{\"name\": \"Ali\", \"role\": \"astronaut\"}";
  REQUIRE(loadIdentity().has_value());
  CHECK(loadIdentity()->role == annotate::ReviewerRole::Trainee);
}

TEST_CASE("identity: role keys and texts") {
  scratch("identity_roles");
  for (auto r :
       {annotate::ReviewerRole::Trainee, annotate::ReviewerRole::Peer, annotate::ReviewerRole::Trainer})
    CHECK(roleFromKey(roleKey(r)) == r);
  CHECK_FALSE(roleFromKey("boss").has_value());
  app::setLanguage(app::Lang::Nl);
  CHECK(roleText(annotate::ReviewerRole::Trainer) == "opleider");
  app::setLanguage(app::Lang::En);
  CHECK(roleText(annotate::ReviewerRole::Trainer) == "trainer");
}

TEST_CASE("recent projects: ten at most, newest first, missing files flagged, persisted") {
  const auto dir = scratch("recent");
  auto recent = RecentProjects::load();
  CHECK(recent.entries().empty());
  CHECK(recent.file() == (dir / "config" / "spiegel" / "recent_projects.json").string());
  for (int i = 0; i < 12; ++i) {
    const auto p = dir / ("p" + std::to_string(i) + ".spiegel");
    if (i % 2 == 0)
      std::ofstream(p) << "x";
    recent.add(p.string());
  }
  recent.add((dir / "p5.spiegel").string()); // again: moves to the front
  REQUIRE(recent.entries().size() == RecentProjects::kMax);
  CHECK(recent.entries()[0].path == (dir / "p5.spiegel").string());
  CHECK(recent.entries()[0].missing);
  CHECK(recent.entries()[1].path == (dir / "p11.spiegel").string());
  CHECK(recent.entries()[2].path == (dir / "p10.spiegel").string());
  CHECK_FALSE(recent.entries()[2].missing);
  REQUIRE(recent.save());

  fs::remove(dir / "p10.spiegel");
  const auto back = RecentProjects::load();
  REQUIRE(back.entries().size() == RecentProjects::kMax);
  CHECK(back.entries()[0].path == (dir / "p5.spiegel").string());
  CHECK(back.entries()[2].missing); // p10 was deleted since
  auto copy = back;
  copy.remove((dir / "p5.spiegel").string());
  CHECK(copy.entries().size() == RecentProjects::kMax - 1);
}
