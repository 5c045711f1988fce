#pragma once
// The one scratch-folder helper of the Catch2 runners: a fresh, empty
// folder for one test under the build tree's tmp/ (SPIEGEL_TEST_TMP).
//   const auto dir = spiegel::test::support::scratchDir("store", "merge_twice");
#include <filesystem>
#include <string>

namespace spiegel::test::support {

inline std::filesystem::path scratchDir(const std::string &module, const std::string &name) {
  const std::filesystem::path dir = std::filesystem::path(SPIEGEL_TEST_TMP) / module / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

} // namespace spiegel::test::support
