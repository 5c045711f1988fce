#pragma once
// The workspace parts of the menu bar (drawn by MenuBar): project items in
// the File menu, the Edit menu (undo / redo), the Reviewer menu, the Tagging
// settings menu and the "Saved 14:03:12" status on the right. UI thread only.
#include "gui/shell/app_state.hpp"

namespace spiegel::app::gui {

void projectFileItems(AppState &state); // inside File, above Open…
void privacyFileItems(AppState &state); // Send to…, Keep the recording encrypted… (in projectFileItems)
void editMenu(AppState &state);
void reviewerMenu(AppState &state);
void taggingSettingsMenu(AppState &state);
// The cache switch of the Settings menu (pictures and sound of the family).
void mediaCacheSetting(AppState &state);
void workspaceStatus(AppState &state); // last in the menu bar: right-aligned

} // namespace spiegel::app::gui
