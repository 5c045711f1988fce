#include "common/clock_text.hpp"

#include <ctime>

#include "spiegel/annotate/time_format.hpp"

#include <atomic>

namespace spiegel::app {
namespace {
std::atomic<annotate::Micros> g_length{0};
} // namespace

void setClockLength(annotate::Micros length) { g_length.store(length, std::memory_order_relaxed); }

std::string clockText(annotate::Micros t) {
  return annotate::formatClock(t, g_length.load(std::memory_order_relaxed));
}

std::string clockSpan(annotate::Micros from, annotate::Micros to) {
  return clockText(from) + " \xE2\x80\x93 " + clockText(to);
}

std::string wallClockText(annotate::UnixMillis ms, const char *format) {
  const auto t = static_cast<std::time_t>(ms / 1000);
  std::tm tm{};
  localtime_r(&t, &tm);
  char buf[64];
  return std::strftime(buf, sizeof buf, format, &tm) > 0 ? std::string(buf) : std::string();
}

} // namespace spiegel::app
