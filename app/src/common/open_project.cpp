#include "common/open_project.hpp"

#include "common/assets.hpp"
#include "common/error_text.hpp"
#include "common/i18n.hpp"
#include "common/review_messages.hpp"

#include "spiegel/media/background.hpp"
#include "spiegel/media/probe.hpp"
#include "spiegel/store/codebook_json.hpp"

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

review::RecordingFacts probeRecording(const std::string &recordingPath) {
  const auto info = media::probe(recordingPath);
  return {recordingPath, media::fingerprint(recordingPath), info.duration, {}};
}

store::Fingerprinter mediaFingerprinter() {
  return [](const std::string &path) { return media::fingerprint(path); };
}

} // namespace spiegel::app
