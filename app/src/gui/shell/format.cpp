#include "gui/shell/format.hpp"

#include "common/i18n.hpp"

#include <algorithm>
#include <cstdio>

namespace spiegel::app::gui {

std::string formatTime(Micros t, bool millis) {
  const bool negative = t < 0;
  const long long us = negative ? -t : t;
  const long long totalMs = us / 1000;
  const long long ms = totalMs % 1000;
  const long long s = (totalMs / 1000) % 60;
  const long long m = (totalMs / 60'000) % 60;
  const long long h = totalMs / 3'600'000;
  char buf[48];
  const char *sign = negative ? "-" : "";
  if (h > 0 && millis)
    std::snprintf(buf, sizeof buf, "%s%lld:%02lld:%02lld.%03lld", sign, h, m, s, ms);
  else if (h > 0)
    std::snprintf(buf, sizeof buf, "%s%lld:%02lld:%02lld", sign, h, m, s);
  else if (millis)
    std::snprintf(buf, sizeof buf, "%s%02lld:%02lld.%03lld", sign, m, s, ms);
  else
    std::snprintf(buf, sizeof buf, "%s%02lld:%02lld", sign, m, s);
  return buf;
}

std::string formatSize(std::uintmax_t bytes) {
  char buf[32];
  const double b = static_cast<double>(bytes);
  if (bytes < 1000)
    std::snprintf(buf, sizeof buf, "%ju B", bytes);
  else if (b < 1e6)
    std::snprintf(buf, sizeof buf, "%.0f KB", b / 1e3);
  else if (b < 1e9)
    std::snprintf(buf, sizeof buf, "%.1f MB", b / 1e6);
  else
    std::snprintf(buf, sizeof buf, "%.2f GB", b / 1e9);
  std::string out = buf;
  if (language() == Lang::Nl) // Dutch writes 15,2 MB
    std::replace(out.begin(), out.end(), '.', ',');
  return out;
}

} // namespace spiegel::app::gui
