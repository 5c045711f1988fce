#include "gui/app.hpp"

#include "common/i18n.hpp"
#include "common/paths.hpp"
#include "gui/dialogs.hpp"
#include "gui/gl.hpp"
#include "gui/menu_bar.hpp"
#include "gui/participants_panel.hpp"
#include "gui/ratings_panel.hpp"
#include "gui/reviewers_panel.hpp"
#include "gui/shortcuts.hpp"
#include "gui/tags_panel.hpp"
#include "gui/timeline/timeline_panel.hpp"
#include "gui/transport_bar.hpp"
#include "gui/start_screen.hpp"
#include "gui/tagging.hpp"
#include "gui/test_layout.hpp"
#include "gui/video_panel.hpp"
#include "gui/workspace_dialogs.hpp"

#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <ctime>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <stdexcept>

namespace spiegel::app::gui {
namespace {
// Paused and untouched, the loop sleeps this long: everything that needs a
// redraw (input, the player's wake, a dropped file) ends the wait earlier,
// so this is only a safety net and may be long. Idle then costs one frame
// per 30 s.
constexpr double kIdleTimeout = 30.0;
// While playing, wake at least this often for the clock and playhead even
// when the player sends no frame (audio-only recordings): 30 Hz looks smooth.
constexpr double kPlayingTimeout = 1.0 / 30.0;
// With video the player wakes us per frame; this only bounds a missed wake.
constexpr double kPlayingFallbackTimeout = 0.1;
// While a background job runs, redraw its progress four times a second.
constexpr double kProgressTimeout = 0.25;
// A text cursor blinks at about 2 Hz.
constexpr double kCaretTimeout = 0.5;

App *fromWindow(GLFWwindow *w) {
  return static_cast<App *>(glfwGetWindowUserPointer(w));
}

// Installed before ImGui's own callbacks, which chain to these; they only
// note that something happened so the loop draws a few frames.
void installActivityCallbacks(GLFWwindow *w) {
  glfwSetMouseButtonCallback(w, [](GLFWwindow *win, int button, int action, int) {
    fromWindow(win)->onMouseButton(button, action);
  });
  glfwSetScrollCallback(w, [](GLFWwindow *win, double, double) { fromWindow(win)->noteActivity(); });
  glfwSetKeyCallback(w, [](GLFWwindow *win, int key, int, int action, int mods) {
    fromWindow(win)->onKey(key, action, mods);
  });
  glfwSetCharCallback(w, [](GLFWwindow *win, unsigned int c) { fromWindow(win)->onChar(c); });
  glfwSetWindowFocusCallback(w, [](GLFWwindow *win, int) { fromWindow(win)->noteActivity(); });
  glfwSetCursorEnterCallback(w, [](GLFWwindow *win, int) { fromWindow(win)->noteActivity(); });
}

// ImGui 1.86's GLFW backend installs none of these.
void installWindowCallbacks(GLFWwindow *w) {
  glfwSetCursorPosCallback(w, [](GLFWwindow *win, double, double) { fromWindow(win)->noteActivity(); });
  glfwSetFramebufferSizeCallback(w, [](GLFWwindow *win, int, int) { fromWindow(win)->noteActivity(); });
  glfwSetWindowRefreshCallback(w, [](GLFWwindow *win) { fromWindow(win)->noteActivity(); });
  glfwSetDropCallback(w,
                      [](GLFWwindow *win, int n, const char **paths) { fromWindow(win)->onDrop(n, paths); });
}
} // namespace

App::App(GuiOptions options) : m_options(std::move(options)), m_started(std::chrono::steady_clock::now()) {
  if (!m_options.layoutFile.empty())
    enableTestLayout(m_options.layoutFile);
  m_state.settings = loadSettings(settingsFile());
  if (m_state.settings.language)
    setLanguage(*m_state.settings.language);
  initWindow();
  initImGui();
  registerPanels();
  m_state.recentProjects = workspace::RecentProjects::load();
  m_state.identity = workspace::loadIdentity(); // nullopt: asked when the first project opens
  if (!m_options.file.empty())
    m_state.events.push(OpenFile{m_options.file});
}

App::~App() {
  m_panels.clear(); // GL textures go before the context
  closeFile();
  m_state.workspace.reset();
  if (m_imguiReady) {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
  }
  if (m_window != nullptr)
    glfwDestroyWindow(m_window);
  glfwTerminate();
}

void App::initWindow() {
  if (glfwInit() == GLFW_FALSE)
    throw std::runtime_error(
        tr("Cannot open a window: no display was found. Start Spiegel from a desktop session.",
           "Kan geen venster openen: er is geen beeldscherm gevonden. Start Spiegel vanuit een "
           "bureaubladsessie."));
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
  glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE); // HiDPI: the saved size is in screen coordinates
  const WindowPlacement &wp = m_state.settings.window;
  glfwWindowHint(GLFW_MAXIMIZED, wp.maximized ? GLFW_TRUE : GLFW_FALSE);
  glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE); // shown after placement, so it does not jump
  m_window = glfwCreateWindow(wp.width, wp.height, "Spiegel", nullptr, nullptr);
  if (m_window == nullptr) {
    glfwTerminate(); // the destructor does not run when the constructor throws
    throw std::runtime_error(
        tr("Cannot open a window with OpenGL 3.3. Update the graphics driver.",
           "Kan geen venster met OpenGL 3.3 openen. Werk het stuurprogramma van de videokaart bij."));
  }
  if (wp.x >= 0 && wp.y >= 0 && !wp.maximized)
    glfwSetWindowPos(m_window, wp.x, wp.y);
  glfwSetWindowSizeLimits(m_window, 640, 420, GLFW_DONT_CARE, GLFW_DONT_CARE);
  glfwSetWindowUserPointer(m_window, this);
  glfwShowWindow(m_window);
  glfwMakeContextCurrent(m_window);
  glfwSwapInterval(1);
  float sx = 1.0f, sy = 1.0f;
  glfwGetWindowContentScale(m_window, &sx, &sy);
  m_scale = std::clamp(std::max(sx, sy), 1.0f, 4.0f);
  // SPIEGEL_UI_SCALE overrides a wrong system DPI (and lets tests look at
  // the HiDPI layout under Xvfb, which always reports 1).
  if (const char *env = std::getenv("SPIEGEL_UI_SCALE"); env != nullptr && *env != '\0') {
    const float forced = std::strtof(env, nullptr);
    if (forced >= 0.75f && forced <= 4.0f)
      m_scale = forced;
  }
}

