// decodeFrameAt: a still without a Player.
#include "exact_seek.hpp"
#include "input_file.hpp"
#include "spiegel/media/player.hpp"
#include "stream_facts.hpp"
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
// `at` is known. `fromStart`: the demuxer is at the start of the file.
Found decodeUntil(AVFormatContext &fmt, VideoDecoder &dec, Micros at, Micros startOffset, bool fromStart) {
  auto pkt = av::makePacket();
  KeyframeGate gate(!fromStart && !seeksLandOnKeyframes(fmt));
  const Micros margin = skipMargin(dec.nominalFrameDuration());
  Found found;
  // The frame to show, converted only once it is known: the frames before it
  // are only looked at for their time.
  VideoDecoder::Decoded shown;
  auto finish = [&] {
    if (shown.frame)
      found.frame = dec.convert(shown);
    return std::move(found);
  };
  Micros firstSent = av::kNoPts; // lowest pts of the packets sent before the first frame came
  bool eof = false;
  while (true) {
    for (auto d = dec.receiveDecoded(); d.frame; d = dec.receiveDecoded()) {
      const Micros pts = dec.timelinePts(d);
      if (!shown.frame && firstSent != av::kNoPts)
        found.headUndecodable = firstSent < pts - dec.nominalFrameDuration() / 2;
      if (pts <= at) {
        shown = std::move(d);
        continue;
      }
      if (!shown.frame) {
        found.tooLate = true;
        shown = std::move(d);
      }
      return finish();
    }
    if (dec.drained()) {
      found.tooLate = !shown.frame;
      return finish();
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
      const auto verdict = gate.onVideoPacket(*pkt, pts, at);
      if (verdict == KeyframeGate::Verdict::TooLate) {
        found.tooLate = true;
        return found;
      }
      if (verdict == KeyframeGate::Verdict::Decode) {
        if (!shown.frame && pts != av::kNoPts && (firstSent == av::kNoPts || pts < firstSent))
          firstSent = pts;
        dec.setSkipNonRef(pts != av::kNoPts && pts < at - margin);
        dec.send(pkt.get());
      }
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
  const Micros duration = fmt->duration == av::kNoPts ? 0 : std::max<std::int64_t>(0, fmt->duration);
  if (const Micros playable = playableEnd(*fmt, duration, offset); playable < duration && at > playable) {
    StillFrame missing; // decoding would bring the last real frame instead
    missing.notInCopy = true;
    missing.playable = playable;
    missing.duration = duration;
    return missing;
  }
  // Frame threads (the default), although one frame is wanted: a still at a
  // random time decodes ~30 frames from the keyframe before it (31 of 49
  // packets at 61.5 s of the 1080p bench clip, the rest skipped as
  // non-reference), and frame threads put them on the second core when it
  // is free (one run: 0.62 s at 131 % CPU against 0.75 s with one thread).
  // With the second core busy, 0, 1 and 2 threads measured the same within
  // noise. Slice threads do nothing here: x264 writes one slice per picture.
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
    Found found = decodeUntil(*fmt, dec, at, offset, seekTo <= 0);
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
