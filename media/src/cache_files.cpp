// cacheFiles() and removeCaches(): the waveform and thumbnail files of one recording.
#include "spiegel/media/background.hpp"

#include <filesystem>
#include <system_error>
#include <vector>

namespace spiegel::media {

// The jobs name their files "<kind>-<fingerprint>-<parameters>.bin"
// (peaks.cpp, thumbnails.cpp); a fingerprint ends at its hex digest, so the
// '-' after it keeps one recording's files apart from another's.
std::vector<std::string> cacheFiles(const std::string &cacheDir, const std::string &fingerprint) {
  std::vector<std::string> out;
  if (cacheDir.empty() || fingerprint.empty())
    return out;
  std::error_code ec;
  for (const auto &entry : std::filesystem::directory_iterator(cacheDir, ec)) {
    const std::string name = entry.path().filename().string();
    for (const char *kind : {"peaks-", "thumbs-"})
      if (name.starts_with(std::string(kind) + fingerprint + "-"))
        out.push_back(entry.path().string());
  }
  return out;
}

int removeCaches(const std::string &cacheDir, const std::string &fingerprint) {
  int removed = 0;
  for (const auto &path : cacheFiles(cacheDir, fingerprint)) {
    std::error_code rm;
    if (std::filesystem::remove(path, rm) && !rm)
      ++removed;
  }
  return removed;
}

} // namespace spiegel::media
