#include "gui/shell/app.hpp"

#include "common/i18n.hpp"
#include "common/paths.hpp"
#include "common/profile.hpp"
#include "gui/panels/agreement/agreement_panel.hpp"
#include "gui/panels/audit/audit_panel.hpp"
#include "gui/panels/discussion/discussion_panel.hpp"
#include "gui/panels/recall/recall_panel.hpp"
#include "gui/panels/consent/consent_panel.hpp"
#include "gui/panels/people/participants_panel.hpp"
#include "gui/panels/people/reviewers_panel.hpp"
#include "gui/panels/people/round_section.hpp"
#include "gui/panels/ratings/ratings_panel.hpp"
#include "gui/panels/start/start_screen.hpp"
#include "gui/panels/tagging/tagging.hpp"
#include "gui/panels/tags/tags_panel.hpp"
#include "gui/panels/transcript/transcript_panel.hpp"
#include "gui/panels/transport/transport_bar.hpp"
#include "gui/panels/video/video_panel.hpp"
#include "gui/panels/workspace/colleague_dialog.hpp"
#include "gui/panels/share/share_dialogs.hpp"
#include "gui/panels/workspace/workspace_band.hpp"
#include "gui/panels/workspace/workspace_dialogs.hpp"
#include "gui/shell/dialogs.hpp"
#include "gui/shell/gl.hpp"
#include "gui/shell/keymap_input.hpp"
#include "gui/shell/menu_bar.hpp"
#include "gui/shell/shortcuts.hpp"
#include "gui/shell/test_layout.hpp"
#include "gui/shell/widgets.hpp"
#include "gui/timeline/timeline_panel.hpp"

#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>
#include <imgui_internal.h> // ClosePopupsExceptModals: Esc closes menus

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <ctime>
#include <stdexcept>
#include <string>

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
// While a background task runs (TaskRunner::busy()) or the first picture is
// awaited, redraw at least four times a second. A task wakes the loop itself
// (wakeUi) with its results, progress and end; this only bounds a wake the
// runner held back (it wakes at most every 250 ms).
constexpr double kProgressTimeout = 0.25;
// A text cursor blinks at about 2 Hz.
constexpr double kCaretTimeout = 0.5;

App *fromWindow(GLFWwindow *w) { return static_cast<App *>(glfwGetWindowUserPointer(w)); }

// Installed before ImGui's own callbacks, which chain to these; they only
// note that something happened so the loop draws a few frames.
void installActivityCallbacks(GLFWwindow *w) {
  glfwSetMouseButtonCallback(
      w, [](GLFWwindow *win, int button, int action, int) { fromWindow(win)->onMouseButton(button, action); });
  glfwSetScrollCallback(w, [](GLFWwindow *win, double, double) { fromWindow(win)->noteActivity(); });
  glfwSetKeyCallback(
      w, [](GLFWwindow *win, int key, int, int action, int mods) { fromWindow(win)->onKey(key, action, mods); });
  glfwSetCharCallback(w, [](GLFWwindow *win, unsigned int c) { fromWindow(win)->onChar(c); });
  glfwSetWindowFocusCallback(w, [](GLFWwindow *win, int) { fromWindow(win)->noteActivity(); });
  glfwSetCursorEnterCallback(w, [](GLFWwindow *win, int) { fromWindow(win)->noteActivity(); });
}

// ImGui 1.86's GLFW backend installs none of these.
void installWindowCallbacks(GLFWwindow *w) {
  glfwSetCursorPosCallback(w, [](GLFWwindow *win, double, double) { fromWindow(win)->noteActivity(); });
  glfwSetFramebufferSizeCallback(w, [](GLFWwindow *win, int, int) { fromWindow(win)->noteActivity(); });
  glfwSetWindowRefreshCallback(w, [](GLFWwindow *win) { fromWindow(win)->noteActivity(); });
  glfwSetDropCallback(w, [](GLFWwindow *win, int n, const char **paths) { fromWindow(win)->onDrop(n, paths); });
}
// Case-insensitive ASCII comparison for the stable tab ids.
bool sameId(const std::string &id, const std::string &given) {
  return !id.empty() && std::equal(id.begin(), id.end(), given.begin(), given.end(), [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
  });
}
} // namespace

