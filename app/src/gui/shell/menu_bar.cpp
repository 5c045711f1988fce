#include "gui/shell/menu_bar.hpp"

#include "gui/shell/test_layout.hpp"

#include "common/i18n.hpp"
#include "gui/shell/actions.hpp"
#include "gui/shell/keymap.hpp"
#include "gui/shell/test_layout.hpp"
#include "gui/shell/workspace_menus.hpp"

#include <imgui.h>

#include <filesystem>
#include <optional>
#include <string>

namespace spiegel::app::gui {
namespace {
using keymap::Action;
// The key a menu item names comes from the keymap, so the two agree.
std::string hint(Action a, std::optional<int> arg = std::nullopt) { return keymap::menuHint(a, language(), arg); }
} // namespace

void MenuBar::draw(AppState &state) {
  fileMenu(state);
  editMenu(state);
  playbackMenu(state);
  viewMenu(state);
  reviewerMenu(state);
  taggingSettingsMenu(state);
  helpMenu(state);
  workspaceStatus(state);
  if (m_showAbout) {
    ImGui::OpenPopup("###about");
    m_showAbout = false;
  }
  const std::string title = std::string(tr("About Spiegel", "Over Spiegel")) + "###about";
  if (ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::Text("Spiegel %s", SPIEGEL_VERSION);
    ImGui::TextUnformatted(tr("Review recorded conversations and tag moments of the working alliance.",
                              "Opgenomen gesprekken terugkijken en momenten van de werkrelatie markeren."));
    ImGui::TextDisabled("%s",
                        tr("Works offline; sends nothing anywhere.", "Werkt offline; verstuurt niets."));
    if (ImGui::Button(tr("OK", "Sluiten"), ImVec2(ImGui::GetFontSize() * 6.0f, 0)))
      ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
  }
}

void MenuBar::fileMenu(AppState &state) {
  const bool open = ImGui::BeginMenu(tr("File", "Bestand"));
  if (TestLayout *tl = testLayout())
    tl->lastItem("menu.file");
  if (!open)
    return;
  projectFileItems(state);
  if (ImGui::MenuItem(tr("Open recording…", "Opname openen…"), hint(Action::OpenRecording).c_str()))
    state.events.push(ShowOpenDialog{});
  if (ImGui::BeginMenu(tr("Recent recordings", "Recente opnames"), !state.settings.recentFiles.empty())) {
    for (const std::string &path : state.settings.recentFiles) {
      const std::string name = std::filesystem::path(path).filename().string();
      if (ImGui::MenuItem(name.c_str()))
        state.events.push(OpenFile{path});
      if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", path.c_str());
    }
    ImGui::EndMenu();
  }
  if (ImGui::MenuItem(tr("Close", "Sluiten"), nullptr, false,
                      state.session != nullptr || state.workspace != nullptr))
    state.events.push(CloseFile{});
  ImGui::Separator();
  if (ImGui::MenuItem(tr("Quit", "Afsluiten"), hint(Action::Quit).c_str()))
    state.events.push(Quit{});
  ImGui::EndMenu();
}

void MenuBar::playbackMenu(AppState &state) {
  if (!ImGui::BeginMenu(tr("Playback", "Afspelen")))
    return;
  const bool open = state.session != nullptr;
  const bool playing = open && state.session->state.playing;
  if (ImGui::MenuItem(playing ? tr("Pause", "Pauzeren") : tr("Play", "Afspelen"), hint(Action::PlayPause).c_str(),
                      false, open))
    actions::togglePlay(state);
  if (ImGui::MenuItem(tr("Back 5 seconds", "5 seconden terug"), hint(Action::Seek, -1).c_str(), false, open))
    actions::seekBy(state, -5 * kMicrosPerSecond);
  if (ImGui::MenuItem(tr("Forward 5 seconds", "5 seconden verder"), hint(Action::Seek, +1).c_str(), false, open))
    actions::seekBy(state, 5 * kMicrosPerSecond);
  if (ImGui::MenuItem(tr("One frame back", "Eén beeld terug"), hint(Action::StepFrame, -1).c_str(), false, open))
    actions::stepFrame(state, false);
  if (ImGui::MenuItem(tr("One frame forward", "Eén beeld verder"), hint(Action::StepFrame, +1).c_str(), false, open))
    actions::stepFrame(state, true);
  ImGui::Separator();
  if (ImGui::MenuItem(tr("Slower", "Langzamer"), hint(Action::Speed, -1).c_str(), false, open))
    actions::stepSpeed(state, -1);
  if (ImGui::MenuItem(tr("Faster", "Sneller"), hint(Action::Speed, +1).c_str(), false, open))
    actions::stepSpeed(state, +1);
  if (ImGui::MenuItem(tr("Loop: start, end, stop", "Herhalen: begin, einde, stoppen"), hint(Action::Loop).c_str(),
                      false, open))
    actions::cycleLoop(state);
  if (ImGui::MenuItem(tr("Sound off", "Geluid uit"), hint(Action::Mute).c_str(), state.settings.muted))
    actions::setMuted(state, !state.settings.muted);
  ImGui::EndMenu();
}

void MenuBar::viewMenu(AppState &state) {
  if (!ImGui::BeginMenu(tr("View", "Weergave")))
    return;
  if (ImGui::BeginMenu(tr("Language", "Taal"))) {
    if (ImGui::MenuItem("English", nullptr, language() == Lang::En)) {
      setLanguage(Lang::En);
      state.settings.language = Lang::En;
    }
    if (ImGui::MenuItem("Nederlands", nullptr, language() == Lang::Nl)) {
      setLanguage(Lang::Nl);
      state.settings.language = Lang::Nl;
    }
    ImGui::EndMenu();
  }
  if (ImGui::MenuItem(tr("Subtitles", "Ondertitels"), hint(Action::Subtitles).c_str(), state.settings.subtitles))
    state.settings.subtitles = !state.settings.subtitles;
  if (ImGui::MenuItem(tr("Compare reviewers", "Beoordelaars vergelijken"), hint(Action::CompareView).c_str(),
                      state.compare.on, state.workspace != nullptr)) {
    state.compare.on = !state.compare.on;
    state.compare.lastJump.reset();
  }
  if (ImGui::MenuItem(tr("Show whole timeline", "Hele tijdlijn tonen"), nullptr, false,
                      state.session != nullptr))
    state.view = {0, state.session->state.duration};
  ImGui::EndMenu();
}

void MenuBar::helpMenu(AppState &state) {
  if (!ImGui::BeginMenu(tr("Help", "Help")))
    return;
  if (ImGui::MenuItem(tr("Keyboard shortcuts", "Sneltoetsen"), hint(Action::ToggleSheet).c_str(), state.showShortcuts))
    state.showShortcuts = !state.showShortcuts;
  if (ImGui::MenuItem(tr("About Spiegel", "Over Spiegel")))
    m_showAbout = true;
  ImGui::EndMenu();
}

} // namespace spiegel::app::gui
