#pragma once
// Private: owners for the FFmpeg objects of the background jobs (peaks,
// thumbnails), which read files with their own demuxer and decoder.
extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libswresample/swresample.h>
#include <libswscale/swscale.h>
}

#include "av_encode.hpp"

#include <atomic>
#include <memory>
#include <string>

namespace spiegel::media::bg {

struct InputClose {
  void operator()(AVFormatContext *f) const { avformat_close_input(&f); }
};
struct SwrFree {
  void operator()(SwrContext *s) const { swr_free(&s); }
};
struct SwsFree {
  void operator()(SwsContext *s) const { sws_freeContext(s); }
};
using InputPtr = std::unique_ptr<AVFormatContext, InputClose>;
using SwrPtr = std::unique_ptr<SwrContext, SwrFree>;
using SwsPtr = std::unique_ptr<SwsContext, SwsFree>;
using enc::AvFramePtr;
using enc::CodecCtxPtr;
using enc::PacketPtr;

// A demuxer plus the decoder of its best stream of one type. Used by one
// thread (the job's). `stop` is read by the demuxer's interrupt callback, so
// a blocked read on a slow share returns as soon as the job is cancelled.
struct DecoderInput {
  InputPtr fmt;
  CodecCtxPtr dec;
  AVStream *stream = nullptr;  // owned by fmt
  std::int64_t startTime = 0;  // container start, µs (removed from the timeline)
  std::int64_t duration = 0;   // µs, 0 when unknown
  int rotation = 0;            // clockwise degrees (video)
};

// Opens `path` and the decoder of its best stream of `type` with one
// decoder thread (background jobs must not take cores from playback).
// Throws MediaError.
[[nodiscard]] DecoderInput openDecoderInput(const std::string &path, AVMediaType type,
                                            const std::atomic<bool> *stop);

// Timeline µs of a timestamp of the input's stream.
[[nodiscard]] std::int64_t toTimeline(const DecoderInput &in, std::int64_t pts);

} // namespace spiegel::media::bg