void wakeUi() { glfwPostEmptyEvent(); } // the one GLFW call that is safe from any thread

App::App(GuiOptions options) : m_options(std::move(options)), m_started(std::chrono::steady_clock::now()) {
  if (!m_options.layoutFile.empty())
    enableTestLayout(m_options.layoutFile);
  m_state.settings = loadSettings(settingsFile());
  if (m_state.settings.language && !languageForcedByEnvironment())
    setLanguage(*m_state.settings.language); // SPIEGEL_LANG, when set, stays (README)
  initWindow();
  m_quitSignals.start([] { glfwPostEmptyEvent(); });
  initImGui();
  registerPanels();
  m_state.recentProjects = app::RecentProjects::load();
  m_state.purpose = m_options.purpose;
  m_state.identity = app::loadIdentity(); // nullopt: asked when the first project opens
  if (!m_options.file.empty())
    m_state.events.push(OpenFile{m_options.file});
}

App::~App() {
  m_quitSignals.stop(); // its wake calls into GLFW
  m_panels.clear(); // GL textures go before the context
  closeFile();
  m_state.tasks.shutdown(); // no worker may call wakeUi() after glfwTerminate()
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
    throw std::runtime_error(tr("Cannot open a window: no display was found. Start Spiegel from a desktop session.",
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
  fitWindowToScreen();
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

// A window larger than the screen hides the timeline's lower lanes, and one
// saved on a monitor that is gone opens out of sight: both are pulled into
// the primary monitor's work area (the screen minus panels and docks).
void App::fitWindowToScreen() {
  GLFWmonitor *monitor = glfwGetPrimaryMonitor();
  int ax = 0, ay = 0, aw = 0, ah = 0;
  if (monitor == nullptr)
    return;
  glfwGetMonitorWorkarea(monitor, &ax, &ay, &aw, &ah);
  if (aw <= 0 || ah <= 0 || glfwGetWindowAttrib(m_window, GLFW_MAXIMIZED) != 0)
    return;
  int x = 0, y = 0, w = 0, h = 0;
  glfwGetWindowPos(m_window, &x, &y);
  glfwGetWindowSize(m_window, &w, &h);
  const int fw = std::min(w, aw), fh = std::min(h, ah);
  if (fw != w || fh != h)
    glfwSetWindowSize(m_window, fw, fh);
  const int fx = std::clamp(x, ax, ax + aw - fw), fy = std::clamp(y, ay, ay + ah - fh);
  if (fx != x || fy != y)
    glfwSetWindowPos(m_window, fx, fy);
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
  m_panels.push_back(std::make_unique<WorkspaceBand>());
  m_panels.push_back(std::make_unique<VideoPanel>(m_fonts));
  m_panels.push_back(std::make_unique<StartScreen>(m_fonts));
  m_panels.push_back(std::make_unique<TransportBar>(m_fonts));
  m_panels.push_back(std::make_unique<TimelinePanel>());
  m_panels.push_back(std::make_unique<TagsPanel>());
  m_panels.push_back(std::make_unique<ParticipantsPanel>());
  m_panels.push_back(std::make_unique<RatingsPanel>());
  m_panels.push_back(std::make_unique<ReviewersPanel>());
  m_panels.push_back(std::make_unique<TranscriptPanel>());
  m_panels.push_back(std::make_unique<AgreementPanel>());
  m_panels.push_back(std::make_unique<DiscussionPanel>());
  m_panels.push_back(std::make_unique<RecallPanel>());
  m_panels.push_back(std::make_unique<ConsentPanel>());
  m_panels.push_back(std::make_unique<AuditPanel>());
  m_panels.push_back(std::make_unique<ShortcutPanel>());
  m_panels.push_back(std::make_unique<TaggingPanel>());
  m_panels.push_back(std::make_unique<ProjectBrowser>());
  m_panels.push_back(std::make_unique<ColleagueDialog>());
  m_panels.push_back(std::make_unique<SendToDialog>());
  m_panels.push_back(std::make_unique<UnpackDialog>());
  m_panels.push_back(std::make_unique<VaultDialog>());
  m_panels.push_back(std::make_unique<IdentityDialog>());
  m_panels.push_back(std::make_unique<RoundDialog>());
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
    if (glfwWindowShouldClose(m_window) != 0 || m_quitSignals.requested())
      break; // the window's close button, or SIGTERM / SIGINT: as Quit
    frame();
  }
  rememberPosition();
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
    if (!s->frame)
      t = std::min(t, kProgressTimeout);
  }
  if (m_state.tasks.busy())
    t = std::min(t, kProgressTimeout);
  if (m_imguiReady && ImGui::GetIO().WantTextInput)
    t = std::min(t, kCaretTimeout);
  if (m_state.notice) // wake to take the status line's notice away on time
    t = std::min(t, std::max(0.0, std::chrono::duration<double>(m_state.notice->until -
                                                                  std::chrono::steady_clock::now())
                                          .count()));
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
  if (m_state.notice && std::chrono::steady_clock::now() >= m_state.notice->until)
    m_state.notice.reset(); // so waitTimeout() never waits for a notice that is gone

  handleEvents();
  if (m_state.tasks.drain() > 0) // background results, before any panel draws
    noteActivity();               // a task's end changes what panels show: let them settle
  refreshSession();
  notePlayback();
  m_state.input = std::exchange(m_pendingInput, {});
  m_state.animating = false;

  const double buildStart = m_options.onFrame ? threadCpuMs() : 0.0;
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  const auto uiStart = std::chrono::steady_clock::now();
  ImGui::NewFrame();
  closeMenusOnEscape();
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

// Side panels share the slot as tabs, in registration order. The tab bar
// shrinks its tabs rather than scrolling (a hidden tab is a tab not found);
// a shrunk title is whole in its tooltip and in the list button at the left.
void App::drawSideTabs() {
  for (auto &p : m_panels)
    if (p->slot() == Slot::Side)
      p->handleTabKeys(m_state);
  if (!ImGui::BeginTabBar("##sidetabs",
                          ImGuiTabBarFlags_FittingPolicyResizeDown | ImGuiTabBarFlags_TabListPopupButton))
    return;
  for (auto &p : m_panels) {
    if (p->slot() != Slot::Side || !p->shown(m_state))
      continue;
    const std::string label = p->title() + "###" + std::to_string(reinterpret_cast<std::uintptr_t>(p.get()));
    ImGuiTabItemFlags flags = ImGuiTabItemFlags_NoTooltip; // ours below, shown at once
    // --side-tab: the stable id in any case and language ("ratings",
    // "Ratings") or the title in the current language ("Beoordelingen").
    if (!m_options.sideTab.empty() && (sameId(p->tabId(), m_options.sideTab) || p->title() == m_options.sideTab)) {
      flags |= ImGuiTabItemFlags_SetSelected;
      m_options.sideTab.clear(); // once: the user may switch afterwards
    }
    if (!m_state.showSideTab.empty() && sameId(p->tabId(), m_state.showSideTab)) { // asked by a panel
      flags |= ImGuiTabItemFlags_SetSelected;
      m_state.showSideTab.clear();
    }
    const bool tabOpen = ImGui::BeginTabItem(label.c_str(), nullptr, flags);
    if (TestLayout *tl = testLayout())
      tl->lastItem("tab." + p->title()); // the tab's button, selected or not
    itemTooltip(p->title().c_str());
    if (tabOpen) {
      if (TestLayout *tl = testLayout())
        tl->value("side_tab", p->title());
      ImGui::BeginChild("##tab", ImVec2(0, 0), false,
                        p->scrollsSideways() ? ImGuiWindowFlags_HorizontalScrollbar : ImGuiWindowFlags_None);
      p->draw(m_state);
      ImGui::EndChild();
      ImGui::EndTabItem();
    }
  }
  ImGui::EndTabBar();
  if (TestLayout *tl = testLayout())
    tl->currentWindow("side");
}

// The picture's display aspect (width / height): the open video's, upright,
// else 16:9, the shape of nearly every recording our users make.
float App::pictureAspect() const {
  constexpr float kDefaultAspect = 16.0f / 9.0f;
  const Session *s = m_state.session.get();
  const media::StreamInfo *v = s != nullptr ? s->info.bestVideo() : nullptr;
  if (v == nullptr || v->width <= 0 || v->height <= 0)
    return kDefaultAspect;
  const bool swap = v->rotation == 90 || v->rotation == 270;
  const float w = static_cast<float>(swap ? v->height : v->width), h = static_cast<float>(swap ? v->width : v->height);
  return w / h;
}

// The side panel's width. The user's dragged width (settings, in unscaled
// pixels) wins, within bounds that keep both sides usable. Otherwise the
// picture gets the width its aspect needs at `pictureH` and the side panel
// the rest, but at least 26 em (the Dutch tab titles, the Tags filters and
// the Ratings rationale fields fit) and at most half the window, and never
// so much that the transport row under the picture (buttons, time, speed,
// loop, volume: about 52 em in both languages) is squeezed.
float App::sideWidth(float avail, float pictureH) const {
  // kTransportLeastEm: the transport row's buttons with a short volume
  // slider; a narrow window squeezes the side tabs before those.
  constexpr float kMinSideEm = 26.0f, kTransportEm = 52.0f, kTransportLeastEm = 30.0f, kSideLeastEm = 16.0f;
  const float em = ImGui::GetFontSize();
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  if (m_state.settings.sidePanelWidth > 0.0f)
    return std::clamp(m_state.settings.sidePanelWidth * m_scale, em * kSideLeastEm,
                      std::max(em * kSideLeastEm, avail * 0.6f));
  const float least = std::max(em * kSideLeastEm, std::min(std::max(em * kMinSideEm, sideTabsWidth()),
                                                           avail - gap - em * kTransportLeastEm));
  const float rest = avail - pictureH * pictureAspect() - gap;
  const float most = std::min(avail * 0.5f, avail - gap - em * kTransportEm);
  return std::clamp(rest, least, std::max(least, most));
}

// The width the first side tabs need to show their titles whole (tab =
// title and frame padding; tabs are ItemInnerSpacing apart), plus the
// panel's padding. Why the first five: the reviewer's own tabs (Tags …
// Transcript) keep the picture as large as before; the group's tabs
// (Agreement, Discussion) are added after them, and with them the tab bar
// shrinks its tabs (a shrunk title shows whole on hover) instead of taking
// the picture's and the transport's room.
float App::sideTabsWidth() const {
  constexpr int kWholeTabs = 5;
  const ImGuiStyle &style = ImGui::GetStyle();
  float w = style.WindowPadding.x * 2.0f + ImGui::GetFontSize() * 0.5f; // and a little air
  int counted = 0;
  for (const auto &p : m_panels)
    if (p->slot() == Slot::Side && p->shown(m_state) && counted++ < kWholeTabs)
      w += ImGui::CalcTextSize(p->title().c_str()).x + style.FramePadding.x * 2.0f + style.ItemInnerSpacing.x;
  return w;
}

// The timeline's height: the user's dragged height (settings, unscaled
// pixels) within bounds, else as tall as its rows want (ruler, thumbnails,
// waveform, one lane per element) but never more than 45 % of the window.
float App::timelineHeight(float availH) const {
  const ImGuiStyle &style = ImGui::GetStyle();
  const float em = ImGui::GetFontSize();
  const float most = std::max(em * 5.0f, availH - em * 12.0f); // the picture and transport keep 12 em
  if (m_state.settings.timelineHeight > 0.0f)
    return std::clamp(m_state.settings.timelineHeight * m_scale, em * 5.0f, most);
  float want = 0.0f;
  for (const auto &p : m_panels)
    if (p->slot() == Slot::Timeline)
      want += p->preferredHeight(m_state);
  return std::min(want + style.WindowPadding.y * 2.0f + 4.0f, availH * 0.45f);
}

// A thin handle (vertical: between picture and side panel; else above the
// timeline). The region after it is `now` pixels; dragging stores its new
// size in `setting` (unscaled pixels, persisted) for the next frame.
void App::drawSplitter(const char *id, float width, float height, bool vertical, float now, float &setting) {
  ImGui::InvisibleButton(id, ImVec2(width, height));
  const bool hot = ImGui::IsItemHovered() || ImGui::IsItemActive();
  if (hot)
    ImGui::SetMouseCursor(vertical ? ImGuiMouseCursor_ResizeEW : ImGuiMouseCursor_ResizeNS);
  if (hot) { // a faint line shows where to grab
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    const ImVec2 c((a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f);
    ImGui::GetWindowDrawList()->AddLine(vertical ? ImVec2(c.x, a.y) : ImVec2(a.x, c.y),
                                        vertical ? ImVec2(c.x, b.y) : ImVec2(b.x, c.y),
                                        ImGui::GetColorU32(ImGuiCol_SeparatorHovered), 2.0f);
  }
  if (ImGui::IsItemActive()) {
    const ImVec2 d = ImGui::GetIO().MouseDelta;
    // The side panel and the timeline both sit after their handle, so
    // moving the handle right or down makes them smaller.
    setting = std::max(now - (vertical ? d.x : d.y), 1.0f) / m_scale;
  }
  if (ImGui::IsItemHovered() && !ImGui::IsItemActive())
    ImGui::SetTooltip("%s", vertical ? tr("Drag to make the side panel wider or narrower",
                                          "Sleep om het zijpaneel breder of smaller te maken")
                                     : tr("Drag to make the timeline taller or lower",
                                          "Sleep om de tijdlijn hoger of lager te maken"));
}

// Cancel (Esc) closes an open menu or drop-down list, as everywhere else on
// the desktop. ImGui does that only with keyboard navigation on, which would
// take Space and the arrows from playback. The key is used up here, so the
// dialog or tag editor under a drop-down stays open. Modal dialogs handle
// Cancel themselves.
void App::closeMenusOnEscape() {
  if (!keymap::pressed(m_state, keymap::Action::Cancel))
    return;
  const ImGuiContext &g = *ImGui::GetCurrentContext();
  const int before = g.OpenPopupStack.Size;
  ImGui::ClosePopupsExceptModals();
  if (g.OpenPopupStack.Size < before)
    keymap::consume(m_state, keymap::Action::Cancel);
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
  drawSlot(Slot::Band);
  const ImGuiStyle &style = ImGui::GetStyle();
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float em = ImGui::GetFontSize();
  const bool hasSide =
      std::any_of(m_panels.begin(), m_panels.end(), [](const auto &p) { return p->slot() == Slot::Side; });
  const float timelineH = timelineHeight(avail.y);
  const float transportH = ImGui::GetFrameHeight() + style.WindowPadding.y * 2.0f;
  const float topH = std::max(avail.y - timelineH - style.ItemSpacing.y, em * 6.0f);
  const float sideW = hasSide ? sideWidth(avail.x, topH - transportH - style.ItemSpacing.y) : 0.0f;
  m_layout = {sideW, timelineH};

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
    drawSplitter("##sidesplit", style.ItemSpacing.x, topH, true, sideW, m_state.settings.sidePanelWidth);
    ImGui::SameLine(0.0f, 0.0f);
    ImGui::BeginChild("##side", ImVec2(sideW, topH), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
    const ImVec2 at = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    m_state.sideArea = {at.x, at.y, at.x + size.x, at.y + size.y};
    drawSlot(Slot::Side);
    ImGui::EndChild();
  } else {
    m_state.sideArea = {};
  }
  // The handle replaces the item spacing between the top area and the timeline.
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() - style.ItemSpacing.y);
  drawSplitter("##timelinesplit", avail.x, style.ItemSpacing.y, false, timelineH, m_state.settings.timelineHeight);
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() - style.ItemSpacing.y);
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
      createProject(create->recording, create->project);
    else if (const auto *copy = std::get_if<CopyProject>(&e))
      copyProject(copy->folder);
    else if (std::holds_alternative<PlayRecording>(e))
      playWorkspaceRecording();
    else if (const auto *del = std::get_if<DeleteRecording>(&e))
      deleteWorkspaceRecording(*del);
    else if (std::holds_alternative<CloseFile>(e)) {
      closeFile();
      closeWorkspace();
    } else if (std::holds_alternative<Quit>(e))
      m_quit = true;
    for (auto &p : m_panels)
      p->onEvent(m_state, e);
  }
}

} // namespace spiegel::app::gui
