#include "gui/panels/workspace/workspace_dialogs.hpp"

#include "common/open_project.hpp"
#include "common/paths.hpp"
#include "common/profile.hpp"
#include "common/review_messages.hpp"
#include "common/i18n.hpp"
#include "common/text_file.hpp"
#include "gui/shell/keymap_input.hpp"
#include "gui/shell/test_layout.hpp"
#include "gui/shell/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <filesystem>

namespace spiegel::app::gui {
namespace {
using annotate::ReviewerRole;
constexpr ReviewerRole kRoles[] = {ReviewerRole::Trainee, ReviewerRole::Peer, ReviewerRole::Trainer};

// Body widths of the modals, in em: a comfortable line for the sentences.
constexpr float kIdentityEm = 28.0f;
constexpr float kMissingEm = 30.0f;
} // namespace

// --- IdentityDialog

void IdentityDialog::onEvent(AppState &state, const Event &e) {
  if (const auto *ask = std::get_if<AskIdentity>(&e)) {
    m_active = true;
    m_switching = ask->switching;
    m_focusName = true;
    m_name = state.identity ? state.identity->name : std::string();
    m_role = 0;
    if (state.identity)
      for (int i = 0; i < 3; ++i)
        if (kRoles[i] == state.identity->role)
          m_role = i;
  }
}

void IdentityDialog::confirm(AppState &state) {
  if (trimmed(m_name).empty())
    return;
  // One of this user's own profiles, or a new one: never a colleague's,
  // whatever name is typed.
  const review::Identity me = app::profileNamed(m_name, kRoles[m_role]);
  if (!app::saveIdentity(me))
    state.events.push(ShowError{tr("Your name could not be saved in the settings folder; Spiegel uses it until "
                                   "you close the program.",
                                   "Je naam kon niet in de instellingenmap worden bewaard; Spiegel gebruikt hem "
                                   "tot je het programma sluit.")});
  state.identity = me;
  if (state.workspace)
    if (auto st = state.workspace->switchReviewer(me); !st)
      state.events.push(ShowError{describe(st.error)});
  m_active = false;
  ImGui::CloseCurrentPopup();
}

void IdentityDialog::draw(AppState &state) {
  const std::string title = m_switching ? tr("Switch reviewer", "Andere beoordelaar") : tr("Welcome", "Welkom");
  if (!beginQueuedModal("###identity", title, m_active, kIdentityEm))
    return;
  ImGui::TextWrapped("%s", tr("Who is reviewing? Your name is written with every tag and rating you make, so "
                              "reviews by different people stay apart.",
                              "Wie beoordeelt er? Je naam komt bij elke tag en beoordeling die je maakt, zodat "
                              "beoordelingen van verschillende mensen uit elkaar blijven."));
  ImGui::Spacing();
  ImGui::TextUnformatted(tr("Name", "Naam"));
  // Asked again every frame until the field has the caret: a request made
  // while the modal is still sizing itself can be lost.
  if (m_focusName)
    ImGui::SetKeyboardFocusHere();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * kIdentityEm);
  ImGui::InputTextWithHint("##name", tr("e.g. Sanne", "bijv. Sanne"), &m_name);
  if (ImGui::IsItemActive())
    m_focusName = false;
  itemTooltip(tr("Your first name or initials are enough", "Je voornaam of initialen zijn genoeg"));
  ImGui::Spacing();
  ImGui::TextUnformatted(tr("Role", "Rol"));
  static const char *const kTips[][2] = {
      {"You are learning to work with the alliance", "Je leert werken met de werkrelatie"},
      {"You review a colleague's conversation", "Je beoordeelt het gesprek van een collega"},
      {"You train or supervise others", "Je traint of begeleidt anderen"}};
  for (int i = 0; i < 3; ++i) {
    if (i > 0)
      ImGui::SameLine();
    ImGui::RadioButton(app::roleText(kRoles[i]).c_str(), &m_role, i);
    itemTooltip(tr(kTips[i][0], kTips[i][1]));
  }
  ImGui::Spacing();
  const bool ok = !trimmed(m_name).empty();
  const DialogButton start{tr("Start reviewing", "Beginnen"),
                           tr("Save your name and role (Enter)", "Je naam en rol bewaren (Enter)"), ok,
                           "identity.start"};
  const DialogButton cancel{tr("Cancel", "Annuleren"),
                            tr("Keep the current reviewer (Esc)", "De huidige beoordelaar houden (Esc)")};
  // First start: "Later" lets one look around first; tag keys then say
  // that the name is needed and keep the moment (TaggingPanel).
  const DialogButton later{tr("Later", "Later"),
                           tr("Watch first; tags wait until you give your name (Esc)",
                              "Eerst kijken; tags wachten tot je je naam geeft (Esc)"),
                           true, "identity.later"};
  const int clicked = dialogButtons(kIdentityEm, {start, m_switching ? cancel : later});
  if (clicked == 0 || (ok && keymap::pressed(state, keymap::Action::Confirm))) {
    confirm(state);
  } else if (clicked == 1 || keymap::pressed(state, keymap::Action::Cancel)) {
    m_active = false;
    ImGui::CloseCurrentPopup();
  }
  endQueuedModal();
}

