// Uses FFmpeg directly (app/ may): this is the yardstick, kept independent
// of the Player it measures.
#include "bench/decode_floor.hpp"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

#include <stdexcept>

namespace spiegel::app::bench {
namespace {
struct InputClose {
  void operator()(AVFormatContext *f) const { avformat_close_input(&f); }
};
struct CodecFree {
  void operator()(AVCodecContext *c) const { avcodec_free_context(&c); }
};
struct PacketFree {
  void operator()(AVPacket *p) const { av_packet_free(&p); }
};
struct FrameFree {
  void operator()(AVFrame *f) const { av_frame_free(&f); }
};
} // namespace

struct DecodeFloor::Impl {
  std::unique_ptr<AVFormatContext, InputClose> fmt;
  std::unique_ptr<AVCodecContext, CodecFree> dec;
  std::unique_ptr<AVPacket, PacketFree> pkt{av_packet_alloc()};
  std::unique_ptr<AVFrame, FrameFree> frame{av_frame_alloc()};
  AVStream *st = nullptr;
  std::int64_t frameTicks = 1; // one frame in stream ticks
};

DecodeFloor::DecodeFloor(const std::string &path) : m(std::make_unique<Impl>()) {
  AVFormatContext *raw = nullptr;
  if (avformat_open_input(&raw, path.c_str(), nullptr, nullptr) < 0)
    throw std::runtime_error("floor: cannot open " + path);
  m->fmt.reset(raw);
  if (avformat_find_stream_info(raw, nullptr) < 0)
    throw std::runtime_error("floor: no stream info");
  const AVCodec *codec = nullptr;
  const int idx = av_find_best_stream(raw, AVMEDIA_TYPE_VIDEO, -1, -1, &codec, 0);
  if (idx < 0)
    throw std::runtime_error("floor: no video");
  m->st = raw->streams[idx];
  for (unsigned i = 0; i < raw->nb_streams; ++i)
    raw->streams[i]->discard = static_cast<int>(i) == idx ? AVDISCARD_DEFAULT : AVDISCARD_ALL;
  m->dec.reset(avcodec_alloc_context3(codec));
  avcodec_parameters_to_context(m->dec.get(), m->st->codecpar);
  m->dec->thread_count = 0; // frame threads on all cores, like the Player
  m->dec->thread_type = FF_THREAD_FRAME | FF_THREAD_SLICE;
  m->dec->pkt_timebase = m->st->time_base;
  if (avcodec_open2(m->dec.get(), codec, nullptr) < 0)
    throw std::runtime_error("floor: cannot open decoder");
  m->frameTicks = av_rescale_q(1, av_inv_q(m->st->avg_frame_rate), m->st->time_base);
}

DecodeFloor::~DecodeFloor() = default;

bool DecodeFloor::decodeAt(Micros target) {
  AVFormatContext *fmt = m->fmt.get();
  const std::int64_t start = fmt->start_time == AV_NOPTS_VALUE ? 0 : fmt->start_time;
  const std::int64_t ts = av_rescale_q(target + start, AVRational{1, AV_TIME_BASE}, m->st->time_base);
  if (avformat_seek_file(fmt, m->st->index, INT64_MIN, ts, ts, 0) < 0)
    return false;
  avcodec_flush_buffers(m->dec.get());
  bool eof = false;
  while (true) {
    int r = avcodec_receive_frame(m->dec.get(), m->frame.get());
    if (r >= 0) {
      const std::int64_t pts = m->frame->best_effort_timestamp;
      av_frame_unref(m->frame.get());
      if (pts != AV_NOPTS_VALUE && pts + m->frameTicks > ts)
        return true; // the frame whose interval holds the target
      continue;
    }
    if (r != AVERROR(EAGAIN) || eof)
      return false;
    if (av_read_frame(fmt, m->pkt.get()) < 0) {
      eof = true;
      avcodec_send_packet(m->dec.get(), nullptr);
      continue;
    }
    if (m->pkt->stream_index == m->st->index)
      avcodec_send_packet(m->dec.get(), m->pkt.get());
    av_packet_unref(m->pkt.get());
  }
}

} // namespace spiegel::app::bench
