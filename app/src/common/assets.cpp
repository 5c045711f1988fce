#include "common/assets.hpp"

#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace spiegel::app {
namespace fs = std::filesystem;

namespace {
constexpr const char *kCodebook = "codebooks/alliance.json";
constexpr const char *kPromptBank = "recall/prompts.json";
constexpr const char *kMethods = "recall/methods.json";

bool hasCodebook(const fs::path &dir) {
  std::error_code ec;
  return !dir.empty() && fs::is_regular_file(dir / kCodebook, ec);
}

// A file of the assets folder ("" when there is none).
std::string inAssets(const char *file) {
  const auto dir = assetsDirectory();
  return dir.empty() ? std::string() : (fs::path(dir) / file).string();
}
} // namespace

std::string assetsDirectory() {
  if (const char *env = std::getenv("SPIEGEL_ASSETS_DIR"); env != nullptr && hasCodebook(env))
    return env;
#ifdef SPIEGEL_ASSETS_DIR
  if (hasCodebook(SPIEGEL_ASSETS_DIR))
    return SPIEGEL_ASSETS_DIR;
#endif
  std::error_code ec;
  const auto exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const auto installed = (exe.parent_path() / ".." / "share" / "spiegel" / "assets").lexically_normal();
    if (hasCodebook(installed))
      return installed.string();
  }
  return {};
}

std::string defaultCodebookFile() {
  return inAssets(kCodebook);
}

std::string promptBankFile() {
  return inAssets(kPromptBank);
}

std::string methodsFile() {
  return inAssets(kMethods);
}

} // namespace spiegel::app
