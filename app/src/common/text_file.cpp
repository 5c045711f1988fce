#include "common/text_file.hpp"

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
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << text;
    out.flush();
    if (!out) {
      std::error_code ec;
      std::filesystem::remove(tmp, ec);
      return false;
    }
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) {
    std::filesystem::remove(tmp, ec);
    return false;
  }
  return true;
}


} // namespace spiegel::app
