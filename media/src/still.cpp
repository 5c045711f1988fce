// decodeFrameAt, toRgb, writePng: stills without a Player.
#include "exact_seek.hpp"
#include "input_file.hpp"
#include "spiegel/media/player.hpp"
#include "video_decoder.hpp"

#include <cstdio>
#include <limits>

namespace spiegel::media {

int seekToKeyframeBefore(AVFormatContext &fmt, Micros target, Micros startOffset) {
  if (target <= 0) {
    const std::int64_t start = fmt.start_time == av::kNoPts ? 0 : fmt.start_time;
    int rc = avformat_seek_file(&fmt, -1, std::numeric_limits<std::int64_t>::min(), start, start, 0);
    if (rc < 0) // some demuxers cannot seek by time to the very start; bytes always work
      rc = avformat_seek_file(&fmt, -1, 0, 0, 0, AVSEEK_FLAG_BYTE);
    return rc;
  }
  const std::int64_t ts = target + startOffset;
  return avformat_seek_file(&fmt, -1, std::numeric_limits<std::int64_t>::min(), ts, ts, 0);
}

namespace {

// Decodes from the current demuxer position until the frame on screen at
// `at` is known. Sets `tooLate` when the first frame is already past `at`.
FramePtr decodeUntil(AVFormatContext &fmt, VideoDecoder &dec, Micros at, Micros startOffset, bool &tooLate) {
  auto pkt = av::makePacket();
  const Micros margin = skipMargin(dec.nominalFrameDuration());
  FramePtr candidate;
  bool first = true;
  bool eof = false;
  tooLate = false;
  while (true) {
    while (auto f = dec.receive()) {
      if (f->pts <= at) {
        candidate = f;
        first = false;
        continue;
      }
      tooLate = first;
      return candidate ? candidate : f;
    }
    if (dec.drained())
      return candidate;
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
      dec.setSkipNonRef(pts != av::kNoPts && pts < at - margin);
      dec.send(pkt.get());
    }
    av_packet_unref(pkt.get());
  }
}

} // namespace

FramePtr decodeFrameAt(const std::string &path, Micros at) {
  auto fmt = openInput(path);
  const int vi = av_find_best_stream(fmt.get(), AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
  if (vi < 0)
    throw MediaError(ErrorCode::NoStreams, path, "no video stream");
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
    bool tooLate = false;
    FramePtr f = decodeUntil(*fmt, dec, at, offset, tooLate);
    if (tooLate && seekTo > 0) {
      back = back == 0 ? kFirstBackoff : back * 2;
      continue;
    }
    if (!f)
      throw MediaError(ErrorCode::Truncated, path, "no picture could be decoded");
    return f;
  }
}

} // namespace spiegel::media
