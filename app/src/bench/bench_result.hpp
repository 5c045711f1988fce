#pragma once
// One measured scenario of `spiegel bench` and how it is printed.
#include <iosfwd>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace spiegel::app::bench {

struct Result {
  std::string scenario;
  std::optional<double> medianMs, p95Ms; // null for scenarios that are not timings (memory, CPU)
  std::optional<double> ffmpegMedianMs; // the matching ffmpeg CLI command, same run
  std::optional<double> ratio;          // what the target compares (see `target`)
  std::string target;                   // e.g. "ratio <= 0.35 (ours / ffmpeg)"
  bool pass = false;
  std::vector<std::pair<std::string, double>> extra; // scenario-specific numbers
  std::string note;                                   // what was compared, in words
};

// A timing: median and p95 of `ours` (ms); with `cli`, the median of the
// matching ffmpeg command and the ratio ours / ffmpeg. The caller adds the
// target, the verdict and the extras.
[[nodiscard]] Result timing(std::string scenario, const std::vector<double> &ours,
                            const std::vector<double> &cli = {});

// {"scenario":…,"median_ms":…,…} on one line.
[[nodiscard]] std::string toJsonLine(const Result &r);
void printTable(std::ostream &out, const std::vector<Result> &results);

} // namespace spiegel::app::bench
