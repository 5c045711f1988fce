// App: the open recording (Player + background tasks), timed test aids and
// what happens on exit.
#include "gui/shell/app.hpp"

#include "common/clock_text.hpp"
#include "common/i18n.hpp"
#include "common/media_messages.hpp"
#include "common/transcript_file.hpp"
#include "gui/shell/gl.hpp"
#include "gui/shell/media_tasks.hpp"

#include <imgui.h>

#include <spiegel/media/error.hpp>
#include <spiegel/media/frame.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <iostream>

namespace spiegel::app::gui {

bool App::openFile(const std::string &given, bool keepWorkspace) {
  // Absolute, so recent files and the browser's folder survive a different
  // working directory next time.
  std::error_code ec;
  const std::filesystem::path absolute = std::filesystem::absolute(given, ec);
  const std::string path = ec ? given : absolute.lexically_normal().string();
  // The new recording opens while the old one still plays: a file that
  // cannot be played leaves the open recording and project as they were.
  auto s = std::make_unique<Session>();
  s->serial = m_nextSerial++;
  s->path = path;
  try {
    media::PlayerOptions opts;
    if (m_options.noAudio)
      opts.audioSink = media::makeNullAudioSink();
    // Player threads only post an empty event; glfwPostEmptyEvent is the one
    // GLFW call that is safe from any thread.
    opts.wake = [] { glfwPostEmptyEvent(); };
    s->player = std::make_unique<media::Player>(path, std::move(opts));
  } catch (const media::MediaError &e) {
    m_state.events.push(ShowError{describe(e), tr("Cannot play the recording", "Kan de opname niet afspelen")});
    std::erase(m_state.settings.recentFiles, path); // do not offer a file that fails again
    return false;
  }
  closeFile();
  if (!keepWorkspace)
    closeWorkspace();
  s->info = s->player->info();
  TranscriptFile transcript = loadTranscript(path); // a missing one says nothing; a refused one says why
  s->transcript = std::move(transcript.transcript);
  if (!transcript.problem.empty())
    m_state.notify(std::move(transcript.problem));
  s->player->setVolume(m_state.settings.volume);
  s->player->setMuted(m_state.settings.muted);
  s->state = s->player->state();
  const Micros duration = std::max<Micros>(s->info.duration, 0);
  setClockLength(duration);
  // A task that fails (unlikely after the player opened the file) only costs
  // its row; the recording still plays.
  startMediaTasks(m_state.tasks, *s, m_state.settings.mediaCache);
  m_state.view = {0, duration};
  if (!m_state.workspace) // recentFiles: bare recordings; projects live in AppState::recentProjects
    m_state.settings.addRecent(path);
  m_state.settings.lastFolder = std::filesystem::path(path).parent_path().string();
  m_state.session = std::move(s);
  saveSettings(); // the recent list survives even if the program is killed later
  if (m_options.play)
    m_state.session->player->play();
  updateTitle();
  return true;
}

void App::closeFile() {
  rememberPosition();
  m_state.session.reset(); // joins the player's threads, cancels its tasks (their workers end on their own)
  m_state.scrubbing = false;
  m_state.view = {};
  setClockLength(0);
  if (m_window != nullptr)
    updateTitle();
}

void App::refreshSession() {
  Session *s = m_state.session.get();
  if (s == nullptr)
    return;
  s->state = s->player->state();
  media::FramePtr f = s->player->currentFrame();
  s->frameChanged = f != s->frame;
  if (f)
    s->frame = std::move(f);
  if (m_state.workspace) // an incomplete copy: tags stay out of its missing stretch (cheap: one assignment)
    m_state.workspace->setPlayableEnd(s->state.playable < s->state.duration ? std::optional(s->state.playable)
                                                                          : std::nullopt);
  if (s->state.readFailed && !s->readFailureShown) {
    s->readFailureShown = true;
    m_state.events.push(ShowError{describeReadFailure(s->path), tr("The recording stopped", "De opname is gestopt")});
  }
}

void App::updateTitle() {
  std::string title = "Spiegel";
  if (m_state.workspace)
    title = std::filesystem::path(m_state.workspace->projectPath()).filename().string() + " \xE2\x80\x94 Spiegel";
  else if (m_state.session)
    title = std::filesystem::path(m_state.session->path).filename().string() + " \xE2\x80\x94 Spiegel";
  glfwSetWindowTitle(m_window, title.c_str());
}

void App::timedActions() {
  const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - m_started).count();
  // ImGui lays out tab bars and auto-fitting table columns from what the
  // previous frames drew: a screenshot of one of the first frames (a slow,
  // loaded machine) would show them unsettled. Six frames are plenty.
  constexpr long kSettledFrames = 6;
  if (m_options.screenshotAfter && elapsed >= *m_options.screenshotAfter && m_uiFrames >= kSettledFrames) {
    m_options.screenshotAfter.reset();
    takeScreenshot(m_options.screenshotPath);
    m_quit = true;
  }
  if (m_options.quitAfter && elapsed >= *m_options.quitAfter) {
    m_options.quitAfter.reset();
    m_quit = true;
  }
}

