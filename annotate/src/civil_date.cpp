#include "spiegel/annotate/civil_date.hpp"

namespace spiegel::annotate {

namespace {
// Days since 1970-01-01 of a proleptic Gregorian date, and back (the
// era-of-400-years method: 146 097 days per era, March-based years so the
// leap day ends a year).
long long daysFromCivil(int y, int m, int d) {
  y -= m <= 2 ? 1 : 0;
  const long long era = (y >= 0 ? y : y - 399) / 400;
  const long long yoe = y - era * 400;
  const long long doy = (153LL * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate civilFromDays(long long z) {
  z += 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const long long doe = z - era * 146097;
  const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long long mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0)), m, d};
}

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int daysInMonth(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : kDays[m - 1];
}

CivilDate clampDay(int year, int month, int day) {
  const int last = daysInMonth(year, month);
  return {year, month, day > last ? last : day};
}

int digits(std::string_view s) {
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9')
      return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}
} // namespace

std::optional<CivilDate> parseCivilDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-')
    return std::nullopt;
  const int y = digits(text.substr(0, 4)), m = digits(text.substr(5, 2)), d = digits(text.substr(8, 2));
  if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1)
    return std::nullopt;
  if (d > daysInMonth(y, m))
    return std::nullopt;
  return CivilDate{y, m, d};
}

std::string formatCivilDate(CivilDate d) {
  const auto two = [](int v) { return std::string{static_cast<char>('0' + v / 10 % 10), static_cast<char>('0' + v % 10)}; };
  return two(d.year / 100) + two(d.year) + "-" + two(d.month) + "-" + two(d.day);
}

CivilDate addYears(CivilDate d, int years) { return clampDay(d.year + years, d.month, d.day); }

CivilDate addMonths(CivilDate d, int months) {
  const int index = d.year * 12 + (d.month - 1) + months;
  return clampDay(index / 12, index % 12 + 1, d.day);
}

CivilDate addDays(CivilDate d, int days) { return civilFromDays(daysFromCivil(d.year, d.month, d.day) + days); }

int daysBetween(CivilDate a, CivilDate b) {
  return static_cast<int>(daysFromCivil(b.year, b.month, b.day) - daysFromCivil(a.year, a.month, a.day));
}

CivilDate civilDateOfUnixMillis(UnixMillis ms) {
  constexpr long long kDay = 86'400'000;
  return civilFromDays(ms >= 0 ? ms / kDay : -((-ms + kDay - 1) / kDay));
}

} // namespace spiegel::annotate
