#include "workspace_fixture.hpp"

#include "common/recent_projects.hpp"

#include <fstream>

using namespace spiegel;
using namespace spiegel::test;

TEST_CASE("identity: nothing on first start, then kept in the config dir") {
  const auto dir = scratch("identity");
  CHECK(identityFile() == (dir / "config" / "spiegel" / "identity.json").string());
  CHECK_FALSE(loadIdentity().has_value());

  const auto made = profileNamed("  Sanne de Vries ", annotate::ReviewerRole::Trainer);
  CHECK_FALSE(made.id.empty());
  CHECK(made.legacyName.empty());
  REQUIRE(saveIdentity(made));
  CHECK(fs::exists(dir / "config" / "spiegel" / "identity.json"));
  CHECK_FALSE(fs::exists(dir / "config" / "spiegel" / "identity.json.tmp"));
  const auto back = loadIdentity();
  REQUIRE(back.has_value());
  CHECK(back->name == "Sanne de Vries");
  CHECK(back->role == annotate::ReviewerRole::Trainer);
  CHECK(back->id == made.id);

  // Switching the reviewer on a shared laptop makes Joost current and keeps Sanne.
  const auto joostHere = profileNamed("Joost", annotate::ReviewerRole::Peer);
  CHECK(joostHere.id != made.id);
  REQUIRE(saveIdentity(joostHere));
  CHECK(loadIdentity() == joostHere);
  REQUIRE(localProfiles().size() == 2);
  CHECK(localProfiles()[1].id == made.id);
  // Her name again picks her own profile, not a new one.
  CHECK(profileNamed("Sanne de Vries", std::nullopt).id == made.id);
  CHECK(profileNamed("Sanne de Vries", std::nullopt).role == annotate::ReviewerRole::Trainer);

  CHECK_FALSE(saveIdentity({"   ", annotate::ReviewerRole::Peer, "x"}));
  CHECK_FALSE(saveIdentity({"Nameless", annotate::ReviewerRole::Peer, ""}));
  CHECK(loadIdentity()->name == "Joost");
  // rememberProfile keeps a profile without making it current.
  const auto third = profileNamed("Lisa", std::nullopt);
  REQUIRE(rememberProfile(third));
  CHECK(loadIdentity()->name == "Joost");
  CHECK(localProfiles().size() == 3);
}

TEST_CASE("identity: a file from before profiles gets a UUID once, and keeps its old name") {
  const auto dir = scratch("identity_legacy");
  std::ofstream(identityFile()) << R"({"name": "Sanne", "role": "peer"})";
  const auto first = loadIdentity();
  REQUIRE(first.has_value());
  CHECK(first->name == "Sanne");
  CHECK(first->role == annotate::ReviewerRole::Peer);
  CHECK(first->id.size() == 36);
  CHECK(first->legacyName == "Sanne");
  // Written back: the same UUID every time after.
  CHECK(loadIdentity() == first);
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

TEST_CASE("recent projects: shown by their title, the file name when there is none, old lists still read") {
  const auto dir = scratch("recent_titles");
  const auto file = (dir / "recent.json").string();
  {
    std::ofstream(file) << R"({"projects": ["/a/old.spiegel"]})"; // written before titles were kept
  }
  auto recent = RecentProjects::load(file);
  REQUIRE(recent.entries().size() == 1);
  CHECK(recent.entries()[0].label() == "old.spiegel");
  recent.add("/b/gesprek3.spiegel", "Gesprek 3 met familie Jansen");
  REQUIRE(recent.save());
  const auto back = RecentProjects::load(file);
  REQUIRE(back.entries().size() == 2);
  CHECK(back.entries()[0].label() == "Gesprek 3 met familie Jansen");
  CHECK(back.entries()[0].path == "/b/gesprek3.spiegel");
  CHECK(back.entries()[1].label() == "old.spiegel");
}
