#include "common/share_package.hpp"

#include "common/i18n.hpp"
#include "common/profile.hpp"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>

namespace spiegel::app {

std::string passphraseProblem(const std::string &pass, const std::string &again) {
  if (pass != again)
    return tr("The two passphrases differ; nothing was made.", "De twee wachtzinnen verschillen; er is niets gemaakt.");
  if (pass.size() < kMinPassphrase)
    return tr("The passphrase is too short: use at least 10 characters, a few words are best.",
              "De wachtzin is te kort: gebruik minstens 10 tekens, een paar woorden is het best.");
  return {};
}

store::UnixMillis shareNow() {
  if (const char *fake = std::getenv("SPIEGEL_NOW_MS"); fake != nullptr && *fake != '\0')
    return std::atoll(fake);
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::optional<store::UnixMillis> expiryAfter(const std::string &day) {
  int y = 0, m = 0, d = 0;
  char tail = 0;
  if (std::sscanf(day.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 || m < 1 || m > 12 || d < 1 || d > 31)
    return std::nullopt;
  std::tm tm{};
  tm.tm_year = y - 1900;
  tm.tm_mon = m - 1;
  tm.tm_mday = d + 1;
  tm.tm_isdst = -1;
  return static_cast<store::UnixMillis>(std::mktime(&tm)) * 1000;
}

std::string shareSender() {
  if (const auto id = loadIdentity())
    return id->name;
  const char *user = std::getenv("USER");
  return user != nullptr && *user != '\0' ? user : "spiegel";
}

bool isSharePackage(const std::string &path) {
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".spiegelpkg";
}

} // namespace spiegel::app
