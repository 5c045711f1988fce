#include "gui/panels/share/share_dialogs.hpp"

#include "common/clock_text.hpp"
#include "common/i18n.hpp"
#include "common/share_package.hpp"
#include "common/store_messages.hpp"
#include "gui/shell/app_state.hpp"
#include "gui/shell/keymap_input.hpp"
#include "gui/shell/people_widgets.hpp"
#include "gui/shell/test_layout.hpp"
#include "gui/shell/widgets.hpp"
#include "spiegel/store/sealed_package.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <filesystem>

namespace spiegel::app::gui {
namespace {
namespace fs = std::filesystem;

constexpr float kSendEm = 32.0f;
constexpr float kUnpackEm = 32.0f;

void wipe(std::string &s) {
  std::fill(s.begin(), s.end(), '\0');
  s.clear();
}

void nameLast(const char *name) {
  if (TestLayout *tl = testLayout())
    tl->lastItem(name);
}

// A hidden field; `name` is its test hook, which learns its length only.
void passwordField(const char *id, std::string &value, float widthEm, const char *name) {
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * widthEm);
  ImGui::InputText(id, &value, ImGuiInputTextFlags_Password);
  if (TestLayout *tl = testLayout()) {
    tl->lastItem(name);
    tl->value(std::string(name) + "_length", static_cast<double>(value.size()));
  }
}

std::string megabytes(const std::string &path) {
  std::error_code ec;
  const auto bytes = fs::file_size(path, ec);
  if (ec)
    return {};
  char text[32];
  std::snprintf(text, sizeof text, " (%.0f MB)", static_cast<double>(bytes) / 1e6);
  return text;
}

// The running task's modal line: what is being done, without buttons (a
// package or a vault takes seconds, and stopping half-way would leave nothing
// useful).
void workingLine(const char *text) {
  ImGui::TextUnformatted(text);
  ImGui::Spacing();
}

} // namespace

// --- SendToDialog

void SendToDialog::onEvent(AppState &state, const Event &e) {
  if (std::holds_alternative<AskSendTo>(e) && state.workspace && !m_task.running()) {
    m_active = true;
    m_problem.clear();
    wipe(m_pass);
    wipe(m_again);
    m_withRecording = false;
    m_expires = true;
    m_day = wallClockText(shareNow() + 30LL * 24 * 3600 * 1000, "%Y-%m-%d"); // a month: long enough to open it
  } else if (const auto *chosen = std::get_if<SaveFileChosen>(&e);
             chosen != nullptr && chosen->what == SaveFor::SharePackage && state.workspace) {
    std::error_code ec;
    m_active = true;
    if (fs::exists(chosen->path, ec))
      m_problem = std::string(tr("There is a file ", "Er is al een bestand ")) + chosen->path +
                  tr(" already; choose another name, nothing was overwritten.",
                     "; kies een andere naam, er is niets overschreven.");
    else
      start(state, chosen->path);
  }
}

void SendToDialog::start(AppState &state, const std::string &out) {
  store::SealOptions o;
  o.passphrase = m_pass;
  o.withRecordings = m_withRecording;
  o.expires = m_expires ? expiryAfter(m_day).value_or(0) : 0;
  o.sender = state.identity ? state.identity->name : shareSender();
  wipe(m_pass);
  wipe(m_again);
  const std::string projectPath = state.workspace->projectPath();
  const std::string actor = o.sender;
  m_task = state.tasks.submit([o = std::move(o), projectPath, out, actor, &state](tasks::TaskContext &ctx) mutable {
    try {
      // A connection of its own: the window's stays with the UI thread.
      store::Project project = store::Project::open(projectPath);
      project.setActor(actor);
      store::sealProject(project, out, o);
      ctx.post([&state, out] {
        state.notify(std::string(tr("The package is ready: ", "Het pakket staat klaar: ")) + out +
                     tr(". Tell your colleague the passphrase another way than the file.",
                        ". Vertel je collega de wachtzin op een andere manier dan het bestand."));
      });
    } catch (const store::StoreError &err) {
      ctx.post([&state, message = describe(err)] {
        state.events.push(ShowError{message, tr("No package was made", "Er is geen pakket gemaakt")});
      });
    }
    wipe(o.passphrase);
  });
}

