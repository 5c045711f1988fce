#pragma once
// Readable numbers for people: times, sizes.
#include <spiegel/media/time.hpp>

#include <cstdint>
#include <string>

namespace spiegel::app::gui {

// "1:02:03.250" (hours only when needed: "02:03.250"). Negative → "0:00.000"-ish
// with a minus sign. `millis` false drops the fraction ("02:03").
[[nodiscard]] std::string formatTime(Micros t, bool millis = true);
// "12 KB", "3.4 MB", "1.2 GB" (decimal units, as file managers show them);
// in Dutch with a decimal comma ("3,4 MB").
[[nodiscard]] std::string formatSize(std::uintmax_t bytes);

} // namespace spiegel::app::gui
