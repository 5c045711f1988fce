#include "gui/shell/format.hpp"

#include "common/i18n.hpp"

#include <algorithm>
#include <cstdio>

namespace spiegel::app::gui {

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
