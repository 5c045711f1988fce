// The GUI settings keep the tagging preferences (issue "The reviewer's
// workspace" §3) under "tagging" with millisecond keys, and the side panel width.
#include "workspace_fixture.hpp"

#include "common/settings.hpp"

#include <fstream>

using namespace spiegel;
using namespace spiegel::test;

TEST_CASE("settings: tagging preferences and side panel width survive a restart") {
  const auto dir = scratch("settings_tagging");
  const std::string file = (dir / "settings.json").string();
  app::Settings s;
  CHECK(s.tagging == app::workspace::WorkspaceSettings{});
  s.tagging.reactionOffset = 1'500'000;
  s.tagging.pauseWhenTagging = true;
  s.tagging.preRoll = 4'000'000;
  s.sidePanelWidth = 420.0f;
  REQUIRE(app::saveSettings(s, file));
  const app::Settings back = app::loadSettings(file);
  CHECK(back.tagging == s.tagging);
  CHECK(back.sidePanelWidth == 420.0f);

  std::ifstream in(file);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(text.find("\"reaction_offset_ms\": 1500") != std::string::npos);
  CHECK(text.find("\"pause_when_tagging\": true") != std::string::npos);
  CHECK(text.find("\"pre_roll_ms\": 4000") != std::string::npos);
}

TEST_CASE("settings: an out-of-range reaction offset is clamped, a bad value keeps the default") {
  const auto dir = scratch("settings_tagging_bad");
  const std::string file = (dir / "settings.json").string();
  {
    std::ofstream out(file);
    out << R"({"tagging": {"reaction_offset_ms": 99000, "pause_when_tagging": "yes", "pre_roll_ms": -5}})";
  }
  const app::Settings s = app::loadSettings(file);
  CHECK(s.tagging.reactionOffset == app::workspace::WorkspaceSettings::kMaxReactionOffset);
  CHECK_FALSE(s.tagging.pauseWhenTagging);
  CHECK(s.tagging.preRoll == 0);
}
