#include "bench/bench_util.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

extern char **environ;

namespace spiegel::app::bench {

double median(std::vector<double> v) { return percentile(std::move(v), 50.0); }

double percentile(std::vector<double> v, double p) {
  if (v.empty())
    return 0.0;
  std::sort(v.begin(), v.end());
  const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(v.size())));
  return v[std::clamp<std::size_t>(rank, 1, v.size()) - 1];
}

int runQuiet(const std::vector<std::string> &argv) {
  std::vector<std::string> args = argv;
  std::vector<char *> ptrs;
  for (auto &a : args)
    ptrs.push_back(a.data());
  ptrs.push_back(nullptr);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
  pid_t pid = -1;
  const int rc = posix_spawnp(&pid, args[0].c_str(), &fa, nullptr, ptrs.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  if (rc != 0)
    return -1;
  int status = 0;
  if (waitpid(pid, &status, 0) < 0 || !WIFEXITED(status))
    return -1;
  return WEXITSTATUS(status);
}

double timeCommand(const std::vector<std::string> &argv) {
  const auto t0 = Clock::now();
  if (runQuiet(argv) != 0) {
    std::string cmd;
    for (const auto &a : argv)
      cmd += a + " ";
    throw std::runtime_error("command failed: " + cmd);
  }
  return msSince(t0);
}

std::vector<double> timeCommandRuns(int n, const std::vector<std::string> &argv) {
  std::vector<double> out;
  for (int i = 0; i < n; ++i)
    out.push_back(timeCommand(argv));
  return out;
}

} // namespace spiegel::app::bench
