#include "tasks/task_runner.hpp"

#include "tasks/task_state.hpp"

#include <algorithm>
#include <utility>

namespace spiegel::app::tasks {

namespace detail {

void Mailbox::send(std::optional<Letter> letter, bool urgent) {
  bool wakeNow = false;
  {
    std::lock_guard lock(mutex);
    if (letter)
      letters.push_back(std::move(*letter));
    const auto now = std::chrono::steady_clock::now();
    if (urgent || now - lastWake >= kWakeInterval) {
      lastWake = now;
      wakeNow = true;
    }
  }
  if (wakeNow && wake) // outside the lock: the UI thread may be taking letters
    wake();
}

std::vector<Letter> Mailbox::take() {
  std::lock_guard lock(mutex);
  return std::exchange(letters, {});
}

} // namespace detail

namespace {

// The worker's whole life: run the work, turn whatever it threw into an
// end letter, send that last. Worker thread.
void runTask(const std::shared_ptr<detail::TaskState> &task, const std::shared_ptr<detail::Mailbox> &mailbox,
             const std::function<void(TaskContext &)> &work, const std::stop_token &stop) {
  detail::Letter::End end;
  try {
    TaskContext ctx(task, mailbox, stop);
    work(ctx);
  } catch (const std::system_error &e) {
    end = {TaskStatus::Failed, e.code(), e.what()};
  } catch (const std::exception &e) {
    end = {TaskStatus::Failed, {}, e.what()};
  } catch (...) {
    end = {TaskStatus::Failed, {}, "unknown exception"};
  }
  if (stop.stop_requested()) // whatever a stopped task did, it did not finish its work
    end = {TaskStatus::Cancelled, {}, {}};
  mailbox->send(detail::Letter{task, {}, std::move(end)}, true);
}

} // namespace

TaskRunner::TaskRunner(std::function<void()> wake) : m_mailbox(std::make_shared<detail::Mailbox>(std::move(wake))) {}

TaskRunner::~TaskRunner() { shutdown(); }

TaskHandle TaskRunner::submit(std::function<void(TaskContext &)> work) {
  auto task = std::make_shared<detail::TaskState>();
  Worker worker{task, std::jthread([task, mailbox = m_mailbox, work = std::move(work)](std::stop_token stop) {
                  runTask(task, mailbox, work, stop);
                })};
  task->stop = worker.thread.get_stop_source(); // the worker reads only its stop_token, never this field
  m_workers.push_back(std::move(worker));
  return TaskHandle(std::move(task));
}

int TaskRunner::drain() {
  int ended = 0;
  for (detail::Letter &letter : m_mailbox->take()) {
    detail::TaskState &task = *letter.task;
    if (letter.end) {
      task.ended = true;
      ++ended;
      if (task.status == TaskStatus::Running) {
        task.status = letter.end->status;
        task.code = letter.end->code;
        task.error = std::move(letter.end->error);
      }
    } else if (task.status == TaskStatus::Running) { // a cancelled task's posts are dropped
      letter.deliver();
    }
  }
  // Their end letter was the workers' last act: joining them takes no time.
  std::erase_if(m_workers, [](const Worker &w) { return w.task->ended; });
  return ended;
}

bool TaskRunner::busy() const {
  return std::any_of(m_workers.begin(), m_workers.end(),
                     [](const Worker &w) { return w.task->status == TaskStatus::Running; });
}

void TaskRunner::shutdown() {
  for (Worker &w : m_workers) {
    w.thread.request_stop();
    if (w.task->status == TaskStatus::Running)
      w.task->status = TaskStatus::Cancelled;
  }
  m_workers.clear(); // each jthread joins as it goes
  (void)m_mailbox->take();
}

} // namespace spiegel::app::tasks
