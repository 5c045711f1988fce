#pragma once
// Private to tasks/: what a task's handle, its context and the runner share,
// with who may touch each field.
#include "tasks/task_handle.hpp"

#include <atomic>
#include <chrono>
#include <functional>
#include <mutex>
#include <optional>
#include <stop_token>
#include <string>
#include <system_error>
#include <vector>

namespace spiegel::app::tasks::detail {

// The UI draws a running task's progress and partial results at most this
// often (as often as a person reads a percentage; the old per-job loop
// redrew four times a second too). A task's end wakes the UI at once.
constexpr auto kWakeInterval = std::chrono::milliseconds(250);

struct TaskState {
  // Written once by the UI thread in submit() before the handle exists; then
  // only request_stop() (thread-safe), from the UI thread.
  std::stop_source stop;
  std::atomic<float> progress{0.0f}; // written by the worker, read by any thread
  // UI thread only: set by TaskHandle::cancel(), TaskRunner::drain() and
  // TaskRunner::shutdown().
  TaskStatus status = TaskStatus::Running;
  bool ended = false; // the worker's end was drained: its thread can be joined at once
  std::error_code code;
  std::string error;
};

// What a worker sends to the UI thread: a posted callback, or its end.
struct Letter {
  std::shared_ptr<TaskState> task;
  std::function<void()> deliver; // empty for the end letter
  struct End {
    TaskStatus status = TaskStatus::Done;
    std::error_code code;
    std::string error;
  };
  std::optional<End> end;
};

// Shared by the runner (UI thread) and every worker: outlives both, so a
// worker never points at a runner that is gone.
struct Mailbox {
  explicit Mailbox(std::function<void()> wakeUi) : wake(std::move(wakeUi)) {}
  // Immutable: called on worker threads, so it must be thread-safe
  // (glfwPostEmptyEvent is). May be empty (tests, the CLI).
  const std::function<void()> wake;
  std::mutex mutex;
  std::vector<Letter> letters;                    // guarded by mutex; in sending order
  std::chrono::steady_clock::time_point lastWake; // guarded by mutex

  // Worker threads: queue a letter (when given) and wake the UI, throttled
  // to kWakeInterval unless `urgent`. Never blocks on the UI thread.
  void send(std::optional<Letter> letter, bool urgent);
  // UI thread: everything sent so far, in order.
  [[nodiscard]] std::vector<Letter> take();
};

} // namespace spiegel::app::tasks::detail