// --- ProjectOfferDialog

void ProjectOfferDialog::onEvent(AppState &, const Event &e) {
  if (const auto *offer = std::get_if<OfferProject>(&e)) {
    const auto suggestion = review::Workspace::suggestProjectPath(offer->recording);
    m_recording = offer->recording;
    m_projectPath = suggestion.path;
    m_exists = suggestion.exists;
  } else if (const auto *chosen = std::get_if<ProjectFolderChosen>(&e); chosen && !m_recording.empty()) {
    const auto name = std::filesystem::path(m_projectPath).filename();
    m_projectPath = (std::filesystem::path(chosen->folder) / name).string();
    std::error_code ec;
    m_exists = std::filesystem::exists(m_projectPath, ec);
  }
}

// Not a modal: a calm strip over the top of the picture, so the recording
// can be watched (and Space used) without answering. It names the whole
// path the project will have before anything is written.
void ProjectOfferDialog::draw(AppState &state) {
  if (!m_recording.empty() && (state.workspace || !state.session || state.session->path != m_recording))
    m_recording.clear(); // a project opened, or another recording
  if (m_recording.empty())
    return;
  // Two lines: the sentence with the project's path (wrapped when long),
  // then the buttons.
  const ImGuiStyle &style = ImGui::GetStyle();
  const char *sentence = m_exists ? tr("This recording has a project:", "Deze opname heeft een project:")
                                  : tr("To tag this recording, Spiegel makes its project here:",
                                       "Om deze opname te taggen, maakt Spiegel het project hier:");
  const std::string line = std::string(sentence) + "  " + m_projectPath;
  const float wrap = ImGui::GetContentRegionAvail().x - style.WindowPadding.x * 2.0f;
  const float textH = ImGui::CalcTextSize(line.c_str(), nullptr, false, wrap).y;
  const float height = textH + style.ItemSpacing.y + ImGui::GetFrameHeight() + style.WindowPadding.y * 2.0f;
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::GetStyleColorVec4(ImGuiCol_FrameBg));
  ImGui::BeginChild("##offerproject", ImVec2(0, height), false,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse |
                        ImGuiWindowFlags_AlwaysUseWindowPadding);
  if (TestLayout *tl = testLayout())
    tl->currentWindow("offer");
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(sentence);
  ImGui::SameLine();
  ImGui::TextDisabled("%s", m_projectPath.c_str());
  if (TestLayout *tl = testLayout())
    tl->value("offer.path", m_projectPath);
  ImGui::PopTextWrapPos();
  const char *yes = m_exists ? tr("Open project", "Project openen") : tr("Make project", "Project maken");
  if (ImGui::Button(yes)) {
    state.events.push(CreateProject{m_recording, m_projectPath});
    m_recording.clear();
  }
  if (TestLayout *tl = testLayout())
    tl->lastItem("offer.make");
  itemTooltip(m_exists ? tr("Open the existing project with its tags and ratings",
                            "Het bestaande project met zijn tags en beoordelingen openen")
                       : tr("Write the project file at the path above; watching goes on",
                            "Het projectbestand op de plek hierboven schrijven; het kijken gaat door"));
  if (!m_exists) { // an existing project is opened where it is
    ImGui::SameLine();
    if (ImGui::Button(tr("Choose another folder…", "Andere map kiezen…")))
      state.events.push(ShowBrowser{BrowseFor::Folder, false, FolderFor::NewProject});
    if (TestLayout *tl = testLayout())
      tl->lastItem("offer.folder");
    itemTooltip(tr("Put the project in another folder, e.g. one of your own",
                   "Het project in een andere map zetten, bijvoorbeeld een eigen map"));
  }
  ImGui::SameLine();
  if (ImGui::Button(tr("Just watch", "Alleen kijken")))
    m_recording.clear();
  if (TestLayout *tl = testLayout())
    tl->lastItem("offer.watch");
  itemTooltip(tr("Hide this; File \xE2\x80\xBA New project from a recording… makes one later",
                 "Dit verbergen; Bestand \xE2\x80\xBA Nieuw project bij een opname… maakt er later een"));
  ImGui::EndChild();
  ImGui::PopStyleColor();
}

