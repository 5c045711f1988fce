#pragma once
// Options of `spiegel [FILE]` (the `open` command). The hidden ones are test
// aids used by tests/app/gui_*.sh:
//   --screenshot-after SECONDS OUT.png  draw for SECONDS, save the window as PNG, quit
//   --quit-after SECONDS                quit after SECONDS (settings are saved as usual)
//   --print-state-on-exit               print the player state (and the UI scale, window and
//                                       panel sizes) as one JSON line on stdout
//   --no-audio                          play through the null audio sink (no sound device)
//   --play                              start playing once the recording is open
//   --side-tab TITLE                    select that Side tab (e.g. Ratings) on the first frame
//   --layout-file PATH                  keep PATH up to date with where things are on screen
//                                       (JSON, window pixels; gui/shell/test_layout.hpp)
// Environment: SPIEGEL_UI_SCALE=1.5 forces the HiDPI scale (fonts, spacing)
// instead of the monitor's content scale.
// --side-tab also takes a tab's stable id, in any language and case: tags,
// participants, ratings or reviewers (Panel::tabId).
#include "common/command.hpp"

#include "spiegel/annotate/consent.hpp"

#include <functional>
#include <optional>
#include <string>

namespace spiegel::app::gui {

struct AppState;

struct GuiOptions {
  std::string file;                      // empty: open with nothing loaded
  std::optional<double> screenshotAfter; // seconds
  std::string screenshotPath;
  std::optional<double> quitAfter; // seconds
  bool printStateOnExit = false;
  bool noAudio = false;
  bool play = false;
  // --purpose KEY: what the recording is used for (AppState::purpose).
  annotate::Purpose purpose = annotate::Purpose::Reflection;
  // Hidden --side-tab TITLE (tests, screenshots): the Side tab with this
  // title (current language) is selected on the first frame it is drawn.
  std::string sideTab;
  // Hidden --layout-file PATH (tests): see gui/shell/test_layout.hpp. Empty: off.
  std::string layoutFile;
  // Benchmark hook (`spiegel bench --ui`), empty otherwise: called on the UI
  // thread after every frame with the thread CPU time, in ms, of building
  // the ImGui frame (backend NewFrame through ImGui::Render; GL drawing and
  // the buffer swap excluded). It may change the state and push events.
  std::function<void(AppState &, double cpuMs)> onFrame;
};

} // namespace spiegel::app::gui
