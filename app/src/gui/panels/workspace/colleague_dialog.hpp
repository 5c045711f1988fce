#pragma once
// File > Add a colleague's work…: the facilitator chooses the files in
// which colleagues coded this recording (their .spiegel projects or .json
// packages, one at a time through the file browser, into a list), then
// adds them in one step (review/colleague.hpp). The same dialog then shows
// per file what came in, or the sentence saying why it was refused.
// An Overlay panel; UI thread only.
#include "gui/panels/workspace/file_browser.hpp"
#include "gui/shell/dialogs.hpp"
#include "spiegel/review/colleague.hpp"

#include <optional>
#include <string>
#include <vector>

namespace spiegel::app::gui {

class ColleagueDialog final : public OverlayDialog {
public:
  void draw(AppState &state) override;
  void onEvent(AppState &state, const Event &e) override;

private:
  void drawChoice(AppState &state, bool browsing);
  void drawResult(AppState &state, bool browsing);
  void add(AppState &state);
  void close(AppState &state);

  bool m_active = false;
  FileBrowser m_browser;
  std::vector<std::string> m_files;                 // chosen, in order, each once
  std::optional<review::ColleagueMerge> m_result;   // after "Add their work"
  int m_keysQuiet = 0; // frames in which Enter and Esc are the browser's (see draw())
  int m_settle = 0; // frames still to draw after the content changed, so the auto-sized dialog fits it
};

} // namespace spiegel::app::gui
