#pragma once
// What the panels share: the open recording (Session), the timeline view,
// settings, the event queue and the task runner. UI thread only; background
// tasks hand their results over in TaskRunner::drain(), the Player through
// state() and currentFrame(), all read here once per UI frame.
#include "common/settings.hpp"
#include "gui/shell/events.hpp"
#include "common/recent_projects.hpp"
#include "gui/shell/keymap.hpp"
#include "spiegel/annotate/transcript.hpp"
#include "spiegel/review/workspace.hpp"
#include "tasks/task_runner.hpp"
#include "viewmodels/compare_model.hpp"
#include "viewmodels/ratings_model.hpp"
#include "viewmodels/tag_list_model.hpp"

#include <spiegel/media/background.hpp>
#include <spiegel/media/player.hpp>

#include <cstdint>
#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace spiegel::app::gui {

// The visible stretch of the timeline, in microseconds (Tracy's model).
struct TimelineView {
  Micros start = 0, end = 0;
  [[nodiscard]] Micros length() const { return end - start; }
};

// One open recording. Created by App on OpenFile, destroyed on close.
struct Session {
  std::uint64_t serial = 0; // unique per opened recording (caches key on it)
  std::string path;
  media::MediaInfo info;
  std::unique_ptr<media::Player> player;
  // The background work of this recording (media_tasks.hpp). A handle is
  // empty when there is nothing to make (no audio, no video); closing the
  // session cancels both.
  tasks::TaskHandle peaksTask;
  std::shared_ptr<const media::Peaks> peaks; // from peaksTask; null until it is done
  tasks::TaskHandle thumbsTask;
  std::vector<media::ThumbnailPtr> thumbnails; // from thumbsTask, in time order; grows while it runs
  Micros thumbInterval = 0;                    // spacing thumbsTask was asked for
  // The WebVTT transcript beside the recording (common/transcript_file.hpp),
  // read when it opens; empty when there is none or it was refused.
  annotate::Transcript transcript;

  // Snapshot of the player, refreshed at the start of every UI frame so all
  // panels see the same numbers.
  media::PlayerState state;
  media::FramePtr frame;         // the frame to show this UI frame (may be null)
  bool frameChanged = false;     // frame differs from the previous UI frame
  bool readFailureShown = false; // state.readFailed was reported once already

  [[nodiscard]] bool hasVideo() const { return info.bestVideo() != nullptr; }
  [[nodiscard]] bool hasAudio() const { return info.bestAudio() != nullptr; }
};

// Key presses and typed characters since the previous UI frame, queued by
// App's GLFW callbacks. ImGui 1.86 only keeps key *state*, so a press and
// release inside one wait (fast typists, xdotool) would be lost otherwise.
// Handlers never read them: they ask the keymap (gui/shell/keymap_input.hpp).
struct KeyPress {
  int key = 0;  // a GLFW key code
  int mods = 0; // GLFW modifier bits
};
struct FrameInput {
  std::vector<KeyPress> keys;  // presses and auto-repeats, in order
  std::vector<unsigned> chars; // Unicode code points typed (layout-aware)
  // Left-button double-clicks, judged by the press times (not by frame
  // times as ImGui 1.86 does), so a slow frame (ASan, a loaded laptop) that
  // swallows both clicks of a double-click does not lose it.
  int doubleClicks = 0;
};

// Wakes the UI loop from any thread (glfwPostEmptyEvent; defined in app.cpp).
void wakeUi();

struct AppState {
  // Background work (waveform, thumbnails, later exports): drained by App
  // once per frame. First, so it outlives the Session's task handles.
  tasks::TaskRunner tasks{wakeUi};
  Settings settings;
  std::unique_ptr<Session> session; // null: nothing open
  TimelineView view;
  EventQueue events;
  FrameInput input;           // this frame's keyboard input (App fills, the keymap reads)
  keymap::Mode mode = keymap::Mode::Reviewing; // filters the key table (gui/shell/keymap.hpp)
  bool showShortcuts = false; // the `?` sheet
  bool scrubbing = false;     // the timeline is being dragged (keyframe seeks)
  bool animating = false;     // a panel animates (zoom): App draws the next frame without waiting; reset every frame

  // The reviewer's workspace (issue "workspace"): the open project, null when
  // a bare recording is played without a project. The Session above plays
  // its recording (workspace->mediaPath()).
  std::unique_ptr<review::Workspace> workspace;
  // What the recording is used for in this sitting (the Consent tab's
  // choice, `--purpose KEY`): the consent check on opening asks about it,
  // and later recall sessions and exports start from it.
  annotate::Purpose purpose = annotate::Purpose::Reflection;
  // Who reviews on this laptop (identity.json); nullopt until the first-start
  // dialog has been answered.
  std::optional<review::Identity> identity;
  app::RecentProjects recentProjects; // the start screen and File > Recent projects
  // The side panel's rectangle in the last frame (screen pixels; App writes
  // in drawLayout; all zero without one): floating windows that must not
  // cover the picture are placed over it.
  struct Area {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    [[nodiscard]] bool empty() const { return x1 <= x0 || y1 <= y0; }
  };
  Area sideArea;
  std::optional<annotate::Uuid> selectedTag; // shared by timeline lanes, tag list and editor
  std::optional<annotate::Uuid> editingTag;  // the tag editor is open on this tag
  bool editorNoteActive = false;             // its note field had the caret last frame (TaggingPanel writes)
  // Discussion (panels/discussion): the thread selected in the Discussion
  // tab and on the timeline's thread lane; a tag the tab is asked to start
  // a thread on ("Discuss this tag…"); and a side tab (its tabId) to bring
  // forward on the next frame, cleared by App once shown.
  std::optional<annotate::Uuid> selectedThread;
  std::optional<annotate::Uuid> discussTag;
  std::string showSideTab;
  viewmodels::TagListModel tagList;           // the Tags tab's filters; refreshed by it and the timeline
  viewmodels::RatingsModel ratings;           // refreshed by the Ratings tab
  // The compare view (V, View menu; gui/panels/compare): while on, the
  // timeline shows one lane per reviewer instead of one per element.
  struct Compare {
    bool on = false;
    viewmodels::CompareChoice choice;      // element, reference, tolerance
    viewmodels::CompareModel model;        // refreshed by the timeline while on
    std::optional<std::size_t> lastJump;   // the disagreement D went to last
    const review::Workspace *toleranceOf = nullptr; // choice.tolerance read from this project
  };
  Compare compare;

  // One sentence in the status line about what the last action did ("Moved
  // tag Engagement to 00:42.400 (Ctrl+Z undoes it)"), shown until `until`.
  struct Notice {
    std::string text;
    std::chrono::steady_clock::time_point until;
  };
  std::optional<Notice> notice;
  // Why 6 s: long enough to read twice, short enough not to be stale.
  static constexpr std::chrono::seconds kNoticeFor{6};
  void notify(std::string text) { notice = Notice{std::move(text), std::chrono::steady_clock::now() + kNoticeFor}; }
};

} // namespace spiegel::app::gui
