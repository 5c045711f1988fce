#pragma once
// Private: the state every background job shares with the threads that ask
// about it (usually the UI thread).
#include "spiegel/media/error.hpp"

#include <atomic>
#include <exception>
#include <mutex>
#include <optional>
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
  std::string error;                   // guarded by mutex; empty unless the job failed
  std::optional<ErrorCode> code;       // guarded by mutex; set together with error

  // Records why the job failed: a MediaError's own code, Internal for any
  // other exception.
  void setError(const std::exception &e) {
    const auto *media = dynamic_cast<const MediaError *>(&e);
    std::lock_guard lock(mutex);
    error = e.what();
    code = media != nullptr ? media->code() : ErrorCode::Internal;
  }
  [[nodiscard]] std::string errorText() const {
    std::lock_guard lock(mutex);
    return error;
  }
  [[nodiscard]] std::optional<ErrorCode> errorCode() const {
    std::lock_guard lock(mutex);
    return code;
  }
  [[nodiscard]] bool stopping() const { return stop.load(std::memory_order_relaxed); }
};

} // namespace spiegel::media
