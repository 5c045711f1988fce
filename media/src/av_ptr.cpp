#include "av_ptr.hpp"

extern "C" {
#include <libavutil/error.h>
#include <libavutil/mathematics.h>
}

#include <new>

namespace spiegel::media::av {

PacketPtr makePacket() {
  PacketPtr p(av_packet_alloc());
  if (!p)
    throw std::bad_alloc();
  return p;
}

AvFramePtr makeFrame() {
  AvFramePtr f(av_frame_alloc());
  if (!f)
    throw std::bad_alloc();
  return f;
}

// The FFmpeg error macros expand to C-style casts; keep them in this one
// place with the warning silenced.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wold-style-cast"
#pragma GCC diagnostic ignored "-Wsign-conversion"
int errorEof() {
  return AVERROR_EOF;
}
int errorInvalidData() {
  return AVERROR_INVALIDDATA;
}
int errorExit() {
  return AVERROR_EXIT;
}
int errorDecoderNotFound() {
  return AVERROR_DECODER_NOT_FOUND;
}
int errorStreamNotFound() {
  return AVERROR_STREAM_NOT_FOUND;
}
#pragma GCC diagnostic pop

std::string errorText(int averror) {
  char buf[AV_ERROR_MAX_STRING_SIZE] = {};
  if (av_strerror(averror, buf, sizeof buf) < 0)
    return "FFmpeg error " + std::to_string(averror);
  return std::string(buf) + " (" + std::to_string(averror) + ")";
}

std::int64_t toMicros(std::int64_t ts, AVRational base) {
  if (ts == kNoPts)
    return kNoPts;
  return av_rescale_q(ts, base, microsBase());
}

std::int64_t fromMicros(std::int64_t us, AVRational base) {
  if (us == kNoPts)
    return kNoPts;
  return av_rescale_q(us, microsBase(), base);
}

FilterEnds buildFilterChain(AVFilterGraph *graph, const char *source, const char *sourceArgs, const char *sink,
                            const char *chain) {
  FilterEnds ends;
  if (avfilter_graph_create_filter(&ends.src, avfilter_get_by_name(source), "in", sourceArgs, nullptr, graph) < 0 ||
      avfilter_graph_create_filter(&ends.sink, avfilter_get_by_name(sink), "out", nullptr, nullptr, graph) < 0)
    return {};
  AVFilterInOut *outputs = avfilter_inout_alloc();
  AVFilterInOut *inputs = avfilter_inout_alloc();
  if (outputs == nullptr || inputs == nullptr) {
    avfilter_inout_free(&inputs);
    avfilter_inout_free(&outputs);
    return {};
  }
  outputs->name = av_strdup("in");
  outputs->filter_ctx = ends.src;
  inputs->name = av_strdup("out");
  inputs->filter_ctx = ends.sink;
  const int rc = avfilter_graph_parse_ptr(graph, chain, &inputs, &outputs, nullptr);
  avfilter_inout_free(&inputs);
  avfilter_inout_free(&outputs);
  if (rc < 0 || avfilter_graph_config(graph, nullptr) < 0)
    return {};
  return ends;
}

} // namespace spiegel::media::av
