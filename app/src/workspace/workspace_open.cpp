// Workspace: opening a project, making one for a recording, relinking.
#include "workspace/workspace.hpp"

#include "common/i18n.hpp"
#include "workspace/assets.hpp"
#include "workspace/error_text.hpp"

#include "spiegel/media/background.hpp"
#include "spiegel/media/probe.hpp"
#include "spiegel/store/codebook_json.hpp"

#include <filesystem>

namespace spiegel::app::workspace {
namespace fs = std::filesystem;

using Opened = Result<std::unique_ptr<Workspace>>;

Opened Workspace::openProject(const std::string &projectPath, std::optional<Identity> identity) {
  try {
    std::unique_ptr<Workspace> ws(new Workspace(store::Project::open(projectPath), std::move(identity)));
    if (auto s = ws->init(); !s)
      return Opened::fail(s.error);
    return Opened::ok(std::move(ws));
  } catch (...) {
    return Opened::fail(currentErrorText());
  }
}

Opened Workspace::createProjectForRecording(const std::string &recordingPath, const std::string &projectPath,
                                            std::optional<Identity> identity) {
  try {
    const auto codebookFile = defaultCodebookFile();
    if (codebookFile.empty())
      return Opened::fail(
          tr("Spiegel's codebook is missing from its installation: reinstall Spiegel or set "
             "SPIEGEL_ASSETS_DIR to its assets folder.",
             "Het codeboek van Spiegel ontbreekt in de installatie: installeer Spiegel opnieuw of "
             "zet SPIEGEL_ASSETS_DIR op de map met zijn bestanden."));
    const auto info = media::probe(recordingPath);
    store::Recording rec;
    std::error_code ec;
    rec.path = fs::absolute(recordingPath, ec).lexically_normal().string();
    rec.fingerprint = media::fingerprint(recordingPath);
    rec.duration = info.duration;
    rec.title = fs::path(recordingPath).stem().string();
    store::NewProject init;
    init.title = rec.title;
    init.codebook = store::loadCodebook(codebookFile);
    init.actor = identity ? identity->name : std::string();
    {
      auto project = store::Project::create(projectPath, init);
      project.addRecording(rec);
    } // closed: openProject() reads it back like any other project
    return openProject(projectPath, std::move(identity));
  } catch (...) {
    return Opened::fail(currentErrorText());
  }
}

ProjectSuggestion Workspace::suggestProjectPath(const std::string &recordingPath) {
  fs::path p(recordingPath);
  p.replace_extension(".spiegel");
  std::error_code ec;
  return {p.string(), fs::exists(p, ec)};
}

Result<bool> Workspace::relink(const std::string &folder) {
  try {
    const store::Fingerprinter fp = [](const std::string &path) { return media::fingerprint(path); };
    std::vector<std::string> dirs;
    if (!folder.empty())
      dirs.push_back(folder);
    m_project->relinkRecordings(fp, dirs);
    if (auto rec = m_project->recording(m_recording.id))
      m_recording = *rec;
    m_mediaPath = m_project->locateRecording(m_recording);
    changed(true);
    return Result<bool>::ok(!m_mediaPath.empty());
  } catch (...) {
    return Result<bool>::fail(currentErrorText());
  }
}

} // namespace spiegel::app::workspace
