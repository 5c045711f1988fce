// App: opening projects and recordings for the reviewer's workspace. A
// project (*.spiegel) becomes AppState::workspace and its recording plays in
// the Session; a bare recording plays without a project and the user is
// offered one (next to it, or in a folder they choose). Save a copy… copies
// a project (one in a folder that may not be written) and opens the copy.
// UI thread only.
#include "common/open_project.hpp"
#include "gui/shell/app.hpp"

#include "common/clock_text.hpp"
#include "common/delete_recording.hpp"
#include "common/media_messages.hpp"
#include "common/store_messages.hpp"
#include "common/i18n.hpp"
#include "common/open_target.hpp"
#include "viewmodels/consent_model.hpp"

#include <filesystem>
#include <system_error>

namespace spiegel::app::gui {
namespace {
bool samePath(const std::string &a, const std::string &b) {
  if (a.empty() || b.empty())
    return false;
  std::error_code ec;
  return a == b || std::filesystem::equivalent(a, b, ec);
}
} // namespace

void App::openPath(const std::string &path) {
  const auto target = app::openTarget(path);
  if (target == app::OpenTarget::Project) {
    openProject(path);
    return;
  }
  if (target == app::OpenTarget::Package) { // a colleague's: its passphrase first
    m_state.events.push(AskUnpack{path});
    return;
  }
  // The project's own recording (e.g. dropped again): keep the project.
  if (m_state.workspace && samePath(m_state.workspace->mediaPath(), path)) {
    openFile(path);
    return;
  }
  // Another recording: it replaces the project only once it plays.
  if (openFile(path, false))
    m_state.events.push(OfferProject{m_state.session->path});
}

void App::openProject(const std::string &path) {
  auto opened = openWorkspace(path, m_state.identity);
  if (!opened.workspace) {
    m_state.events.push(ShowError{opened.error, tr("Cannot open the project", "Kan het project niet openen")});
    m_state.recentProjects.refresh();
    return;
  }
  adoptWorkspace(std::move(opened.workspace));
}

void App::createProject(const std::string &recording, const std::string &project) {
  const std::string path = project.empty() ? review::Workspace::suggestProjectPath(recording).path : project;
  std::error_code ec;
  if (std::filesystem::exists(path, ec)) {
    openProject(path);
    return;
  }
  auto made = createWorkspaceForRecording(recording, path, m_state.identity);
  if (!made.workspace) {
    m_state.events.push(ShowError{made.error, tr("Cannot make the project", "Kan het project niet maken")});
    return;
  }
  adoptWorkspace(std::move(made.workspace));
}

void App::copyProject(const std::string &folder) {
  if (!m_state.workspace)
    return;
  auto copy = copyWorkspace(*m_state.workspace, folder, m_state.identity);
  if (!copy.workspace) {
    m_state.events.push(ShowError{copy.error, tr("Cannot save a copy", "Kan geen kopie bewaren")});
    return;
  }
  const std::string where = copy.workspace->projectPath();
  adoptWorkspace(std::move(copy.workspace));
  m_state.notify(std::string(tr("Copy saved and opened: ", "Kopie bewaard en geopend: ")) + where);
}

void App::adoptWorkspace(std::unique_ptr<review::Workspace> ws) {
  closeWorkspace();
  ws->setSettings(m_state.settings.tagging);
  const Micros resumeAt = m_state.recentProjects.positionOf(ws->projectPath());
  m_state.recentProjects.add(ws->projectPath(), ws->project().info().title);
  m_state.recentProjects.setRetainUntil(ws->projectPath(), ws->recording().retainUntil);
  m_state.recentProjects.save();
  m_state.workspace = std::move(ws);
  m_state.workspace->noteUse(review::Workspace::Use::Opened);
  // First start: tagging needs a name, so ask now (watching a bare
  // recording does not).
  if (!m_state.identity)
    m_state.events.push(AskIdentity{false});
  const std::string &media = m_state.workspace->mediaPath();
  if (m_state.workspace->recordingMissing()) {
    closeFile();
    m_state.events.push(RecordingMissing{});
  } else if (!m_state.session || !samePath(m_state.session->path, media)) {
    openFile(media);
  }
  resumeAtLastPosition(resumeAt);
  noteMissingConsent();
  updateTitle();
}

// Once, on opening: who has not consented to this sitting's purpose
// (viewmodels::openingNotice), after the opening's own notice.
void App::noteMissingConsent() {
  const std::string consent =
      viewmodels::openingNotice(*m_state.workspace, m_state.purpose, viewmodels::localToday());
  if (consent.empty())
    return;
  if (m_state.notice && m_state.notice->until > std::chrono::steady_clock::now())
    m_state.notify(m_state.notice->text + "  \u00B7  " + consent);
  else
    m_state.notify(consent);
}

void App::deleteWorkspaceRecording(const DeleteRecording &d) {
  if (!m_state.workspace)
    return;
  closeFile(); // the player lets go of the file first
  review::Workspace &ws = *m_state.workspace;
  const char *title = tr("Cannot delete the recording", "Kan de opname niet verwijderen");
  try {
    const auto plan = planDeletion(ws.project(), ws.recording(), {.original = d.original, .keepWork = d.keepWork});
    const auto done = deleteRecording(ws.project(), plan);
    closeWorkspace();
    m_state.recentProjects.refresh();
    if (!done.failed.empty()) {
      m_state.events.push(ShowError{tr("Could not delete ", "Kon niet verwijderen: ") + done.failed.front() +
                                        tr(": delete it by hand (the audit log has its hash).",
                                           ": verwijder het met de hand (het logboek heeft de hash)."),
                                    title});
      return;
    }
    m_state.notify(tr("Deleted: ", "Verwijderd: ") + std::to_string(done.removed.size()) +
                   tr(" files and ", " bestanden en ") + std::to_string(done.caches) +
                   tr(" cache files; each file's SHA-256 is in the project's audit log.",
                      " cachebestanden; de SHA-256 van elk bestand staat in het logboek van het project."));
  } catch (const store::StoreError &e) {
    m_state.events.push(ShowError{describe(e), title});
    playWorkspaceRecording();
  } catch (const media::MediaError &e) {
    m_state.events.push(ShowError{describe(e), title});
    playWorkspaceRecording();
  }
}

void App::notePlayback() {
  const Session *s = m_state.session.get();
  if (m_state.workspace && s != nullptr && s->state.playing && samePath(s->path, m_state.workspace->mediaPath()))
    m_state.workspace->noteUse(review::Workspace::Use::PlaybackStarted);
}

void App::resumeAtLastPosition(Micros at) {
  Session *s = m_state.session.get();
  // Left at the very end (played through): start again from the start.
  if (s == nullptr || s->player == nullptr || at <= 0 || at >= s->state.duration - kMicrosPerSecond)
    return;
  s->player->seek(at, media::SeekMode::Exact);
  // A notice of the opening itself (a refused transcript) says more: it stays.
  if (!m_state.notice || m_state.notice->until <= std::chrono::steady_clock::now())
    m_state.notify(std::string(tr("Back where you left off: ", "Terug waar je was gebleven: ")) + clockText(at));
}

void App::rememberPosition() {
  // Only the project's own recording: while a project is being adopted,
  // the session may still be another one's.
  if (!m_state.workspace || !m_state.session || m_state.session->player == nullptr ||
      !samePath(m_state.session->path, m_state.workspace->mediaPath()))
    return;
  m_state.recentProjects.setPosition(m_state.workspace->projectPath(), m_state.session->player->state().position);
  m_state.recentProjects.save();
}

void App::playWorkspaceRecording() {
  if (m_state.workspace && !m_state.workspace->recordingMissing())
    openFile(m_state.workspace->mediaPath());
}

void App::closeWorkspace() {
  rememberPosition();
  m_state.selectedTag.reset();
  m_state.editingTag.reset();
  m_state.workspace.reset();
  if (m_window != nullptr)
    updateTitle();
}

} // namespace spiegel::app::gui
