// decodeFrameAt: a still without a Player.
#include "exact_seek.hpp"
#include "input_file.hpp"
#include "spiegel/media/player.hpp"
#include "video_decoder.hpp"

#include <cstdio>
#include <limits>

namespace spiegel::media {

namespace {

// What decoding from a demuxer position found.
struct Found {
  FramePtr frame;       // the frame on screen at the time, or the first one after it
  bool tooLate = false; // the first frame decoded is already past the time (or none came)
  // Decoding from the start: the first packets did not decode (the file
  // starts inside a group of pictures), so nothing can be shown before `frame`.
  bool headUndecodable = false;
};

// Decodes from the current demuxer position until the frame on screen at
// `at` is known.
Found decodeUntil(AVFormatContext &fmt, VideoDecoder &dec, Micros at, Micros startOffset) {
  auto pkt = av::makePacket();
  const Micros margin = skipMargin(dec.nominalFrameDuration());
  Found found;
  Micros firstSent = av::kNoPts; // lowest pts of the packets sent before the first frame came
  bool eof = false;
  while (true) {
    while (auto f = dec.receive()) {
      if (!found.frame && firstSent != av::kNoPts)
        found.headUndecodable = firstSent < f->pts - dec.nominalFrameDuration() / 2;
      if (f->pts <= at) {
        found.frame = f;
        continue;
      }
      if (!found.frame) {
        found.tooLate = true;
        found.frame = f;
      }
      return found;
    }
    if (dec.drained()) {
      found.tooLate = !found.frame;
      return found;
    }
    if (eof) {
      dec.send(nullptr);
      continue;
    }
    const int rc = av_read_frame(&fmt, pkt.get());
    if (rc < 0) {
      eof = true;
      continue;
    }
    if (pkt->stream_index == dec.streamIndex()) {
      const Micros pts =
          pkt->pts == av::kNoPts ? av::kNoPts : av::toMicros(pkt->pts, dec.timeBase()) - startOffset;
      if (!found.frame && pts != av::kNoPts && (firstSent == av::kNoPts || pts < firstSent))
        firstSent = pts;
      dec.setSkipNonRef(pts != av::kNoPts && pts < at - margin);
      dec.send(pkt.get());
    }
    av_packet_unref(pkt.get());
  }
}

} // namespace

StillFrame decodeFrameAt(const std::string &path, Micros at) {
  auto fmt = openInput(path);
  const int vi = av_find_best_stream(fmt.get(), AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
  // Cover art in a sound file is no picture of the recording (probe() skips it too).
  if (vi < 0 || (fmt->streams[vi]->disposition & AV_DISPOSITION_ATTACHED_PIC) != 0)
    throw MediaError(ErrorCode::NoVideo, path, "no video stream");
  const Micros offset = startOffsetOf(*fmt);
  VideoDecoder dec(path, *fmt, vi, offset);
  at = std::max<Micros>(at, 0);
  Micros back = 0;
  while (true) {
    const Micros seekTo = at - back;
    if (seekToKeyframeBefore(*fmt, seekTo, offset) < 0 && seekTo > 0) {
      back = at; // cannot seek there: decode from the start
      continue;
    }
    dec.flush();
    Found found = decodeUntil(*fmt, dec, at, offset);
    if (found.tooLate && seekTo > 0) {
      back = std::min(at, back == 0 ? kFirstBackoff : back * 2);
      continue;
    }
    if (!found.frame)
      throw MediaError(ErrorCode::Truncated, path, "no picture could be decoded");
    StillFrame still;
    if (found.tooLate) // from the start: `at` lies before the first picture
      still.firstPicture = found.frame->pts;
    if (!found.tooLate || !found.headUndecodable)
      still.frame = std::move(found.frame);
    return still;
  }
}

} // namespace spiegel::media
