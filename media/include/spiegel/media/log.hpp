#pragma once

namespace spiegel::media {

// Keeps FFmpeg's own console messages (encoder statistics, demuxer notes) to
// real errors only. Process-wide; call once at start-up from a command that
// prints its own results.
void quietFfmpegLogs();

} // namespace spiegel::media
