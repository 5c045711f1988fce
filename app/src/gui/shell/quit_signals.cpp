#include "gui/shell/quit_signals.hpp"

#include <pthread.h>
#include <time.h>

namespace spiegel::app::gui {

QuitSignals::QuitSignals() {
  sigemptyset(&m_set);
  sigaddset(&m_set, SIGTERM);
  sigaddset(&m_set, SIGINT);
  pthread_sigmask(SIG_BLOCK, &m_set, &m_previous);
}

QuitSignals::~QuitSignals() {
  stop();
  pthread_sigmask(SIG_SETMASK, &m_previous, nullptr);
}

void QuitSignals::start(std::function<void()> wake) {
  stop();
  m_stop = false;
  m_watcher = std::thread([this, wake = std::move(wake)] {
    // Why 200 ms: how long stop() may wait for the watcher to notice.
    const timespec step{0, 200'000'000};
    while (!m_stop) {
      const int sig = sigtimedwait(&m_set, nullptr, &step);
      if (sig <= 0)
        continue; // timeout or EINTR: look at m_stop again
      m_signal = sig;
      m_requested = true;
      if (wake)
        wake();
    }
  });
}

void QuitSignals::stop() {
  m_stop = true;
  if (m_watcher.joinable())
    m_watcher.join();
}

} // namespace spiegel::app::gui
