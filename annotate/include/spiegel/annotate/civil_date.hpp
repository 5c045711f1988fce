#pragma once
// A calendar day without time or zone (consent dates, expiry, retention).
// Stored and exchanged as ISO text "YYYY-MM-DD"; compared as (year, month,
// day). Pure: "today" is always given by the caller.
//   auto d = parseCivilDate("2026-12-03");      // nullopt for "3-12-2026"
//   if (d && *d < today) …;  formatCivilDate(addYears(*d, 5)) == "2031-12-03"
#include <compare>
#include <optional>
#include <string>
#include <string_view>

#include "spiegel/annotate/types.hpp"

namespace spiegel::annotate {

struct CivilDate {
  int year = 1970, month = 1, day = 1;
  auto operator<=>(const CivilDate &) const = default;
};

// Exactly "YYYY-MM-DD" naming a real day (leap years counted), years
// 1900–2999; anything else is nullopt.
[[nodiscard]] std::optional<CivilDate> parseCivilDate(std::string_view text);
[[nodiscard]] std::string formatCivilDate(CivilDate d);
// The same day `years` later; 29 February becomes 28 February in a year
// without it.
[[nodiscard]] CivilDate addYears(CivilDate d, int years);
// The same day `months` later, clamped to the month's last day.
[[nodiscard]] CivilDate addMonths(CivilDate d, int months);
// The day `days` later (earlier when negative).
[[nodiscard]] CivilDate addDays(CivilDate d, int days);
// Days from a to b (negative when b is before a).
[[nodiscard]] int daysBetween(CivilDate a, CivilDate b);
// The UTC day of a Unix time in milliseconds (app/ passes the local day).
[[nodiscard]] CivilDate civilDateOfUnixMillis(UnixMillis ms);

} // namespace spiegel::annotate