// --- MissingRecordingDialog

void MissingRecordingDialog::onEvent(AppState &, const Event &e) {
  if (std::holds_alternative<RecordingMissing>(e))
    m_active = true;
}

void MissingRecordingDialog::draw(AppState &state) {
  if (m_active && !state.workspace)
    m_active = false; // the project was closed meanwhile
  const bool deleted = m_active && state.workspace->recordingDeleted();
  const std::string title =
      deleted ? tr("Recording deleted", "Opname verwijderd") : tr("Recording not found", "Opname niet gevonden");
  if (!beginQueuedModal("###missingrecording", title, m_active, kMissingEm))
    return;
  if (deleted) { // nothing to look for: the proof of it is in the audit log
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::GetFontSize() * kMissingEm);
    ImGui::TextUnformatted(tr("This project's recording was deleted, with proof in the Audit log tab. Its tags and "
                              "notes were kept: you can read them, but there is nothing to play.",
                              "De opname van dit project is verwijderd, met bewijs in het tabblad Logboek. De tags "
                              "en notities zijn bewaard: je kunt ze lezen, maar er is niets om af te spelen."));
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    if (dialogButtons(kMissingEm, {{tr("OK", "Sluiten"), tr("Read the tags and notes (Esc)",
                                                          "De tags en notities lezen (Esc)"),
                                    true, "missing.deleted_ok"}}) == 0 ||
        keymap::pressed(state, keymap::Action::Cancel) || keymap::pressed(state, keymap::Action::Confirm)) {
      m_active = false;
      ImGui::CloseCurrentPopup();
    }
    endQueuedModal();
    return;
  }
  ImGui::TextUnformatted(missingRecordingText(*state.workspace).c_str());
  ImGui::Spacing();
  ImGui::TextDisabled("%s", tr("Locate… looks in a folder you choose (and its subfolders) for the same file, "
                               "even if it was renamed.",
                               "Zoeken… kijkt in een map die je kiest (en de mappen daarin) naar hetzelfde "
                               "bestand, ook als het een andere naam heeft."));
  ImGui::Spacing();
  const int clicked = dialogButtons(
      kMissingEm, {{tr("Locate…", "Zoeken…"),
                    tr("Choose the folder where the recording is now", "Kies de map waar de opname nu staat"), true,
                    "missing.locate"},
                   {tr("Continue without video", "Verder zonder beeld"),
                    tr("See the tags and ratings without playing (Esc)",
                       "De tags en beoordelingen bekijken zonder af te spelen (Esc)")}});
  if (clicked == 0)
    state.events.push(ShowBrowser{BrowseFor::Folder, false});
  if (clicked >= 0 || keymap::pressed(state, keymap::Action::Cancel)) {
    m_active = false;
    ImGui::CloseCurrentPopup();
  }
  endQueuedModal();
}

// --- ProjectBrowser

