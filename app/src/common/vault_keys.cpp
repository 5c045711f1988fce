#include "common/vault_keys.hpp"

#include "common/paths.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>

namespace spiegel::app {

std::string vaultKeyPath(const std::string &fileIdHex) {
  const auto dir = configDirectory();
  if (dir.empty() || fileIdHex.empty() || fileIdHex.find_first_not_of("0123456789abcdef") != std::string::npos)
    return {};
  return dir + "/keys/" + fileIdHex + ".key";
}

namespace {

std::optional<media::VaultKey> loadKey(const std::string &fileIdHex) {
  const auto path = vaultKeyPath(fileIdHex);
  if (path.empty())
    return std::nullopt;
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return std::nullopt;
  media::VaultKey key{};
  bool ok = ::read(fd, key.data(), key.size()) == static_cast<ssize_t>(key.size());
  ::close(fd);
  if (!ok)
    return std::nullopt;
  return key;
}

} // namespace

void registerVaultKeys() { media::setVaultKeys(loadKey); }

bool saveVaultKey(const std::string &fileIdHex, const media::VaultKey &key) {
  const auto path = vaultKeyPath(fileIdHex);
  if (path.empty())
    return false;
  std::error_code ec;
  const auto dir = std::filesystem::path(path).parent_path();
  std::filesystem::create_directories(dir, ec);
  ::chmod(dir.c_str(), 0700);
  const auto part = path + ".part";
  int fd = ::open(part.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0)
    return false;
  bool ok = ::write(fd, key.data(), key.size()) == static_cast<ssize_t>(key.size()) && ::fsync(fd) == 0;
  ok = ::close(fd) == 0 && ok;
  if (!ok || std::rename(part.c_str(), path.c_str()) != 0) {
    std::remove(part.c_str());
    return false;
  }
  return true;
}

} // namespace spiegel::app
