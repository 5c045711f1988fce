#pragma once
// The background work of an open recording, on the one task runner: the
// waveform (delivered into Session::peaks) and the thumbnail strip (into
// Session::thumbnails, one by one as they are made, so the strip fills in
// while the rest are made). Both read and write the disk cache.
//   startMediaTasks(state.tasks, *session);   // UI thread, once per opened recording
#include "gui/shell/app_state.hpp"

namespace spiegel::app::gui {

// Submits the waveform when the recording has sound and the thumbnails when
// it has pictures; sets Session::peaksTask / thumbsTask and thumbInterval.
// The posted results write into `session`: safe because the session owns
// the handles, and a cancelled task's posts never run. UI thread.
// `keepCache` false: nothing is read from or written to the disk cache.
void startMediaTasks(tasks::TaskRunner &runner, Session &session, bool keepCache);

} // namespace spiegel::app::gui
