#pragma once
// Small helpers the Recall tab's two halves share (recall_panel.cpp,
// recall_play.cpp). UI thread only.
#include "common/review_messages.hpp"
#include "gui/shell/app_state.hpp"
#include "gui/shell/test_layout.hpp"

namespace spiegel::app::gui::recall_ui {

// A refused edit as the error dialog's sentence; nothing when it was done.
inline void report(AppState &state, const review::Error &e) {
  if (e)
    state.events.push(ShowError{describe(e)});
}
inline void report(AppState &state, const review::Status &s) { report(state, s.error); }

// The last item's name in the test layout.
inline void name(const char *item) {
  if (TestLayout *tl = testLayout())
    tl->lastItem(item);
}

} // namespace spiegel::app::gui::recall_ui
