#include "common/text_file.hpp"

#include "spiegel/store/package.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

namespace spiegel::app {

std::optional<std::string> readTextFile(const std::string &path) {
  if (path.empty())
    return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return std::nullopt;
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

bool writeTextFileAtomically(const std::string &path, const std::string &text) {
  if (path.empty())
    return false;
  try {
    store::writeTextFile(path, text); // the one atomic write above media/ (tmp, flush, rename)
    return true;
  } catch (const store::StoreError &) {
    return false;
  }
}

} // namespace spiegel::app
