#include "common/open_target.hpp"

#include "common/share_package.hpp"

#include <filesystem>
#include <fstream>
#include <system_error>

namespace spiegel::app {

OpenTarget openTarget(const std::string &path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec))
    return OpenTarget::Missing;
  if (std::filesystem::path(path).extension() == ".spiegel")
    return OpenTarget::Project;
  if (isSharePackage(path))
    return OpenTarget::Package;
  // Every SQLite database starts with these 16 bytes (sqlite.org/fileformat.html).
  static constexpr char kHeader[] = "SQLite format 3";
  char head[sizeof kHeader] = {};
  std::ifstream in(path, std::ios::binary);
  in.read(head, sizeof head);
  return in && std::string(head, sizeof head) == std::string(kHeader, sizeof kHeader) ? OpenTarget::Project
                                                                                      : OpenTarget::Recording;
}

} // namespace spiegel::app