void App::initImGui() {
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO &io = ImGui::GetIO();
  // ImGui's own layout file lives with our settings, never in the working
  // directory; with no config directory it is not written at all.
  const std::string dir = configDirectory();
  m_iniPath = dir.empty() ? std::string() : dir + "/imgui.ini";
  io.IniFilename = m_iniPath.empty() ? nullptr : m_iniPath.c_str();
  io.ConfigWindowsMoveFromTitleBarOnly = true;
  applyTheme(m_scale);
  m_fonts = loadFonts(m_scale);
  installActivityCallbacks(m_window);
  ImGui_ImplGlfw_InitForOpenGL(m_window, true);
  installWindowCallbacks(m_window);
  ImGui_ImplOpenGL3_Init("#version 330 core");
  m_imguiReady = true;
}

// The one registration list (ImHex's registerViews): every panel, in draw
// order within its slot. The next issue adds its side panel here.
void App::registerPanels() {
  m_panels.push_back(std::make_unique<MenuBar>());
  m_panels.push_back(std::make_unique<VideoPanel>(m_fonts));
  m_panels.push_back(std::make_unique<StartScreen>(m_fonts));
  m_panels.push_back(std::make_unique<TransportBar>(m_fonts));
  m_panels.push_back(std::make_unique<TimelinePanel>());
  m_panels.push_back(std::make_unique<TagsPanel>());
  m_panels.push_back(std::make_unique<ParticipantsPanel>());
  m_panels.push_back(std::make_unique<RatingsPanel>());
  m_panels.push_back(std::make_unique<ReviewersPanel>());
  m_panels.push_back(std::make_unique<ShortcutPanel>());
  m_panels.push_back(std::make_unique<TaggingPanel>());
  m_panels.push_back(std::make_unique<OpenDialog>());
  m_panels.push_back(std::make_unique<ProjectBrowser>());
  m_panels.push_back(std::make_unique<IdentityDialog>());
  m_panels.push_back(std::make_unique<ProjectOfferDialog>());
  m_panels.push_back(std::make_unique<MissingRecordingDialog>());
  m_panels.push_back(std::make_unique<ErrorDialog>());
}

