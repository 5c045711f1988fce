#pragma once

namespace spiegel::media {

// How much FFmpeg and SDL may print to stderr. The program is quiet by
// default (only app/ speaks to people); SPIEGEL_DEBUG=1 turns it up.
enum class LogLevel { Quiet, Errors, Verbose };
void setLogLevel(LogLevel level);

} // namespace spiegel::media