void SendToDialog::draw(AppState &state) {
  if (m_active && !m_task.running() && m_task)
    m_active = false, m_task = {}; // made (or failed): the notice or the error says so
  if (!state.workspace && !m_task.running())
    m_active = false;
  if (!beginQueuedModal("###sendto", tr("Send to a colleague", "Naar een collega sturen"), m_active, kSendEm))
    return;
  if (m_task.running()) {
    workingLine(tr("Making the encrypted package…", "Het versleutelde pakket wordt gemaakt…"));
    endQueuedModal();
    return;
  }
  review::Workspace &ws = *state.workspace;
  ImGui::TextWrapped("%s", tr("Spiegel makes one encrypted file of this project for a colleague. Only someone who "
                              "knows the passphrase can open it: tell it another way than the file (in person, "
                              "by phone).",
                              "Spiegel maakt één versleuteld bestand van dit project voor een collega. Alleen wie "
                              "de wachtzin kent, kan het openen: vertel hem op een andere manier dan het bestand "
                              "(persoonlijk, telefonisch)."));
  ImGui::Spacing();
  const bool haveRecording = !ws.recordingMissing();
  if (!haveRecording)
    m_withRecording = false;
  ImGui::BeginDisabled(!haveRecording);
  const std::string withLabel =
      std::string(tr("Also the recording", "Ook de opname")) + (haveRecording ? megabytes(ws.mediaPath()) : "");
  ImGui::Checkbox(withLabel.c_str(), &m_withRecording);
  ImGui::EndDisabled();
  nameLast("send.recording");
  itemTooltip(tr("Without it the colleague gets the tags, ratings and notes, and needs their own copy of the "
                 "recording to watch them",
                 "Zonder krijgt de collega de tags, beoordelingen en notities, en heeft een eigen kopie van de "
                 "opname nodig om ze te bekijken"));
  ImGui::Checkbox(tr("Can be opened until", "Te openen tot en met"), &m_expires);
  nameLast("send.expires");
  ImGui::SameLine();
  ImGui::BeginDisabled(!m_expires);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7.0f);
  ImGui::InputText("##day", &m_day);
  ImGui::EndDisabled();
  itemTooltip(tr("After this day the package can no longer be opened (YYYY-MM-DD)",
                 "Na deze dag kan het pakket niet meer geopend worden (JJJJ-MM-DD)"));
  ImGui::Spacing();
  ImGui::TextUnformatted(tr("Passphrase (a few words, at least 10 characters)",
                            "Wachtzin (een paar woorden, minstens 10 tekens)"));
  passwordField("##pass", m_pass, kSendEm, "send.pass");
  ImGui::TextUnformatted(tr("The passphrase again", "De wachtzin nog eens"));
  passwordField("##again", m_again, kSendEm, "send.again");
  // Said once both are typed, so it does not scold while typing.
  std::string problem = m_pass.empty() || m_again.empty() ? std::string() : passphraseProblem(m_pass, m_again);
  const auto expiry = m_expires ? expiryAfter(m_day) : std::optional<store::UnixMillis>(0);
  if (!expiry)
    problem = tr("Give the last day as a date like 2027-03-31.", "Geef de laatste dag als datum, zoals 2027-03-31.");
  else if (m_expires && *expiry <= shareNow())
    problem = tr("That day has passed already; give a later one.", "Die dag is al voorbij; geef een latere.");
  if (!m_problem.empty() && problem.empty())
    problem = m_problem;
  if (!problem.empty()) {
    ImGui::Spacing();
    calmNote(problem);
  }
  if (TestLayout *tl = testLayout())
    tl->value("send.problem", problem);
  ImGui::Spacing();
  const bool ready = !m_pass.empty() && passphraseProblem(m_pass, m_again).empty() && expiry &&
                     (!m_expires || *expiry > shareNow());
  const int clicked = dialogButtons(
      kSendEm, {{tr("Save as…", "Opslaan als…"), tr("Choose where the package goes", "Kies waar het pakket komt"), ready,
                 "send.save"},
                {tr("Cancel", "Annuleren"), tr("Send nothing (Esc)", "Niets versturen (Esc)")}});
  if (clicked == 0) {
    m_problem.clear();
    m_active = false;
    ImGui::CloseCurrentPopup();
    const std::string stem = fs::path(ws.projectPath()).stem().string();
    state.events.push(ShowBrowser{.what = BrowseFor::SaveFile,
                                  .saveFor = SaveFor::SharePackage,
                                  .fileName = stem + ".spiegelpkg"});
  } else if (clicked == 1 || keymap::pressed(state, keymap::Action::Cancel)) {
    wipe(m_pass);
    wipe(m_again);
    m_active = false;
    ImGui::CloseCurrentPopup();
  }
  endQueuedModal();
}

// --- UnpackDialog

void UnpackDialog::onEvent(AppState &, const Event &e) {
  if (const auto *ask = std::get_if<AskUnpack>(&e); ask != nullptr && !m_task.running()) {
    m_active = true;
    m_focusPass = true;
    m_package = ask->package;
    m_problem.clear();
    wipe(m_pass);
    // Beside the package, in a folder of its name: seen and changeable here.
    const fs::path p(m_package);
    m_folder = (p.parent_path() / p.stem()).string();
  } else if (const auto *chosen = std::get_if<UnpackFolderChosen>(&e); chosen != nullptr && !m_package.empty()) {
    m_folder = chosen->folder;
    m_active = true;
  }
}