void App::onKey(int key, int action, int mods) {
  noteActivity();
  if (action == GLFW_PRESS || action == GLFW_REPEAT)
    m_pendingInput.keys.push_back({key, mods});
}

void App::onChar(unsigned codepoint) {
  noteActivity();
  m_pendingInput.chars.push_back(codepoint);
}

void App::onMouseButton(int button, int action) {
  noteActivity();
  if (button != GLFW_MOUSE_BUTTON_LEFT || action != GLFW_PRESS)
    return;
  // ImGui's own rule (0.3 s, 6 px), applied to the press times.
  const ImGuiIO &io = ImGui::GetIO();
  const double now = glfwGetTime();
  double x = 0.0, y = 0.0;
  glfwGetCursorPos(m_window, &x, &y);
  const double dx = x - m_lastPressX, dy = y - m_lastPressY;
  const double maxDist = static_cast<double>(io.MouseDoubleClickMaxDist);
  if (m_lastLeftPress >= 0.0 && now - m_lastLeftPress < static_cast<double>(io.MouseDoubleClickTime) &&
      dx * dx + dy * dy < maxDist * maxDist) {
    ++m_pendingInput.doubleClicks;
    m_lastLeftPress = -1.0; // a third click starts a new pair
  } else {
    m_lastLeftPress = now;
  }
  m_lastPressX = x;
  m_lastPressY = y;
}

void App::onDrop(int count, const char **paths) {
  noteActivity();
  if (count > 0 && paths != nullptr && paths[0] != nullptr)
    m_state.events.push(OpenFile{paths[0]}); // one recording at a time: the first one dropped
}

int App::run() {
  while (!m_quit) {
    glfwWaitEventsTimeout(waitTimeout());
    if (glfwWindowShouldClose(m_window) != 0)
      break;
    frame();
  }
  saveSettings();
  if (m_options.printStateOnExit)
    printState();
  return m_exitCode;
}

double App::waitTimeout() const {
  if (m_busyFrames > 0 || !m_state.events.empty() || m_state.animating)
    return 0.0;
  double t = kIdleTimeout;
  if (const Session *s = m_state.session.get()) {
    // With a picture the player's wake drives each frame; the timeout is only
    // a fallback. Without one, nothing else moves the playhead.
    if (s->state.playing || s->state.seeking || m_state.scrubbing)
      t = std::min(t, s->hasVideo() ? kPlayingFallbackTimeout : kPlayingTimeout);
    const bool peaksBusy = s->peaks && !s->peaks->done();
    const bool thumbsBusy = s->thumbs && !s->thumbs->done();
    if (peaksBusy || thumbsBusy || !s->frame)
      t = std::min(t, kProgressTimeout);
  }
  if (m_imguiReady && ImGui::GetIO().WantTextInput)
    t = std::min(t, kCaretTimeout);
  const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - m_started).count();
  for (const auto &due : {m_options.screenshotAfter, m_options.quitAfter})
    if (due)
      t = std::min(t, std::max(*due - elapsed, 0.0));
  return t;
}

