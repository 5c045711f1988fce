#include "common/paths.hpp"

#include <cstdlib>
#include <filesystem>
#include <pwd.h>
#include <system_error>
#include <unistd.h>

namespace spiegel::app {

std::string homeDirectory() {
  if (const char *home = std::getenv("HOME"); home != nullptr && *home != '\0')
    return home;
  if (const passwd *pw = getpwuid(getuid()); pw != nullptr && pw->pw_dir != nullptr)
    return pw->pw_dir;
  return "/";
}

std::string configDirectory() {
  std::filesystem::path dir;
  if (const char *xdg = std::getenv("XDG_CONFIG_HOME"); xdg != nullptr && *xdg == '/')
    dir = std::filesystem::path(xdg) / "spiegel";
  else if (const std::string home = homeDirectory(); home != "/")
    dir = std::filesystem::path(home) / ".config" / "spiegel";
  else
    return {};
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  return ec ? std::string() : dir.string();
}

} // namespace spiegel::app
