// The GUI settings keep the tagging preferences (issue "The reviewer's
// workspace" §3) under "tagging" with millisecond keys, and the window
// layout (DESIGN: window size and place, the side panel's width and the
// timeline's height persist in the config directory; tests/app/gui_hidpi.sh
// checks the same through the program).
#include "workspace_fixture.hpp"

#include "common/settings.hpp"

#include <fstream>

using namespace spiegel;
using namespace spiegel::test;

TEST_CASE("settings: tagging preferences and side panel width survive a restart") {
  const auto dir = scratch("settings_tagging");
  const std::string file = (dir / "settings.json").string();
  app::Settings s;
  CHECK(s.tagging == review::WorkspaceSettings{});
  s.tagging.reactionOffset = 1'500'000;
  s.tagging.pauseWhenTagging = true;
  s.tagging.preRoll = 4'000'000;
  s.sidePanelWidth = 420.0f;
  CHECK_FALSE(s.hideFilteredTags); // the timeline dims what the list's filters leave out
  s.hideFilteredTags = true;
  CHECK(s.mediaCache); // thumbnails and waveforms cached unless switched off
  s.mediaCache = false;
  REQUIRE(app::saveSettings(s, file));
  const app::Settings back = app::loadSettings(file);
  CHECK(back.tagging == s.tagging);
  CHECK(back.sidePanelWidth == 420.0f);
  CHECK(back.hideFilteredTags);
  CHECK_FALSE(back.mediaCache);

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
  CHECK(s.tagging.reactionOffset == review::WorkspaceSettings::kMaxReactionOffset);
  CHECK_FALSE(s.tagging.pauseWhenTagging);
  CHECK(s.tagging.preRoll == 0);
}

TEST_CASE("settings: window placement and both dragged splits survive a restart") {
  const auto dir = scratch("settings_layout");
  const std::string file = (dir / "settings.json").string();
  app::Settings s;
  CHECK(s.sidePanelWidth == 0.0f); // automatic until dragged
  CHECK(s.timelineHeight == 0.0f);
  s.window = {120, 80, 1440, 900, false};
  s.sidePanelWidth = 512.0f;
  s.timelineHeight = 260.0f;
  REQUIRE(app::saveSettings(s, file));
  const app::Settings back = app::loadSettings(file);
  CHECK(back.window.x == 120);
  CHECK(back.window.y == 80);
  CHECK(back.window.width == 1440);
  CHECK(back.window.height == 900);
  CHECK_FALSE(back.window.maximized);
  CHECK(back.sidePanelWidth == 512.0f);
  CHECK(back.timelineHeight == 260.0f);
}

TEST_CASE("settings: a damaged layout falls back to usable values") {
  const auto dir = scratch("settings_layout_bad");
  const std::string file = (dir / "settings.json").string();
  {
    std::ofstream out(file);
    out << R"({"window": {"width": 20, "height": 99999}, "sidePanelWidth": -40, "timelineHeight": "tall"})";
  }
  const app::Settings s = app::loadSettings(file);
  CHECK(s.window.width == 640);
  CHECK(s.window.height == 16384);
  CHECK(s.sidePanelWidth == 0.0f);
  CHECK(s.timelineHeight == 0.0f);
}