void App::takeScreenshot(const std::string &path) {
  int w = 0, h = 0;
  glfwGetFramebufferSize(m_window, &w, &h);
  if (w <= 0 || h <= 0)
    return;
  media::RgbImage img;
  img.width = w;
  img.height = h;
  const auto row = static_cast<std::size_t>(w) * 3u;
  std::vector<std::uint8_t> raw(row * static_cast<std::size_t>(h));
  glReadBuffer(GL_BACK);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, w, h, GL_RGB, GL_UNSIGNED_BYTE, raw.data());
  img.rgb.resize(raw.size());
  for (int y = 0; y < h; ++y) // GL's first row is the bottom one
    std::memcpy(img.rgb.data() + static_cast<std::size_t>(y) * row,
                raw.data() + static_cast<std::size_t>(h - 1 - y) * row, row);
  try {
    media::writePng(img, path);
  } catch (const media::MediaError &) {
    std::cerr << "spiegel: " << tr("Could not write the screenshot: ", "Kon de schermafdruk niet schrijven: ") << path
              << '\n';
    m_exitCode = 1;
  }
}

void App::saveSettings() {
  WindowPlacement &wp = m_state.settings.window;
  wp.maximized = glfwGetWindowAttrib(m_window, GLFW_MAXIMIZED) != 0;
  if (!wp.maximized) {
    glfwGetWindowPos(m_window, &wp.x, &wp.y);
    glfwGetWindowSize(m_window, &wp.width, &wp.height);
  }
  app::saveSettings(m_state.settings, settingsFile());
}

void App::printState() const {
  nlohmann::json j;
  j["open"] = m_state.session != nullptr;
  if (const Session *s = m_state.session.get()) {
    const media::PlayerState st = s->player->state();
    j["file"] = s->path;
    j["position_us"] = st.position;
    j["duration_us"] = st.duration;
    j["playable_us"] = st.playable;
    j["incomplete_end"] = st.incompleteEnd;
    j["playing"] = st.playing;
    j["speed"] = st.speed;
    j["frame_pts_us"] = s->frame ? s->frame->pts : -1;
    j["loop_a_us"] = st.loopA ? nlohmann::json(*st.loopA) : nlohmann::json(nullptr);
    j["loop_b_us"] = st.loopB ? nlohmann::json(*st.loopB) : nlohmann::json(nullptr);
  }
  if (const auto &ws = m_state.workspace) {
    j["project"] = ws->projectPath();
    j["tags"] = ws->tags().size();
  }
  j["reviewer"] = m_state.identity ? nlohmann::json(m_state.identity->name) : nlohmann::json(nullptr);
  j["selected_tag"] = m_state.selectedTag ? nlohmann::json(*m_state.selectedTag) : nlohmann::json(nullptr);
  j["ui_frames"] = m_uiFrames;
  j["ui_frame_ms_avg"] = m_uiFrames > 1 ? m_uiMsTotal / static_cast<double>(m_uiFrames - 1) : 0.0;
  j["ui_frame_ms_max"] = m_uiMsMax;
  j["language"] = std::string(langCode());
  j["ui_scale"] = m_scale;
  j["font_px"] = m_imguiReady ? ImGui::GetFontSize() : 0.0f;
  {
    int x = 0, y = 0, w = 0, h = 0;
    glfwGetWindowPos(m_window, &x, &y);
    glfwGetWindowSize(m_window, &w, &h);
    j["window"] = {{"x", x}, {"y", y}, {"width", w}, {"height", h}};
  }
  j["side_width_px"] = m_layout.sideWidth;
  j["timeline_height_px"] = m_layout.timelineHeight;
  j["volume"] = m_state.settings.volume;
  std::cout << j.dump() << std::endl;
}

} // namespace spiegel::app::gui
