#pragma once
// Private: owning pointers for every FFmpeg object Spiegel uses (player,
// background jobs and the generator alike), and the few
// FFmpeg macros we need rewritten without C casts (our warnings forbid them).
extern "C" {
#include <libavcodec/avcodec.h>
#include <libavfilter/avfilter.h>
#include <libavformat/avformat.h>
#include <libavutil/frame.h>
#include <libswresample/swresample.h>
#include <libswscale/swscale.h>
}

#include <cstdint>
#include <limits>
#include <memory>
#include <string>

namespace spiegel::media::av {

// Closes the input; a custom I/O context (a recording vault, see
// vault_avio.cpp) is freed after it.
struct FormatCloser {
  void operator()(AVFormatContext *p) const;
};
struct CodecCloser {
  void operator()(AVCodecContext *p) const { avcodec_free_context(&p); }
};
struct PacketFreer {
  void operator()(AVPacket *p) const { av_packet_free(&p); }
};
struct FrameFreer {
  void operator()(AVFrame *p) const { av_frame_free(&p); }
};
struct GraphFreer {
  void operator()(AVFilterGraph *p) const { avfilter_graph_free(&p); }
};
struct SwsFreer {
  void operator()(SwsContext *p) const { sws_freeContext(p); }
};
struct SwrFreer {
  void operator()(SwrContext *p) const { swr_free(&p); }
};
// An output context opened for writing: closes its AVIOContext too.
struct OutputCloser {
  void operator()(AVFormatContext *p) const {
    if (p != nullptr && p->pb != nullptr && (p->oformat->flags & AVFMT_NOFILE) == 0)
      avio_closep(&p->pb);
    avformat_free_context(p);
  }
};

using FormatPtr = std::unique_ptr<AVFormatContext, FormatCloser>;
using OutputPtr = std::unique_ptr<AVFormatContext, OutputCloser>;
using CodecPtr = std::unique_ptr<AVCodecContext, CodecCloser>;
using PacketPtr = std::unique_ptr<AVPacket, PacketFreer>;
using AvFramePtr = std::unique_ptr<AVFrame, FrameFreer>;
using GraphPtr = std::unique_ptr<AVFilterGraph, GraphFreer>;
using SwsPtr = std::unique_ptr<SwsContext, SwsFreer>;
using SwrPtr = std::unique_ptr<SwrContext, SwrFreer>;

// Allocating factories; they throw std::bad_alloc when FFmpeg returns null.
[[nodiscard]] PacketPtr makePacket();
[[nodiscard]] AvFramePtr makeFrame();

// AV_NOPTS_VALUE, AVERROR_EOF, AVERROR(EAGAIN) … without the C casts of the
// original macros.
inline constexpr std::int64_t kNoPts = std::numeric_limits<std::int64_t>::min();
[[nodiscard]] int errorEof();
[[nodiscard]] constexpr int errorFromErrno(int e) {
  return -e;
}
[[nodiscard]] inline int errorAgain() {
  return errorFromErrno(EAGAIN);
}
[[nodiscard]] int errorInvalidData();
[[nodiscard]] int errorExit();
[[nodiscard]] int errorDecoderNotFound();
[[nodiscard]] int errorStreamNotFound();

// "Invalid data found when processing input (-1094995529)".
[[nodiscard]] std::string errorText(int averror);

// Time base 1/1 000 000 (AV_TIME_BASE_Q is a compound literal).
[[nodiscard]] constexpr AVRational microsBase() {
  return AVRational{1, 1'000'000};
}
// Stream timestamp → microseconds (kNoPts passes through).
[[nodiscard]] std::int64_t toMicros(std::int64_t ts, AVRational base);
[[nodiscard]] std::int64_t fromMicros(std::int64_t us, AVRational base);

// The two ends of a configured filter graph (owned by the graph).
struct FilterEnds {
  AVFilterContext *src = nullptr;
  AVFilterContext *sink = nullptr;
  [[nodiscard]] explicit operator bool() const { return src != nullptr && sink != nullptr; }
};
// Adds the buffer source `source` ("abuffer" / "buffer", set up by
// `sourceArgs`) and the sink `sink` ("abuffersink" / "buffersink") to
// `graph`, links `chain` (filter-graph text) between them and configures the
// graph. Empty ends when FFmpeg refuses any step; the caller then drops the
// graph.
[[nodiscard]] FilterEnds buildFilterChain(AVFilterGraph *graph, const char *source, const char *sourceArgs,
                                          const char *sink, const char *chain);

} // namespace spiegel::media::av
