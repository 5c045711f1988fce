#include "spiegel/annotate/time_format.hpp"

#include <array>
#include <charconv>
#include <limits>

namespace spiegel::annotate {
namespace {

constexpr Micros kMicrosPerMilli = 1'000;
constexpr Micros kMicrosPerSecond = 1'000'000;
constexpr Micros kMicrosPerMinute = 60 * kMicrosPerSecond;
constexpr Micros kMicrosPerHour = 60 * kMicrosPerMinute;

std::string padded(Micros value, int width) {
  std::string s = std::to_string(value);
  if (s.size() < static_cast<std::size_t>(width))
    s.insert(0, static_cast<std::size_t>(width) - s.size(), '0');
  return s;
}

// Parses a run of decimal digits; nullopt if empty, not all digits or too big.
std::optional<Micros> digits(std::string_view s) {
  if (s.empty() || s.size() > 12)
    return std::nullopt;
  Micros v = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || ptr != s.data() + s.size())
    return std::nullopt;
  return v;
}

} // namespace

std::string formatTime(Micros t) {
  std::string out;
  if (t < 0) {
    out += '-';
    // The most negative value has no positive twin; clamp it one step up.
    t = t == std::numeric_limits<Micros>::min() ? std::numeric_limits<Micros>::max() : -t;
  }
  const Micros hours = t / kMicrosPerHour;
  const Micros minutes = t / kMicrosPerMinute % 60;
  const Micros seconds = t / kMicrosPerSecond % 60;
  const Micros millis = t / kMicrosPerMilli % 1000;
  out += padded(hours, 2) + ':' + padded(minutes, 2) + ':' + padded(seconds, 2) + '.' + padded(millis, 3);
  return out;
}

std::string formatClock(Micros t, Micros length) {
  std::string out = formatTime(t); // "-HH:MM:SS.mmm"
  const std::size_t at = out[0] == '-' ? 1 : 0;
  const bool hours = length >= kMicrosPerHour || t >= kMicrosPerHour || t <= -kMicrosPerHour;
  if (!hours)
    out.erase(at, 3); // "00:"
  else if (out[at] == '0' && out[at + 2] == ':')
    out.erase(at, 1); // "01:02:03.456" → "1:02:03.456"
  return out;
}

std::optional<Micros> parseTime(std::string_view text) {
  bool negative = false;
  if (!text.empty() && text.front() == '-') {
    negative = true;
    text.remove_prefix(1);
  }
  Micros fraction = 0;
  if (auto dot = text.find('.'); dot != std::string_view::npos) {
    std::string_view frac = text.substr(dot + 1);
    if (frac.empty() || frac.size() > 6)
      return std::nullopt;
    auto f = digits(frac);
    if (!f)
      return std::nullopt;
    fraction = *f;
    for (std::size_t i = frac.size(); i < 6; ++i)
      fraction *= 10;
    text = text.substr(0, dot);
  }
  std::array<Micros, 3> parts{};
  std::size_t count = 0;
  while (true) {
    if (count == parts.size())
      return std::nullopt;
    const auto colon = text.find(':');
    auto v = digits(text.substr(0, colon));
    if (!v)
      return std::nullopt;
    parts[count++] = *v;
    if (colon == std::string_view::npos)
      break;
    text.remove_prefix(colon + 1);
  }
  // parts[0..count) are the given units, largest first; all but the first must be < 60.
  for (std::size_t i = 1; i < count; ++i)
    if (parts[i] >= 60)
      return std::nullopt;
  Micros seconds = 0;
  for (std::size_t i = 0; i < count; ++i)
    seconds = seconds * 60 + parts[i];
  if (seconds > std::numeric_limits<Micros>::max() / kMicrosPerSecond - 1)
    return std::nullopt;
  const Micros t = seconds * kMicrosPerSecond + fraction;
  return negative ? -t : t;
}

} // namespace spiegel::annotate
