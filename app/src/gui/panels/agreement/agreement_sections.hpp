#pragma once
// The Agreement tab's sections, drawn from one finished report. Each number
// shows its definition and how it was computed on hover, and reports the
// text it shows to the test layout ("agreement.…"), so a GUI test can hold
// it against `spiegel agreement --json`. UI thread, inside the tab.
#include "gui/shell/app_state.hpp"
#include "viewmodels/agreement_model.hpp"

#include <string>

namespace spiegel::app::gui {

void drawGroupSection(const viewmodels::AgreementReport &report);
void drawPairsSection(const viewmodels::AgreementReport &report);
// `trainee`: the chosen trainee's reviewer id (the combo writes it); empty
// picks the first comparison.
void drawGoldSection(AppState &state, const viewmodels::AgreementReport &report, std::string &trainee);

} // namespace spiegel::app::gui