namespace {
double threadCpuMs() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}
} // namespace

void App::frame() {
  if (m_busyFrames > 0)
    --m_busyFrames;
  handleEvents();
  refreshSession();
  m_state.input = std::exchange(m_pendingInput, {});
  m_state.animating = false;

  const double buildStart = m_options.onFrame ? threadCpuMs() : 0.0;
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  const auto uiStart = std::chrono::steady_clock::now();
  ImGui::NewFrame();
  drawLayout();
  drawSlot(Slot::Overlay);
  ImGui::Render();
  const double uiMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - uiStart).count();
  if (m_uiFrames++ > 0) { // the first frame loads fonts and layout: not typical
    m_uiMsTotal += uiMs;
    m_uiMsMax = std::max(m_uiMsMax, uiMs);
  }
  const double buildMs = m_options.onFrame ? threadCpuMs() - buildStart : 0.0;

  int w = 0, h = 0;
  glfwGetFramebufferSize(m_window, &w, &h);
  glViewport(0, 0, w, h);
  const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  glClearColor(bg.x, bg.y, bg.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  if (TestLayout *tl = testLayout()) {
    tl->facts(m_state);
    tl->endFrame(w, h);
  }
  timedActions(); // reads the back buffer, so before the swap
  glfwSwapBuffers(m_window);
  if (m_options.onFrame)
    m_options.onFrame(m_state, buildMs);
}

void App::drawSlot(Slot slot) {
  if (slot == Slot::Side) {
    drawSideTabs();
    return;
  }
  for (auto &p : m_panels)
    if (p->slot() == slot)
      p->draw(m_state);
}

// Side panels share the slot as tabs, in registration order.
void App::drawSideTabs() {
  if (!ImGui::BeginTabBar("##sidetabs", ImGuiTabBarFlags_FittingPolicyScroll))
    return;
  for (auto &p : m_panels) {
    if (p->slot() != Slot::Side)
      continue;
    const std::string label = p->title() + "###" + std::to_string(reinterpret_cast<std::uintptr_t>(p.get()));
    ImGuiTabItemFlags flags = ImGuiTabItemFlags_None;
    if (!m_options.sideTab.empty() && p->title() == m_options.sideTab) {
      flags = ImGuiTabItemFlags_SetSelected;
      m_options.sideTab.clear(); // once: the user may switch afterwards
    }
    const bool tabOpen = ImGui::BeginTabItem(label.c_str(), nullptr, flags);
    if (TestLayout *tl = testLayout())
      tl->lastItem("tab." + p->title()); // the tab's button, selected or not
    if (tabOpen) {
      if (TestLayout *tl = testLayout())
        tl->value("side_tab", p->title());
      ImGui::BeginChild("##tab", ImVec2(0, 0), false);
      p->draw(m_state);
      ImGui::EndChild();
      ImGui::EndTabItem();
    }
  }
  ImGui::EndTabBar();
  if (TestLayout *tl = testLayout())
    tl->currentWindow("side");
}

// The side panel's width: the user's (settings, in unscaled pixels) within
// sensible bounds, else 28 % of the window.
float App::sideWidth(float avail) const {
  const float em = ImGui::GetFontSize();
  const float wanted = m_state.settings.sidePanelWidth > 0.0f ? m_state.settings.sidePanelWidth * m_scale : avail * 0.28f;
  return std::clamp(wanted, em * 16.0f, std::max(em * 16.0f, avail * 0.6f));
}

// A thin vertical handle between the picture and the side panel; dragging it
// sets the side panel's width (kept in the settings).
void App::drawSideSplitter(float height) {
  const float w = ImGui::GetStyle().ItemSpacing.x;
  ImGui::InvisibleButton("##sidesplit", ImVec2(w, height));
  if (ImGui::IsItemHovered() || ImGui::IsItemActive())
    ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeEW);
  if (ImGui::IsItemActive()) {
    const float avail = ImGui::GetWindowContentRegionMax().x - ImGui::GetWindowContentRegionMin().x;
    const float now = sideWidth(avail);
    m_state.settings.sidePanelWidth = std::max(now - ImGui::GetIO().MouseDelta.x, 1.0f) / m_scale;
  }
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("%s", tr("Drag to make the side panel wider or narrower",
                               "Sleep om het zijpaneel breder of smaller te maken"));
}

