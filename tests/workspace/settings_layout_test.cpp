// The window layout persists in the config directory (DESIGN: window size
// and place, the side panel's width and the timeline's height survive a
// restart; tests/app/gui_hidpi.sh checks the same through the program).
#include "workspace_fixture.hpp"

#include "common/settings.hpp"

#include <fstream>

using namespace spiegel;
using namespace spiegel::test;

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
