#pragma once
// Private: owners and error text for the FFmpeg objects the writers use
// (generator). Every FFmpeg object lives in a unique_ptr with one of these.
extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/frame.h>
}

#include <memory>
#include <string>

namespace spiegel::media::enc {

struct CodecCtxFree {
  void operator()(AVCodecContext *c) const { avcodec_free_context(&c); }
};
struct FrameFree {
  void operator()(AVFrame *f) const { av_frame_free(&f); }
};
struct PacketFree {
  void operator()(AVPacket *p) const { av_packet_free(&p); }
};
// An output context: closes its file (if opened) and frees itself.
struct OutputFree {
  void operator()(AVFormatContext *f) const {
    if (f->pb != nullptr && (f->oformat->flags & AVFMT_NOFILE) == 0)
      avio_closep(&f->pb);
    avformat_free_context(f);
  }
};
using CodecCtxPtr = std::unique_ptr<AVCodecContext, CodecCtxFree>;
using AvFramePtr = std::unique_ptr<AVFrame, FrameFree>;
using PacketPtr = std::unique_ptr<AVPacket, PacketFree>;
using OutputPtr = std::unique_ptr<AVFormatContext, OutputFree>;

// FFmpeg's words for an AVERROR code.
inline std::string errorText(int err) {
  char buf[AV_ERROR_MAX_STRING_SIZE] = {};
  av_strerror(err, buf, sizeof buf);
  return buf;
}
// AVERROR(EAGAIN) / AVERROR_EOF without the C casts of FFmpeg's macros.
inline constexpr int kAgain = -EAGAIN;
inline int eofError() { return AVERROR_EOF; }

} // namespace spiegel::media::enc
