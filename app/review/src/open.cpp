// Workspace: opening a project, making one for a recording, relinking.
#include "spiegel/review/workspace.hpp"

#include <filesystem>

namespace spiegel::review {
namespace fs = std::filesystem;

using Opened = Result<std::unique_ptr<Workspace>>;

Opened Workspace::openProject(const std::string &projectPath, std::optional<Identity> identity) {
  try {
    return openProject(store::Project::open(projectPath), std::move(identity));
  } catch (...) {
    return Opened::fail(currentError());
  }
}

Opened Workspace::openProject(store::Project project, std::optional<Identity> identity) {
  try {
    std::unique_ptr<Workspace> ws(new Workspace(std::move(project), std::move(identity)));
    if (auto s = ws->init(); !s)
      return Opened::fail(s.error);
    return Opened::ok(std::move(ws));
  } catch (...) {
    return Opened::fail(currentError());
  }
}

Opened Workspace::createProject(const std::string &projectPath, const RecordingFacts &recording,
                                const Codebook &codebook, std::optional<Identity> identity) {
  try {
    store::Recording rec;
    std::error_code ec;
    rec.path = fs::absolute(recording.path, ec).lexically_normal().string();
    rec.fingerprint = recording.fingerprint;
    rec.duration = recording.duration;
    rec.title = recording.title.empty() ? fs::path(recording.path).stem().string() : recording.title;
    store::NewProject init;
    init.title = rec.title;
    init.codebook = codebook;
    init.actor = identity ? identity->name : std::string();
    {
      auto project = store::Project::create(projectPath, init);
      project.addRecording(rec);
    } // closed: openProject() reads it back like any other project
    return openProject(projectPath, std::move(identity));
  } catch (...) {
    return Opened::fail(currentError());
  }
}

ProjectSuggestion Workspace::suggestProjectPath(const std::string &recordingPath) {
  fs::path p(recordingPath);
  p.replace_extension(".spiegel");
  std::error_code ec;
  return {p.string(), fs::exists(p, ec)};
}

Result<bool> Workspace::relink(const std::string &folder, const store::Fingerprinter &fingerprint) {
  try {
    std::vector<std::string> dirs;
    if (!folder.empty())
      dirs.push_back(folder);
    m_project->relinkRecordings(fingerprint, dirs);
    if (auto rec = m_project->recording(m_recording.id))
      m_recording = *rec;
    m_mediaPath = m_project->locateRecording(m_recording);
    changed(true);
    return Result<bool>::ok(!m_mediaPath.empty());
  } catch (...) {
    return Result<bool>::fail(currentError());
  }
}

Status Workspace::reloadRecording() {
  try {
    if (auto rec = m_project->recording(m_recording.id))
      m_recording = *rec;
    m_mediaPath = m_project->locateRecording(m_recording);
    changed(true);
    return Status::ok();
  } catch (...) {
    return Status::fail(currentError());
  }
}

} // namespace spiegel::review
