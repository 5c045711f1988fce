#pragma once
// The player window. App owns everything a window needs — the GLFW window
// and GL context, ImGui, the AppState (settings, the open recording with its
// Player and background jobs), and the panels — and runs the loop. No
// globals: GLFW callbacks reach the App through the window user pointer.
//   App app(options);  return app.run();
// UI thread only (the thread that created it); the Player's threads only
// call glfwPostEmptyEvent() through PlayerOptions::wake.
#include "gui/shell/app_state.hpp"
#include "gui/shell/gui_options.hpp"
#include "gui/shell/panel.hpp"
#include "gui/shell/quit_signals.hpp"
#include "gui/shell/theme.hpp"

#include <atomic>
#include <chrono>
#include <memory>
#include <vector>

struct GLFWwindow;

namespace spiegel::app::gui {

class App {
public:
  // Throws std::runtime_error with a user-facing sentence when no window can
  // be opened (no display, no OpenGL 3.3).
  explicit App(GuiOptions options);
  ~App();
  App(const App &) = delete;
  App &operator=(const App &) = delete;

  // Runs until the window closes. Returns an exit code.
  int run();

  // Called from GLFW callbacks (UI thread).
  void noteActivity() { m_busyFrames = kSettleFrames; }
  void onKey(int key, int action, int mods);
  void onChar(unsigned codepoint);
  void onMouseButton(int button, int action);
  void onDrop(int count, const char **paths);

private:
  // ImGui needs a few frames after an input event for hover, popups and
  // layout to settle; after that the loop may sleep again.
  static constexpr int kSettleFrames = 3;

  void initWindow();
  void fitWindowToScreen();
  void initImGui();
  void registerPanels();
  void frame();
  void closeMenusOnEscape();
  void drawLayout();
  void drawSlot(Slot slot);
  void drawSideTabs();
  void drawSplitter(const char *id, float width, float height, bool vertical, float now, float &setting);
  [[nodiscard]] float pictureAspect() const;
  [[nodiscard]] float sideWidth(float avail, float pictureH) const;
  [[nodiscard]] float sideTabsWidth() const;
  [[nodiscard]] float timelineHeight(float availH) const;
  void handleEvents();
  // Plays the recording at `path`; false (an error shown, nothing else
  // changed) when it cannot be played. keepWorkspace == false also closes
  // the open project once the new recording plays.
  bool openFile(const std::string &path, bool keepWorkspace = true);
  // app_workspace.cpp: a project or a recording (decided by its content).
  void openPath(const std::string &path);
  void openProject(const std::string &path);
  // A project for the recording at `project` (empty: next to it).
  void createProject(const std::string &recording, const std::string &project);
  // Save a copy…: copies the open project into `folder` and opens the copy.
  void copyProject(const std::string &folder);
  void adoptWorkspace(std::unique_ptr<review::Workspace> ws);
  void playWorkspaceRecording();
  void closeWorkspace();
  void closeFile();
  // Notes in the recent list where the open project's recording is, so it
  // reopens there (called before the project or its recording closes).
  void rememberPosition();
  // Seeks the just opened project's recording to `at` (its remembered
  // position) and says so; nothing at 0 or at the recording's end.
  void resumeAtLastPosition(Micros at);
  void noteMissingConsent(); // once, on opening a project (app_workspace.cpp)
  void deleteWorkspaceRecording(const DeleteRecording &d); // app_workspace.cpp
  void notePlayback();       // the project's playback started: audited once (app_workspace.cpp)
  void refreshSession();
  [[nodiscard]] double waitTimeout() const;
  void timedActions();
  void takeScreenshot(const std::string &path);
  void saveSettings();
  void printState() const;
  void updateTitle();

  // First: it blocks SIGTERM/SIGINT before any thread starts (quit_signals.hpp).
  QuitSignals m_quitSignals;
  GuiOptions m_options;
  GLFWwindow *m_window = nullptr;
  bool m_imguiReady = false;
  float m_scale = 1.0f; // UI scale: the monitor's content scale or SPIEGEL_UI_SCALE
  Fonts m_fonts;
  std::string m_iniPath; // must outlive ImGui (io.IniFilename points into it)
  AppState m_state;
  std::vector<std::unique_ptr<Panel>> m_panels; // draw order within each slot
  std::uint64_t m_nextSerial = 1;
  int m_busyFrames = kSettleFrames;
  FrameInput m_pendingInput; // filled by callbacks between frames, moved into m_state.input
  double m_lastLeftPress = -1.0; // glfwGetTime() of the last left press that was not a double-click's second
  double m_lastPressX = 0.0, m_lastPressY = 0.0;
  bool m_quit = false;
  int m_exitCode = 0;
  std::chrono::steady_clock::time_point m_started;
  // Time spent building the UI per frame (NewFrame → Render), reported by
  // --print-state-on-exit so tests and people can see that many tags do not
  // slow the frame. UI thread only.
  long m_uiFrames = 0;
  double m_uiMsTotal = 0.0, m_uiMsMax = 0.0;
  // The last frame's layout in pixels, for --print-state-on-exit. UI thread only.
  struct LayoutSizes {
    float sideWidth = 0.0f, timelineHeight = 0.0f;
  } m_layout;
};

} // namespace spiegel::app::gui
