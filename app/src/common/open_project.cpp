#include "common/open_project.hpp"

#include "common/assets.hpp"
#include "common/error_text.hpp"
#include "common/i18n.hpp"
#include "common/review_messages.hpp"
#include "common/store_messages.hpp"

#include "spiegel/media/background.hpp"
#include "spiegel/media/probe.hpp"
#include "spiegel/store/codebook_json.hpp"

#include <filesystem>

namespace spiegel::app {

namespace {
OpenedWorkspace fromResult(review::Result<std::unique_ptr<review::Workspace>> r) {
  if (!r)
    return {nullptr, describe(r.error)};
  return {std::move(*r.value), {}};
}
} // namespace

OpenedWorkspace openWorkspace(const std::string &projectPath, std::optional<review::Identity> identity) {
  return fromResult(review::Workspace::openProject(projectPath, std::move(identity)));
}

OpenedWorkspace createWorkspaceForRecording(const std::string &recordingPath, const std::string &projectPath,
                                            std::optional<review::Identity> identity) {
  try {
    const auto codebookFile = defaultCodebookFile();
    if (codebookFile.empty())
      return {nullptr, tr("Spiegel's codebook is missing from its installation: reinstall Spiegel or set "
                          "SPIEGEL_ASSETS_DIR to its assets folder.",
                          "Het codeboek van Spiegel ontbreekt in de installatie: installeer Spiegel opnieuw of "
                          "zet SPIEGEL_ASSETS_DIR op de map met zijn bestanden.")};
    return fromResult(review::Workspace::createProject(projectPath, probeRecording(recordingPath),
                                                       store::loadCodebook(codebookFile), std::move(identity)));
  } catch (...) {
    return {nullptr, currentErrorText()};
  }
}

namespace {
// Why a copy could not be made, in words that say what to do.
std::string copyRefusal(const store::StoreError &e) {
  switch (e.code()) {
  case store::ErrorCode::Io:
    return tr("That folder has a project of this name already: choose another folder, or open that project.",
              "In die map staat al een project met deze naam: kies een andere map, of open dat project.");
  case store::ErrorCode::ReadOnly:
    return tr("You may not write in that folder either: choose a folder of your own for the copy.",
              "Ook in die map mag je niet schrijven: kies een eigen map voor de kopie.");
  default: return describe(e);
  }
}
} // namespace

OpenedWorkspace copyWorkspace(review::Workspace &from, const std::string &folder,
                              std::optional<review::Identity> identity) {
  const std::string source = from.projectPath();
  const std::string target = (std::filesystem::path(folder) / std::filesystem::path(source).filename()).string();
  try {
    from.project().copyTo(target);
  } catch (const store::StoreError &e) {
    return {nullptr, copyRefusal(e)};
  }
  auto opened = openWorkspace(target, std::move(identity));
  if (opened.workspace && !opened.workspace->readOnly()) {
    try {
      opened.workspace->project().logAudit("copy", "project", source);
    } catch (const store::StoreError &) {
      // The copy is whole and open; only its note of where it came from is missing.
    }
  }
  return opened;
}

review::RecordingFacts probeRecording(const std::string &recordingPath) {
  const auto info = media::probe(recordingPath);
  return {recordingPath, media::fingerprint(recordingPath), info.duration, {}};
}

store::Fingerprinter mediaFingerprinter() {
  return [](const std::string &path) { return media::fingerprint(path); };
}

} // namespace spiegel::app
