#pragma once
// Readable sizes for people (times: common/clock_text.hpp).
#include <cstdint>
#include <string>

namespace spiegel::app::gui {

// "12 KB", "3.4 MB", "1.2 GB" (decimal units, as file managers show them);
// in Dutch with a decimal comma ("3,4 MB").
[[nodiscard]] std::string formatSize(std::uintmax_t bytes);

} // namespace spiegel::app::gui
