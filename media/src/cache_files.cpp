// removeCaches(): the waveform and thumbnail files of one recording.
#include "spiegel/media/background.hpp"

#include <filesystem>
#include <system_error>

namespace spiegel::media {

// The jobs name their files "<kind>-<fingerprint>-<parameters>.bin"
// (peaks.cpp, thumbnails.cpp); a fingerprint ends at its hex digest, so the
// '-' after it keeps one recording's files apart from another's.
int removeCaches(const std::string &cacheDir, const std::string &fingerprint) {
  if (cacheDir.empty() || fingerprint.empty())
    return 0;
  std::error_code ec;
  int removed = 0;
  for (const auto &entry : std::filesystem::directory_iterator(cacheDir, ec)) {
    const std::string name = entry.path().filename().string();
    for (const char *kind : {"peaks-", "thumbs-"}) {
      const std::string prefix = std::string(kind) + fingerprint + "-";
      std::error_code rm;
      if (name.starts_with(prefix) && std::filesystem::remove(entry.path(), rm) && !rm)
        ++removed;
    }
  }
  return removed;
}

} // namespace spiegel::media
