#pragma once
// The coding round (issue #12 §1) in the window.
//  - drawRoundSection: the top of the Reviewers tab. "Start a coding
//    round…" when none runs; otherwise its status ("2 of 3 done. Still
//    coding: …"), where the current reviewer stands, and "I am done: reveal
//    my coding…". The buttons push AskRound.
//  - RoundDialog: the start dialog (blind or open, who takes part) and the
//    confirmation before a reveal, which says it cannot be taken back.
// Edits go through review::Workspace (startRound, reveal); a refusal is
// shown as ShowError, worded by common/review_messages. UI thread only.
#include "gui/shell/dialogs.hpp"

#include <string>
#include <vector>

namespace spiegel::app::gui {

void drawRoundSection(AppState &state);

class RoundDialog final : public OverlayDialog {
public:
  void draw(AppState &state) override;
  void onEvent(AppState &state, const Event &e) override;

private:
  void drawStart(AppState &state);
  void drawReveal(AppState &state);
  void finish(AppState &state, const review::Status &st);
  bool m_starting = false;  // the start dialog should be on screen
  bool m_revealing = false; // the reveal confirmation should be on screen
  bool m_blind = true;
  std::vector<std::string> m_names; // the project's reviewers, offered as members
  std::vector<char> m_chosen;       // per m_names: taking part
  std::string m_more;               // more names, comma-separated
};

} // namespace spiegel::app::gui
