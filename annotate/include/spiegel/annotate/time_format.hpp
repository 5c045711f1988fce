#pragma once
// Recording times as text, for CSV, reports, the CLI and the UI.
//   formatTime(3'723'456'000) == "01:02:03.456"
//   parseTime("1:02:03.456") == 3'723'456'000
#include <optional>
#include <string>
#include <string_view>

#include "spiegel/annotate/types.hpp"

namespace spiegel::annotate {

// "HH:MM:SS.mmm". Sub-millisecond parts are dropped (rounded towards zero), so
// the text never shows a time later than the moment itself. Hours grow past
// two digits when needed; negative times get a leading '-'.
[[nodiscard]] std::string formatTime(Micros t);

// Reads "HH:MM:SS[.fff]", "MM:SS[.fff]" or "SS[.fff]" (up to six fraction
// digits; minutes and seconds below 60 when a larger unit is given), with an
// optional leading '-'. Returns nullopt for anything else.
[[nodiscard]] std::optional<Micros> parseTime(std::string_view text);

} // namespace spiegel::annotate
