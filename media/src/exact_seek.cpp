// Seeking the demuxer to a keyframe before a time, or to the very start.
#include "exact_seek.hpp"

#include <limits>

namespace spiegel::media {
namespace {

constexpr std::int64_t kNoLowerBound = std::numeric_limits<std::int64_t>::min();

// MPEG-TS and MPEG-PS (the formats that flag timestamp discontinuities) keep
// no index: a seek by time lands on the packet nearest the time, not on a
// keyframe, and the container's start time (its lowest pts) lies several
// packets into the file, because the multiplexer sends each picture well
// before it is due. The first packet of such a file can only be found by its
// byte position (ffplay seeks these formats by bytes for the same reason).
bool seekByBytesToStart(const AVFormatContext &fmt) {
  return !seeksLandOnKeyframes(fmt) && (fmt.iformat->flags & AVFMT_NO_BYTE_SEEK) == 0;
}

} // namespace

bool seeksLandOnKeyframes(const AVFormatContext &fmt) {
  return (fmt.iformat->flags & AVFMT_TS_DISCONT) == 0;
}

int seekToStart(AVFormatContext &fmt) {
  if (seekByBytesToStart(fmt)) {
    // Byte 0 is clamped to where the data starts, after any header.
    if (const int rc = avformat_seek_file(&fmt, -1, kNoLowerBound, 0, 0, AVSEEK_FLAG_BYTE); rc >= 0)
      return rc;
  }
  const std::int64_t start = fmt.start_time == av::kNoPts ? 0 : fmt.start_time;
  int rc = avformat_seek_file(&fmt, -1, kNoLowerBound, start, start, 0);
  if (rc < 0) // some demuxers cannot seek by time to the very start; bytes always work
    rc = avformat_seek_file(&fmt, -1, kNoLowerBound, 0, 0, AVSEEK_FLAG_BYTE);
  return rc;
}

int seekToKeyframeBefore(AVFormatContext &fmt, Micros target, Micros startOffset) {
  if (target <= 0)
    return seekToStart(fmt);
  const std::int64_t ts = target + startOffset;
  return avformat_seek_file(&fmt, -1, kNoLowerBound, ts, ts, 0);
}

} // namespace spiegel::media
