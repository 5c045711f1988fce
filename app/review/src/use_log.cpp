// Workspace: the uses of the recording written to the audit log (issue #13
// §3): opening it to watch ("view") and the first playback ("play") of a
// session. Edits audit themselves in store/.
#include "spiegel/review/workspace.hpp"

#include "spiegel/store/error.hpp"

#include <utility>

namespace spiegel::review {

void Workspace::noteUse(Use use) {
  if (use == Use::PlaybackStarted && std::exchange(m_playbackNoted, true))
    return;
  if (readOnly())
    return;
  try {
    m_project->logAudit(use == Use::Opened ? "view" : "play", "recording " + m_recording.id, m_recording.title);
  } catch (const store::StoreError &) {
    // A use that cannot be logged (the disk is full) is not refused: the
    // person is only watching. The next edit reports the problem.
  }
}

} // namespace spiegel::review
