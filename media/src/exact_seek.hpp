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

// After a seek in a format that lands anywhere (seeksLandOnKeyframes false),
// the video packets before the first keyframe cannot be decoded: they are
// skipped, and when that keyframe lies after the target the seek landed too
// late, which is known without decoding anything (a 10 s camcorder GOP
// would otherwise be decoded in vain once per backoff). Inactive for runs
// from the start of the file, whose first packets tell whether the file
// starts inside a group of pictures. One per run, on the decoding thread.
class KeyframeGate {
public:
  enum class Verdict { Skip, Decode, TooLate };
  explicit KeyframeGate(bool active) : m_waiting(active) {}
  [[nodiscard]] Verdict onVideoPacket(const AVPacket &pkt, Micros pts, Micros target) {
    if (!m_waiting)
      return Verdict::Decode;
    if ((pkt.flags & AV_PKT_FLAG_KEY) == 0)
      return Verdict::Skip;
    m_waiting = false;
    return pts != av::kNoPts && pts > target ? Verdict::TooLate : Verdict::Decode;
  }

private:
  bool m_waiting;
};

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