void ProjectBrowser::onEvent(AppState &state, const Event &e) {
  const auto *show = std::get_if<ShowBrowser>(&e);
  if (show == nullptr && !std::holds_alternative<ShowOpenDialog>(e))
    return;
  // File > Open… (Ctrl+O): a recording to watch, from the open one's folder.
  m_what = show != nullptr ? show->what : BrowseFor::Recording;
  m_newProject = show != nullptr && show->newProject;
  m_folderFor = show != nullptr ? show->folderFor : FolderFor::Relink;
  std::string start = state.settings.lastFolder;
  if (m_what == BrowseFor::SaveFile) { // File ▸ Export ▸ …: beside the project unless the user went elsewhere
    m_saveFor = show->saveFor;
    if (start.empty() && state.workspace)
      start = std::filesystem::path(state.workspace->projectPath()).parent_path().string();
    if (m_saveFor == SaveFor::SharePackage)
      m_browser.openToSave(start, show->fileName, ".spiegelpkg",
                           tr("Save the package for your colleague", "Het pakket voor je collega opslaan"));
    else if (m_saveFor == SaveFor::AgreementReport)
      m_browser.openToSave(start, show->fileName, ".html",
                           tr("Save the agreement report", "Het rapport overeenstemming opslaan"));
    else // a reflection record: PDF, or HTML when the name says so
      m_browser.openToSave(start, show->fileName, ".pdf .html .htm",
                           tr("Save the reflection record", "Het reflectieverslag opslaan"));
    return;
  }
  std::string heading;
  if (m_what == BrowseFor::Folder && m_folderFor == FolderFor::SaveCopy) {
    start = homeDirectory(); // the project's own folder may not be written
    heading = tr("Choose a folder of your own for the copy", "Kies een eigen map voor de kopie");
  } else if (m_what == BrowseFor::Folder && m_folderFor == FolderFor::NewProject) {
    start = state.session ? std::filesystem::path(state.session->path).parent_path().string() : start;
    heading = tr("Choose the folder for the new project", "Kies de map voor het nieuwe project");
  } else if (m_what == BrowseFor::Folder && m_folderFor == FolderFor::Unpack) {
    start = homeDirectory();
    heading = tr("Choose the folder to open the package in", "Kies de map om het pakket in te openen");
  } else if (m_what == BrowseFor::Folder && state.workspace) {
    start = std::filesystem::path(state.workspace->projectPath()).parent_path().string();
  } else if (show == nullptr && state.session) {
    start = std::filesystem::path(state.session->path).parent_path().string();
  }
  if (m_newProject)
    heading = tr("Choose the recording for a new project", "Kies de opname voor een nieuw project");
  m_browser.open(start, m_what, heading);
}

void ProjectBrowser::draw(AppState &state) {
  const auto chosen = m_browser.draw(state);
  if (!chosen)
    return;
  state.settings.lastFolder = m_browser.folder();
  if (m_what == BrowseFor::SaveFile) {
    state.events.push(SaveFileChosen{m_saveFor, *chosen});
  } else if (m_what == BrowseFor::Folder && m_folderFor == FolderFor::SaveCopy) {
    state.events.push(CopyProject{*chosen});
  } else if (m_what == BrowseFor::Folder && m_folderFor == FolderFor::NewProject) {
    state.events.push(ProjectFolderChosen{*chosen});
  } else if (m_what == BrowseFor::Folder && m_folderFor == FolderFor::Unpack) {
    state.events.push(UnpackFolderChosen{*chosen});
  } else if (m_what == BrowseFor::Folder) {
    if (!state.workspace)
      return;
    const auto found = state.workspace->relink(*chosen, mediaFingerprinter());
    if (!found)
      state.events.push(ShowError{describe(found.error)});
    else if (!*found.value) {
      state.events.push(ShowError{tr("The recording is not in that folder or its subfolders. Choose another "
                                     "folder with Locate… in the File menu.",
                                     "De opname staat niet in die map of de mappen daarin. Kies een andere map "
                                     "met Zoeken… in het menu Bestand.")});
    } else
      state.events.push(PlayRecording{});
  } else {
    // A recording to watch, or one for a new project: played first, so the
    // offer shows where its project goes (or takes another folder) before
    // anything is written.
    state.events.push(OpenFile{*chosen});
  }
}

} // namespace spiegel::app::gui
