#pragma once
// SIGTERM (what `kill`, a session manager or logout sends first) and SIGINT
// (Ctrl+C in the terminal) close the window the way Quit does; nothing is
// lost, as every edit is already in the project file.
//
// Threads: construct it on the main thread before any other thread starts
// (it is App's first member). It blocks both signals in that thread, so
// every thread made later inherits the mask — SDL's audio thread, the
// Player's, the task runner's — and only its own watcher thread takes them
// (sigtimedwait), sets requested() and calls `wake` (glfwPostEmptyEvent,
// which any thread may call). stop() joins the watcher; call it before the
// library behind `wake` shuts down.
//   QuitSignals signals;  signals.start([] { glfwPostEmptyEvent(); });
//   if (signals.requested()) quit();
#include <atomic>
#include <csignal>
#include <functional>
#include <thread>

namespace spiegel::app::gui {

class QuitSignals {
public:
  QuitSignals();  // blocks SIGTERM and SIGINT in the calling thread
  ~QuitSignals(); // stop(), then restores the mask
  QuitSignals(const QuitSignals &) = delete;
  QuitSignals &operator=(const QuitSignals &) = delete;

  // Starts watching; `wake` runs on the watcher thread after a signal.
  void start(std::function<void()> wake);
  void stop();
  [[nodiscard]] bool requested() const { return m_requested.load(); }
  // The signal that asked (0 when none): the exit code stays 0 either way.
  [[nodiscard]] int signal() const { return m_signal.load(); }

private:
  sigset_t m_set{}, m_previous{};
  std::atomic<bool> m_requested{false}, m_stop{false};
  std::atomic<int> m_signal{0};
  std::thread m_watcher;
};

} // namespace spiegel::app::gui
