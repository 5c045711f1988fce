#pragma once
// The scenarios of `spiegel bench`. Each measures Spiegel's way in this
// process and, where one exists, the matching ffmpeg CLI command in the same
// run, so the ratio holds on any machine.
#include "bench/bench_clip.hpp"
#include "bench/bench_result.hpp"

#include <exception>
#include <iosfwd>
#include <string>
#include <vector>

namespace spiegel::app::bench {

struct Config {
  bool quick = false;
  ClipPaths clip;
  std::string scratch; // an empty folder for fresh caches (removed afterwards)
  std::ostream *log = nullptr; // progress lines
  std::string only;             // comma-separated scenario groups to run; empty = all
  [[nodiscard]] bool wants(const std::string &group) const {
    return only.empty() || ("," + only + ",").find("," + group + ",") != std::string::npos;
  }
};

// Runs one scenario; an exception becomes a failed result that says why,
// so one broken scenario does not lose the others' numbers.
template <class Fn> Result guarded(const char *scenario, Fn &&fn) {
  try {
    return fn();
  } catch (const std::exception &e) {
    Result r;
    r.scenario = scenario;
    r.target = "-";
    r.note = std::string("did not run: ") + e.what();
    return r;
  }
}

// Open → first frame, exact and keyframe seeks, frame steps, 1× playback
// while thumbnails build, memory, CPU while paused.
[[nodiscard]] std::vector<Result> runPlayerScenarios(const Config &config);
// 60 thumbnails, waveform peaks and `spiegel frame` as a process, each
// against the ffmpeg CLI.
[[nodiscard]] std::vector<Result> runJobScenarios(const Config &config);
// The recording vault against the plain file: open and exact seeks
// (scenarios_vault.cpp). Needs config.scratch.
[[nodiscard]] std::vector<Result> runVaultScenarios(const Config &config);
// Recall sessions: Start to the first moment's picture, N to the next, the
// reflection record of 30 moments as PDF and HTML (scenarios_recall.cpp).
// Needs config.scratch.
[[nodiscard]] std::vector<Result> runRecallScenarios(const Config &config);

} // namespace spiegel::app::bench
