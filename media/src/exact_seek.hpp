#pragma once
// Private: the parts of an exact seek shared by the Player and decodeFrameAt.
#include "av_ptr.hpp"
#include "spiegel/media/time.hpp"

namespace spiegel::media {

// Before an exact seek target, non-reference frames are skipped until a
// packet is this close to the target. It must exceed the longest frame
// spacing so the frame on screen at the target (the last one at or before
// it) is never among the skipped: three frames, at least 200 ms.
[[nodiscard]] inline Micros skipMargin(Micros nominalFrameDuration) {
  constexpr Micros kMinMargin = 200'000;
  return nominalFrameDuration * 3 > kMinMargin ? nominalFrameDuration * 3 : kMinMargin;
}

// When the first frame after a seek is already past the target, or no frame
// comes at all, the demuxer landed too late (MPEG-TS lands on the packet
// nearest the time, which may be after the last keyframe before it); seek
// again this much further back, doubling each time, down to the start.
inline constexpr Micros kFirstBackoff = 1'000'000;

// Seeks the container to the keyframe at or before `target` (timeline µs;
// `startOffset` added back) as far as the demuxer can: callers check the
// first frame they get and back off (kFirstBackoff). A target at or before
// 0 seeks to the start. Returns the AVERROR (>= 0 on success).
int seekToKeyframeBefore(AVFormatContext &fmt, Micros target, Micros startOffset);
// Puts the demuxer on the first packet of the file.
int seekToStart(AVFormatContext &fmt);
// False for the formats without an index (MPEG-TS/PS), whose seeks land on
// the packet nearest the time rather than on the keyframe before it.
[[nodiscard]] bool seeksLandOnKeyframes(const AVFormatContext &fmt);

} // namespace spiegel::media
