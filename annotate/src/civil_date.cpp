#include "spiegel/annotate/civil_date.hpp"

#include <chrono>
#include <cstdio>

namespace spiegel::annotate {

namespace {
std::chrono::year_month_day toYmd(CivilDate d) {
  return {std::chrono::year{d.year}, std::chrono::month{static_cast<unsigned>(d.month)},
          std::chrono::day{static_cast<unsigned>(d.day)}};
}

CivilDate fromYmd(std::chrono::year_month_day ymd) {
  return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
          static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

CivilDate clampDay(int year, int month, int day) {
  const auto last = std::chrono::year_month_day_last{std::chrono::year{year} / std::chrono::month{
                                                         static_cast<unsigned>(month)} / std::chrono::last};
  const int lastDay = static_cast<int>(static_cast<unsigned>(last.day()));
  return {year, month, day > lastDay ? lastDay : day};
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
  const CivilDate date{y, m, d};
  if (!toYmd(date).ok())
    return std::nullopt;
  return date;
}

std::string formatCivilDate(CivilDate d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

CivilDate addYears(CivilDate d, int years) { return clampDay(d.year + years, d.month, d.day); }

CivilDate addMonths(CivilDate d, int months) {
  const int index = d.year * 12 + (d.month - 1) + months;
  return clampDay(index / 12, index % 12 + 1, d.day);
}

int daysBetween(CivilDate a, CivilDate b) {
  const auto da = std::chrono::sys_days{toYmd(a)}, db = std::chrono::sys_days{toYmd(b)};
  return static_cast<int>((db - da).count());
}

CivilDate civilDateOfUnixMillis(UnixMillis ms) {
  const auto days = std::chrono::floor<std::chrono::days>(std::chrono::sys_time<std::chrono::milliseconds>{
      std::chrono::milliseconds{ms}});
  return fromYmd(std::chrono::year_month_day{days});
}

} // namespace spiegel::annotate
