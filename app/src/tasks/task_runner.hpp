#pragma once
// The one runner of background work (waveform, thumbnails, and next clip
// export and reports): each task runs on its own worker thread, reports
// progress, can be cancelled, and hands its results to the UI thread, which
// receives them in drain() once per frame. No ImGui, no GLFW: the window
// only gives it a thread-safe `wake`.
//   TaskRunner runner([] { glfwPostEmptyEvent(); });
//   session.peaksTask = runner.submit([&](TaskContext &ctx) { ... ctx.post([=] { session.peaks = p; }); });
//   // every frame: runner.drain();   idle wait: runner.busy()
#include "tasks/task_handle.hpp"

#include <functional>
#include <memory>
#include <thread>
#include <vector>

namespace spiegel::app::tasks {

// UI thread only (the thread that made it): submit, drain, busy, shutdown.
// One thread per task: tasks are few and long (seconds to minutes), and two
// of them must not wait for each other (thumbnails while the waveform is read).
class TaskRunner {
public:
  // `wake` is called from worker threads when there is something to drain
  // (a posted result, progress at most every kWakeInterval, a task's end);
  // it must be thread-safe and must not block. May be empty.
  explicit TaskRunner(std::function<void()> wake = {});
  // shutdown().
  ~TaskRunner();
  TaskRunner(const TaskRunner &) = delete;
  TaskRunner &operator=(const TaskRunner &) = delete;

  // Starts `work` on a new worker thread. Any exception it throws ends the
  // task as Failed (a std::system_error gives its code); none leaves the
  // worker. Returning after a stop request ends it as Cancelled.
  [[nodiscard]] TaskHandle submit(std::function<void(TaskContext &)> work);
  // Delivers what the tasks posted since the last drain, in posting order,
  // then their ends; joins the workers that ended. Posts of cancelled tasks
  // are dropped. The callbacks run here, so they may touch UI state (and may
  // submit or cancel tasks). Returns how many tasks ended (a dialog waiting
  // on one changes shape: the window then draws a few frames more).
  int drain();
  // Whether some task is still Running as the UI sees it: the loop then
  // redraws at least every kWakeInterval (a missed wake costs no more).
  [[nodiscard]] bool busy() const;
  // Cancels every task and waits for its worker, dropping undelivered
  // posts. Prompt: the work polls its stop token between small steps and
  // FFmpeg's blocking reads watch it too; a worker never waits for the UI
  // thread, so this cannot deadlock. Idempotent. Call it before whatever
  // `wake` uses goes away (App: before glfwTerminate).
  void shutdown();

private:
  struct Worker {
    std::shared_ptr<detail::TaskState> task;
    std::jthread thread;
  };
  std::shared_ptr<detail::Mailbox> m_mailbox;
  std::vector<Worker> m_workers; // UI thread only
};

} // namespace spiegel::app::tasks
