#pragma once
// Recording times as text: formatTime for CSV, reports and the CLI,
// formatClock for people in the window.
//   formatTime(3'723'456'000) == "01:02:03.456"
//   formatClock(9'494'000, 600'000'000) == "00:09.494"
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

// The one format the window shows a time of a recording in, chosen by the
// recording's `length` so that every time of it has the same shape:
// "MM:SS.mmm" below an hour, "H:MM:SS.mmm" from an hour on (also for a
// time past an hour in a shorter or unknown length). Milliseconds are
// always shown (tags are frame-exact) and dropped as formatTime drops them.
[[nodiscard]] std::string formatClock(Micros t, Micros length);

// Reads "HH:MM:SS[.fff]", "MM:SS[.fff]" or "SS[.fff]" (up to six fraction
// digits; minutes and seconds below 60 when a larger unit is given), with an
// optional leading '-'. Returns nullopt for anything else.
[[nodiscard]] std::optional<Micros> parseTime(std::string_view text);

} // namespace spiegel::annotate