void App::drawLayout() {
  const ImGuiViewport *vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->WorkPos);
  ImGui::SetNextWindowSize(vp->WorkSize);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_MenuBar |
                                 ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse;
  ImGui::Begin("##spiegel", nullptr, flags);
  if (ImGui::BeginMenuBar()) {
    drawSlot(Slot::Menu);
    ImGui::EndMenuBar();
  }
  const ImGuiStyle &style = ImGui::GetStyle();
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float em = ImGui::GetFontSize();
  const bool hasSide =
      std::any_of(m_panels.begin(), m_panels.end(), [](const auto &p) { return p->slot() == Slot::Side; });
  const float sideW = hasSide ? sideWidth(avail.x) : 0.0f;
  // The timeline is as tall as its rows want (ruler, thumbnails, waveform,
  // later one lane per element) but never more than 45 % of the window; the
  // rest is the picture's.
  float timelineWant = 0.0f;
  for (const auto &p : m_panels)
    if (p->slot() == Slot::Timeline)
      timelineWant += p->preferredHeight(m_state);
  const float timelineH = std::min(timelineWant + style.WindowPadding.y * 2.0f + 4.0f, avail.y * 0.45f);
  const float transportH = ImGui::GetFrameHeight() + style.WindowPadding.y * 2.0f;
  const float topH = std::max(avail.y - timelineH - style.ItemSpacing.y, em * 6.0f);

  ImGui::BeginChild("##left", ImVec2(avail.x - (hasSide ? sideW + style.ItemSpacing.x : 0.0f), topH), false,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::BeginChild("##video", ImVec2(0, -(transportH + style.ItemSpacing.y)), false,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  drawSlot(Slot::Video);
  if (TestLayout *tl = testLayout())
    tl->currentWindow("video");
  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::BeginChild("##transport", ImVec2(0, transportH), false,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse |
                        ImGuiWindowFlags_AlwaysUseWindowPadding);
  drawSlot(Slot::Transport);
  if (TestLayout *tl = testLayout())
    tl->currentWindow("transport");
  ImGui::EndChild();
  ImGui::EndChild();
  if (hasSide) {
    ImGui::SameLine(0.0f, 0.0f);
    drawSideSplitter(topH);
    ImGui::SameLine(0.0f, 0.0f);
    ImGui::BeginChild("##side", ImVec2(sideW, topH), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
    drawSlot(Slot::Side);
    ImGui::EndChild();
  }
  ImGui::BeginChild("##timeline", ImVec2(0, 0), false,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse |
                        ImGuiWindowFlags_AlwaysUseWindowPadding);
  drawSlot(Slot::Timeline);
  ImGui::EndChild();
  ImGui::End();
}

void App::handleEvents() {
  const std::vector<Event> events = m_state.events.drain();
  // A window or dialog that an event opens needs a few frames to appear
  // (ImGui sizes auto-resizing windows on their second frame).
  if (!events.empty())
    noteActivity();
  for (const Event &e : events) {
    if (const auto *open = std::get_if<OpenFile>(&e))
      openPath(open->path);
    else if (const auto *create = std::get_if<CreateProject>(&e))
      createProject(create->recording);
    else if (std::holds_alternative<PlayRecording>(e))
      playWorkspaceRecording();
    else if (std::holds_alternative<CloseFile>(e)) {
      closeFile();
      closeWorkspace();
    }
    else if (std::holds_alternative<Quit>(e))
      m_quit = true;
    for (auto &p : m_panels)
      p->onEvent(m_state, e);
  }
}

} // namespace spiegel::app::gui
