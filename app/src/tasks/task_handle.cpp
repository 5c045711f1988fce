#include "tasks/task_handle.hpp"

#include "tasks/task_state.hpp"

#include <algorithm>

namespace spiegel::app::tasks {

TaskContext::TaskContext(std::shared_ptr<detail::TaskState> task, std::shared_ptr<detail::Mailbox> mailbox,
                         std::stop_token stop)
    : m_task(std::move(task)), m_mailbox(std::move(mailbox)), m_stop(std::move(stop)) {}

void TaskContext::progress(float done) {
  m_task->progress.store(std::clamp(done, 0.0f, 1.0f), std::memory_order_relaxed);
  m_mailbox->send(std::nullopt, false);
}

void TaskContext::post(std::function<void()> onUiThread) {
  m_mailbox->send(detail::Letter{m_task, std::move(onUiThread), std::nullopt}, false);
}

TaskHandle::TaskHandle(std::shared_ptr<detail::TaskState> task) : m_task(std::move(task)) {}

TaskHandle::~TaskHandle() { cancel(); }

TaskHandle &TaskHandle::operator=(TaskHandle &&other) noexcept {
  if (this != &other) {
    cancel();
    m_task = std::move(other.m_task);
  }
  return *this;
}

TaskStatus TaskHandle::status() const { return m_task ? m_task->status : TaskStatus::Cancelled; }

float TaskHandle::progress() const {
  if (!m_task)
    return 0.0f;
  return m_task->status == TaskStatus::Done ? 1.0f : m_task->progress.load(std::memory_order_relaxed);
}

std::error_code TaskHandle::errorCode() const { return m_task ? m_task->code : std::error_code(); }

std::string TaskHandle::errorText() const { return m_task ? m_task->error : std::string(); }

void TaskHandle::cancel() {
  if (!m_task)
    return;
  m_task->stop.request_stop();
  if (m_task->status == TaskStatus::Running)
    m_task->status = TaskStatus::Cancelled;
}

} // namespace spiegel::app::tasks
