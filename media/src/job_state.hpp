#pragma once
// Private: the state every background job shares with the threads that ask
// about it (usually the UI thread).
#include <atomic>
#include <mutex>
#include <string>

namespace spiegel::media {

struct JobState {
  // Set by cancel() or the job's destructor (any thread); read by the worker
  // and by FFmpeg's interrupt callback on the worker.
  std::atomic<bool> stop{false};
  // Set once by the worker when it ends (success, failure or cancel).
  std::atomic<bool> done{false};
  std::atomic<float> progress{0.0f}; // written by the worker only
  mutable std::mutex mutex;
  std::string error; // guarded by mutex; empty unless the job failed

  void setError(std::string text) {
    std::lock_guard lock(mutex);
    error = std::move(text);
  }
  [[nodiscard]] std::string errorText() const {
    std::lock_guard lock(mutex);
    return error;
  }
  [[nodiscard]] bool stopping() const { return stop.load(std::memory_order_relaxed); }
};

} // namespace spiegel::media
