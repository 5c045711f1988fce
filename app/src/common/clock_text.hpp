#pragma once
// The one way the window and its messages write a time of the open
// recording (annotate::formatClock): "00:09.494", or "0:00:09.494" in a
// recording of an hour or more. CSV, reports and the CLI's tables keep
// annotate::formatTime.
#include "spiegel/annotate/types.hpp"

#include <string>

namespace spiegel::app {

// The open recording's length, which chooses the shape (0: none open).
// Set by the window's main thread when a recording opens; read anywhere.
void setClockLength(annotate::Micros length);
[[nodiscard]] std::string clockText(annotate::Micros t);
// "00:17.625 – 00:21.000" (an en dash between).
[[nodiscard]] std::string clockSpan(annotate::Micros from, annotate::Micros to);

// A wall-clock moment (Unix ms) in the local time zone, by strftime
// `format` (e.g. "%Y-%m-%d %H:%M"): when a comment, an audit entry or a
// report was written. Any thread.
[[nodiscard]] std::string wallClockText(annotate::UnixMillis ms, const char *format);

} // namespace spiegel::app
