#pragma once
// The two faces of one background task, both made by TaskRunner::submit():
// TaskContext is what the work sees on its worker thread, TaskHandle is what
// the UI thread keeps to watch and cancel it.
//   auto handle = runner.submit([](TaskContext &ctx) { ctx.progress(0.5f); ctx.post([] { /* UI */ }); });
//   if (handle.failed()) show(handle.errorText());
#include <functional>
#include <memory>
#include <stop_token>
#include <string>
#include <system_error>

namespace spiegel::app::tasks {

namespace detail {
struct TaskState;
struct Mailbox;
} // namespace detail

// Where a task is, as the UI thread sees it. It leaves Running in
// TaskRunner::drain(), after everything the task posted was delivered; or at
// once when the UI thread cancels it.
enum class TaskStatus { Running, Done, Cancelled, Failed };

// Handed to the task's callable. Worker thread only (the one running it).
class TaskContext {
public:
  TaskContext(std::shared_ptr<detail::TaskState> task, std::shared_ptr<detail::Mailbox> mailbox, std::stop_token stop);

  // True once the task was cancelled or the runner shuts down: return soon.
  // Cheap (one atomic load), so poll it between small steps.
  [[nodiscard]] bool stopRequested() const noexcept { return m_stop.stop_requested(); }
  // For code that waits or blocks (a condition variable, FFmpeg's interrupt
  // callback through media::WorkControl).
  [[nodiscard]] const std::stop_token &stopToken() const noexcept { return m_stop; }
  // How far the task is, 0 … 1 (clamped). Wakes the UI at most
  // kWakeInterval apart.
  void progress(float done);
  // Runs `onUiThread` on the UI thread in the next drain(), after everything
  // posted before it by any task. Never runs once the task was cancelled.
  void post(std::function<void()> onUiThread);

private:
  std::shared_ptr<detail::TaskState> m_task;
  std::shared_ptr<detail::Mailbox> m_mailbox;
  std::stop_token m_stop;
};

// The UI thread's hold on a task. Move-only; destroying it (or closing what
// holds it, e.g. a Session) cancels the task. UI thread only.
class TaskHandle {
public:
  TaskHandle() = default; // no task: reads as Cancelled (nothing to wait for)
  explicit TaskHandle(std::shared_ptr<detail::TaskState> task);
  ~TaskHandle();
  TaskHandle(TaskHandle &&) noexcept = default;
  TaskHandle &operator=(TaskHandle &&other) noexcept;
  TaskHandle(const TaskHandle &) = delete;
  TaskHandle &operator=(const TaskHandle &) = delete;

  [[nodiscard]] explicit operator bool() const { return m_task != nullptr; }
  [[nodiscard]] TaskStatus status() const;
  [[nodiscard]] bool running() const { return status() == TaskStatus::Running; }
  [[nodiscard]] bool done() const { return status() == TaskStatus::Done; }
  [[nodiscard]] bool failed() const { return status() == TaskStatus::Failed; }
  // 0 … 1 as last reported by the task; 1 once done.
  [[nodiscard]] float progress() const;
  // Why it failed: the code of the std::system_error the task threw (empty
  // for any other exception) and the exception's words (for logs, not for
  // people: app/ words a code for them).
  [[nodiscard]] std::error_code errorCode() const;
  [[nodiscard]] std::string errorText() const;
  // Asks the task to stop and drops whatever it posts from now on; returns
  // at once (the worker ends on its own and the runner reaps it).
  void cancel();

private:
  std::shared_ptr<detail::TaskState> m_task;
};

} // namespace spiegel::app::tasks
