#pragma once
// Opening a review session from the window or the CLI: what review/ cannot
// do itself because it reads no media — probing and fingerprinting a
// recording, and the default codebook from the assets. Failures come back
// as one sentence in the current language.
//   auto opened = openWorkspace("gesprek.spiegel", loadIdentity());
//   if (!opened.workspace) return showError(opened.error);
#include "spiegel/review/workspace.hpp"

#include <memory>
#include <optional>
#include <string>

namespace spiegel::app {

struct OpenedWorkspace {
  std::unique_ptr<review::Workspace> workspace; // null when it failed
  std::string error;                            // one sentence when it failed
};

[[nodiscard]] OpenedWorkspace openWorkspace(const std::string &projectPath,
                                            std::optional<review::Identity> identity);
// Probes the recording (duration), fingerprints it, takes the default
// codebook (assets) and writes a new project at projectPath.
[[nodiscard]] OpenedWorkspace createWorkspaceForRecording(const std::string &recordingPath,
                                                          const std::string &projectPath,
                                                          std::optional<review::Identity> identity);
// Save a copy…: a complete copy of the open project (store::Project::copyTo)
// under its own file name in `folder`, opened for review; it plays the same
// recording, and its audit log says where it was copied from. The original
// is not changed. On failure one sentence (nothing was written).
[[nodiscard]] OpenedWorkspace copyWorkspace(review::Workspace &from, const std::string &folder,
                                            std::optional<review::Identity> identity);
// What review/ needs of a recording (duration, fingerprint) from media/.
// Throws media::MediaError.
[[nodiscard]] review::RecordingFacts probeRecording(const std::string &recordingPath);
// media::fingerprint for Workspace::relink.
[[nodiscard]] store::Fingerprinter mediaFingerprinter();

} // namespace spiegel::app
