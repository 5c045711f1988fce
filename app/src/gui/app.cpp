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
#include "gui/timeline/timeline_panel.hpp"
#include "gui/transport_bar.hpp"
#include "gui/video_panel.hpp"

#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <ctime>
#include <stdexcept>

namespace spiegel::app::gui {
namespace {
// Paused and untouched, the loop sleeps this long between checks: long
// enough that an idle window costs nothing, short enough that a file that
// vanished is noticed within a few seconds.
constexpr double kIdleTimeout = 5.0;
// While playing, wake at least this often for the clock and playhead even
// when the player sends no frame (audio-only recordings): 30 Hz looks smooth.
constexpr double kPlayingTimeout = 1.0 / 30.0;
// While a background job runs, redraw its progress four times a second.
constexpr double kProgressTimeout = 0.25;
// A text cursor blinks at about 2 Hz.
constexpr double kCaretTimeout = 0.5;

App *fromWindow(GLFWwindow *w) { return static_cast<App *>(glfwGetWindowUserPointer(w)); }

// Installed before ImGui's own callbacks, which chain to these; they only
// note that something happened so the loop draws a few frames.
void installActivityCallbacks(GLFWwindow *w) {
  glfwSetMouseButtonCallback(w, [](GLFWwindow *win, int, int, int) { fromWindow(win)->noteActivity(); });
  glfwSetScrollCallback(w, [](GLFWwindow *win, double, double) { fromWindow(win)->noteActivity(); });
  glfwSetKeyCallback(w, [](GLFWwindow *win, int, int, int, int) { fromWindow(win)->noteActivity(); });
  glfwSetCharCallback(w, [](GLFWwindow *win, unsigned int) { fromWindow(win)->noteActivity(); });
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
} // namespace

App::App(GuiOptions options) : m_options(std::move(options)), m_started(std::chrono::steady_clock::now()) {
  m_state.settings = loadSettings(settingsFile());
  if (m_state.settings.language)
    setLanguage(*m_state.settings.language);
  initWindow();
  initImGui();
  registerPanels();
  if (!m_options.file.empty())
    m_state.events.push(OpenFile{m_options.file});
}

App::~App() {
  m_panels.clear(); // GL textures go before the context
  closeFile();
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
  if (m_window == nullptr)
    throw std::runtime_error(tr("Cannot open a window with OpenGL 3.3. Update the graphics driver.",
                                "Kan geen venster met OpenGL 3.3 openen. Werk het stuurprogramma van de videokaart bij."));
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
  m_panels.push_back(std::make_unique<TransportBar>(m_fonts));
  m_panels.push_back(std::make_unique<TimelinePanel>());
  m_panels.push_back(std::make_unique<ParticipantsPanel>());
  m_panels.push_back(std::make_unique<RatingsPanel>());
  m_panels.push_back(std::make_unique<ReviewersPanel>());
  m_panels.push_back(std::make_unique<ShortcutPanel>());
  m_panels.push_back(std::make_unique<OpenDialog>());
  m_panels.push_back(std::make_unique<ErrorDialog>());
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
  if (m_busyFrames > 0 || !m_state.events.empty())
    return 0.0;
  double t = kIdleTimeout;
  if (const Session *s = m_state.session.get()) {
    if (s->state.playing || s->state.seeking || m_state.scrubbing)
      t = std::min(t, kPlayingTimeout);
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

  const double buildStart = m_options.onFrame ? threadCpuMs() : 0.0;
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGui::NewFrame();
  drawLayout();
  drawSlot(Slot::Overlay);
  ImGui::Render();
  const double buildMs = m_options.onFrame ? threadCpuMs() - buildStart : 0.0;

  int w = 0, h = 0;
  glfwGetFramebufferSize(m_window, &w, &h);
  glViewport(0, 0, w, h);
  const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  glClearColor(bg.x, bg.y, bg.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  timedActions(); // reads the back buffer, so before the swap
  glfwSwapBuffers(m_window);
  if (m_options.onFrame)
    m_options.onFrame(m_state, buildMs);
}

void App::drawSlot(Slot slot) {
  for (auto &p : m_panels)
    if (p->slot() == slot)
      p->draw(m_state);
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
  const bool hasSide = std::any_of(m_panels.begin(), m_panels.end(), [](const auto &p) { return p->slot() == Slot::Side; });
  const float sideW = hasSide ? std::clamp(avail.x * 0.28f, em * 18.0f, em * 30.0f) : 0.0f;
  // Ruler + thumbnails + waveform rows (see rows.cpp) plus padding; the
  // timeline never takes more than 40 % of the window.
  const float timelineH = std::min(em * (1.6f + 3.6f + 3.2f) + 6.0f + style.WindowPadding.y * 2.0f + 8.0f, avail.y * 0.4f);
  const float transportH = ImGui::GetFrameHeight() + style.WindowPadding.y * 2.0f;
  const float topH = std::max(avail.y - timelineH - style.ItemSpacing.y, em * 6.0f);

  ImGui::BeginChild("##left", ImVec2(avail.x - (hasSide ? sideW + style.ItemSpacing.x : 0.0f), topH), false,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::BeginChild("##video", ImVec2(0, -(transportH + style.ItemSpacing.y)), false,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  drawSlot(Slot::Video);
  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::BeginChild("##transport", ImVec2(0, transportH), false,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_AlwaysUseWindowPadding);
  drawSlot(Slot::Transport);
  ImGui::EndChild();
  ImGui::EndChild();
  if (hasSide) {
    ImGui::SameLine();
    ImGui::BeginChild("##side", ImVec2(sideW, topH), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
    drawSlot(Slot::Side);
    ImGui::EndChild();
  }
  ImGui::BeginChild("##timeline", ImVec2(0, 0), false,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_AlwaysUseWindowPadding);
  drawSlot(Slot::Timeline);
  ImGui::EndChild();
  ImGui::End();
}

void App::handleEvents() {
  for (const Event &e : m_state.events.drain()) {
    if (const auto *open = std::get_if<OpenFile>(&e))
      openFile(open->path);
    else if (std::holds_alternative<CloseFile>(e))
      closeFile();
    else if (std::holds_alternative<Quit>(e))
      m_quit = true;
    for (auto &p : m_panels)
      p->onEvent(m_state, e);
  }
}

} // namespace spiegel::app::gui
