#pragma once
// Small tools of the benchmark: timing, statistics, running the ffmpeg CLI.
#include <chrono>
#include <string>
#include <vector>

namespace spiegel::app::bench {

using Clock = std::chrono::steady_clock;

[[nodiscard]] inline double secondsSince(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}
[[nodiscard]] inline double msSince(Clock::time_point t0) { return secondsSince(t0) * 1000.0; }

// Wall time in ms of each of `n` calls of `f` (a call may throw).
template <class F> [[nodiscard]] std::vector<double> timeRuns(int n, F &&f) {
  std::vector<double> out;
  for (int i = 0; i < n; ++i) {
    const auto t0 = Clock::now();
    f(i);
    out.push_back(msSince(t0));
  }
  return out;
}

// Median and 95th percentile (nearest rank) of a sample; 0 when empty.
[[nodiscard]] double median(std::vector<double> v);
[[nodiscard]] double percentile(std::vector<double> v, double p);

// Runs a program (no shell) with stdout and stderr sent to /dev/null and
// returns its exit status (-1 when it could not start).
int runQuiet(const std::vector<std::string> &argv);
// Wall time of one run in ms; throws std::runtime_error when it fails.
[[nodiscard]] double timeCommand(const std::vector<std::string> &argv);
// timeCommand() of `n` runs of the same command.
[[nodiscard]] std::vector<double> timeCommandRuns(int n, const std::vector<std::string> &argv);

} // namespace spiegel::app::bench