void UnpackDialog::start(AppState &state) {
  std::error_code ec;
  fs::create_directories(m_folder, ec);
  if (ec) {
    m_problem = std::string(tr("The folder cannot be made: ", "De map kan niet worden gemaakt: ")) + m_folder +
                tr(". Choose another.", ". Kies een andere.");
    return;
  }
  m_problem.clear();
  const std::string actor = state.identity ? state.identity->name : shareSender();
  m_wrongPassphrase = std::make_shared<std::string>();
  m_task = state.tasks.submit([package = m_package, folder = m_folder, pass = m_pass, actor, &state,
                               wrongSlot = m_wrongPassphrase](tasks::TaskContext &ctx) mutable {
    try {
      const auto got = store::unsealPackage(package, folder, pass, shareNow(), actor);
      ctx.post([&state, got] {
        state.events.push(OpenFile{got.projectPath});
        state.notify(std::string(tr("Opened the package from ", "Het pakket van ")) + got.sender +
                     tr(" in ", " geopend in ") + fs::path(got.projectPath).parent_path().string());
      });
    } catch (const store::StoreError &err) {
      // A wrong passphrase is typed again in the dialog; the rest is final.
      if (err.code() == store::ErrorCode::WrongPassphrase)
        ctx.post([wrongSlot, message = describe(err)] { *wrongSlot = message; });
      else
        ctx.post([&state, message = describe(err)] {
          state.events.push(ShowError{message, tr("The package was not opened", "Het pakket is niet geopend")});
        });
    }
    wipe(pass);
  });
  wipe(m_pass);
}

void UnpackDialog::draw(AppState &state) {
  if (m_task && !m_task.running()) { // finished: opened, refused (an error dialog), or a wrong passphrase
    m_task = {};
    m_problem = m_wrongPassphrase ? *m_wrongPassphrase : std::string();
    m_active = !m_problem.empty();
    m_focusPass = m_active;
  }
  if (!beginQueuedModal("###unpack", tr("Open a package from a colleague", "Een pakket van een collega openen"),
                        m_active, kUnpackEm))
    return;
  if (m_task.running()) {
    workingLine(tr("Checking and opening the package…", "Het pakket wordt gecontroleerd en geopend…"));
    endQueuedModal();
    return;
  }
  ImGui::TextWrapped("%s", fs::path(m_package).filename().string().c_str());
  ImGui::Spacing();
  ImGui::TextUnformatted(tr("Passphrase", "Wachtzin"));
  if (m_focusPass)
    ImGui::SetKeyboardFocusHere();
  passwordField("##pass", m_pass, kUnpackEm, "unpack.pass");
  if (ImGui::IsItemActive())
    m_focusPass = false;
  itemTooltip(tr("The colleague who made the package tells you the passphrase",
                 "De collega die het pakket maakte, vertelt je de wachtzin"));
  ImGui::Spacing();
  ImGui::TextUnformatted(tr("Opens into this folder, and nowhere else:", "Wordt geopend in deze map, en nergens anders:"));
  ImGui::TextWrapped("%s", m_folder.c_str());
  if (TestLayout *tl = testLayout())
    tl->value("unpack.folder", m_folder);
  if (ImGui::SmallButton(tr("Choose another folder…", "Andere map kiezen…"))) {
    m_active = false;
    ImGui::CloseCurrentPopup();
    state.events.push(ShowBrowser{.what = BrowseFor::Folder, .folderFor = FolderFor::Unpack});
  }
  nameLast("unpack.folder_choose");
  if (!m_problem.empty()) {
    ImGui::Spacing();
    calmNote(m_problem);
  }
  if (TestLayout *tl = testLayout())
    tl->value("unpack.problem", m_problem);
  ImGui::Spacing();
  const bool ready = !m_pass.empty();
  const int clicked =
      dialogButtons(kUnpackEm, {{tr("Open", "Openen"), tr("Check the package and open its project (Enter)",
                                                         "Het pakket controleren en het project openen (Enter)"),
                                 ready, "unpack.open"},
                                {tr("Cancel", "Annuleren"), tr("Open nothing (Esc)", "Niets openen (Esc)")}});
  if (clicked == 0 || (ready && keymap::pressed(state, keymap::Action::Confirm))) {
    start(state);
  } else if (clicked == 1 || keymap::pressed(state, keymap::Action::Cancel)) {
    wipe(m_pass);
    m_package.clear();
    m_active = false;
    ImGui::CloseCurrentPopup();
  }
  endQueuedModal();
}

} // namespace spiegel::app::gui
