#pragma once
// media/'s background work (computePeaks, makeThumbnails) as a task of the
// task runner: its stop and progress, and its error code.
//   runner.submit([](tasks::TaskContext &ctx) {
//     runMediaWork([&] { auto p = media::computePeaks(path, bucket, dir, workControl(ctx)); ... });
//   });
#include "tasks/task_handle.hpp"

#include "spiegel/media/background.hpp"
#include "spiegel/media/error.hpp"

#include <system_error>

namespace spiegel::app {

// The task's stop token and progress, as media's work functions take them.
// Valid while `ctx` is (the task's worker, during the task).
[[nodiscard]] media::WorkControl workControl(tasks::TaskContext &ctx);

// media::ErrorCode as a std::error_code (category "spiegel.media"): compares
// equal to TaskHandle::errorCode() of a task that failed with that code.
[[nodiscard]] std::error_code toErrorCode(media::ErrorCode code);

// Runs `work`, letting a MediaError leave as a std::system_error with its
// code, so the task's handle keeps the code for app/ to word.
template <class Work> void runMediaWork(Work &&work) {
  try {
    work();
  } catch (const media::MediaError &e) {
    throw std::system_error(toErrorCode(e.code()), e.what());
  }
}

} // namespace spiegel::app
