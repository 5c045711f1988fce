#pragma once
// Private: the Player's master clock. Either the audio callback sets it (the
// time of the sample being heard, extrapolated on the wall clock between
// callbacks) or, without audio, it runs on the wall clock alone.
// Thread safety: guarded by m_mutex; any thread may call.
#include "spiegel/media/time.hpp"

#include <chrono>
#include <mutex>

namespace spiegel::media {

class Clock {
public:
  using SteadyTime = std::chrono::steady_clock::time_point;

  [[nodiscard]] Micros now() const {
    std::lock_guard lock(m_mutex);
    return nowLocked(std::chrono::steady_clock::now());
  }
  // Jump to `pos` (seek, step). Keeps running/paused/held as it was.
  void set(Micros pos) {
    std::lock_guard lock(m_mutex);
    m_base = pos;
    m_at = std::chrono::steady_clock::now();
  }
  void setRunning(bool running) {
    std::lock_guard lock(m_mutex);
    rebase();
    m_running = running;
  }
  // Holds at `pos` until release(): used while a seek is being served so the
  // clock does not run away from the frame that is not decoded yet.
  void hold(Micros pos) {
    std::lock_guard lock(m_mutex);
    m_base = pos;
    m_held = true;
  }
  void release() {
    std::lock_guard lock(m_mutex);
    m_at = std::chrono::steady_clock::now();
    m_held = false;
  }
  [[nodiscard]] bool held() const {
    std::lock_guard lock(m_mutex);
    return m_held;
  }
  void setSpeed(double speed) {
    std::lock_guard lock(m_mutex);
    rebase();
    m_speed = speed;
  }
  // From the audio callback: `pos` was being heard at `at`.
  void fromAudio(Micros pos, SteadyTime at) {
    std::lock_guard lock(m_mutex);
    if (m_held || !m_running)
      return;
    m_base = pos;
    m_at = at;
  }

private:
  [[nodiscard]] Micros nowLocked(SteadyTime t) const {
    if (!m_running || m_held)
      return m_base;
    const auto us = std::chrono::duration_cast<std::chrono::microseconds>(t - m_at).count();
    return m_base + static_cast<Micros>(static_cast<double>(us) * m_speed);
  }
  void rebase() {
    const auto t = std::chrono::steady_clock::now();
    m_base = nowLocked(t);
    m_at = t;
  }

  mutable std::mutex m_mutex;
  Micros m_base = 0;      // guarded by m_mutex
  SteadyTime m_at{};      // guarded by m_mutex: wall time at which m_base held
  double m_speed = 1.0;   // guarded by m_mutex
  bool m_running = false; // guarded by m_mutex: playing
  bool m_held = false;    // guarded by m_mutex: a seek is being served
};

} // namespace spiegel::media
