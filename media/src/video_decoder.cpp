#include "video_decoder.hpp"

#include "input_file.hpp"
#include "stream_facts.hpp"

extern "C" {
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
#include <libavutil/pixdesc.h>
}

#include <cstring>

namespace spiegel::media {
namespace {

// HD and larger pictures use the BT.709 matrix when the file does not say.
constexpr int kHdHeight = 720;

void copyPlane(std::vector<std::uint8_t> &dst, const std::uint8_t *src, int srcStride, int width,
               int height) {
  const auto w = static_cast<std::size_t>(width);
  dst.resize(w * static_cast<std::size_t>(height));
  for (int row = 0; row < height; ++row)
    std::memcpy(dst.data() + w * static_cast<std::size_t>(row),
                src + static_cast<std::ptrdiff_t>(row) * srcStride, w);
}

} // namespace

VideoDecoder::VideoDecoder(const std::string &path, const AVFormatContext &fmt, int streamIndex,
                           Micros startOffset, int threads)
    : m_path(path), m_index(streamIndex), m_startOffset(startOffset) {
  const AVStream &st = *fmt.streams[streamIndex];
  m_timeBase = st.time_base;
  m_rotation = rotationOf(st);
  m_deinterlace = interlacedOf(st);
  const AVRational fr = st.avg_frame_rate.num > 0 ? st.avg_frame_rate : st.r_frame_rate;
  if (fr.num > 0 && fr.den > 0)
    m_nominalDuration = av_rescale(1'000'000, fr.den, fr.num);
  m_codec = openDecoder(path, st, threads);
}

int VideoDecoder::send(const AVPacket *pkt) {
  if (pkt == nullptr && m_drained)
    return 0;
  const int rc = avcodec_send_packet(m_codec.get(), pkt);
  if (rc == av::errorEof() || rc == av::errorAgain() || rc == av::errorInvalidData())
    return 0; // drained already / output pending / damaged packet: all recoverable
  return rc;
}

void VideoDecoder::setSkipNonRef(bool skip) {
  m_codec->skip_frame = skip ? AVDISCARD_NONREF : AVDISCARD_DEFAULT;
}

void VideoDecoder::flush() {
  avcodec_flush_buffers(m_codec.get());
  m_graph.reset(); // the deinterlacer holds frames of the old position
  m_src = m_sink = nullptr;
  m_drained = false;
  m_filterDraining = false;
}

bool VideoDecoder::buildDeinterlacer(const AVFrame &frame) {
  m_graph.reset(avfilter_graph_alloc());
  if (!m_graph)
    return false;
  char args[256];
  std::snprintf(args, sizeof args, "video_size=%dx%d:pix_fmt=%d:time_base=%d/%d:pixel_aspect=%d/%d",
                frame.width, frame.height, frame.format, m_timeBase.num, m_timeBase.den,
                frame.sample_aspect_ratio.num > 0 ? frame.sample_aspect_ratio.num : 1,
                frame.sample_aspect_ratio.den > 0 ? frame.sample_aspect_ratio.den : 1);
  // bwdif: one output frame per input frame (send_frame), so timestamps map
  // one to one; then 8-bit 4:2:0 for the shader.
  const auto ends = av::buildFilterChain(m_graph.get(), "buffer", args, "buffersink",
                                         "bwdif=mode=send_frame:parity=auto:deint=all,format=yuv420p");
  if (!ends) {
    m_graph.reset();
    return false;
  }
  m_src = ends.src;
  m_sink = ends.sink;
  m_graphW = frame.width;
  m_graphH = frame.height;
  m_graphFmt = frame.format;
  return true;
}

VideoDecoder::Decoded VideoDecoder::receiveFiltered() {
  auto f = av::makeFrame();
  if (av_buffersink_get_frame(m_sink, f.get()) < 0)
    return {};
  // The deinterlacer's output has its own time base: bwdif and yadif halve
  // the input's (and double the pts) so they could emit one frame per field.
  return {std::move(f), av_buffersink_get_time_base(m_sink)};
}

std::shared_ptr<VideoFrame> VideoDecoder::receive() {
  const auto d = receiveDecoded();
  return d.frame ? convert(d) : nullptr;
}

Micros VideoDecoder::toTimeline(std::int64_t ts, AVRational timeBase) const {
  return ts == av::kNoPts ? 0 : av::toMicros(ts, timeBase) - m_startOffset;
}

VideoDecoder::Decoded VideoDecoder::receiveDecoded() {
  while (true) {
    if (m_graph) {
      if (auto f = receiveFiltered(); f.frame)
        return f;
      if (m_filterDraining) {
        m_drained = true;
        return {};
      }
    }
    const int rc = avcodec_receive_frame(m_codec.get(), m_frame.get());
    if (rc == av::errorEof()) {
      if (m_graph && !m_filterDraining) {
        m_filterDraining = true;
        if (av_buffersrc_add_frame(m_src, nullptr) < 0) // flush the deinterlacer's last frame
          m_drained = true;
        continue;
      }
      m_drained = true;
      return {};
    }
    if (rc < 0)
      return {}; // EAGAIN: needs input
    m_frame->pts = m_frame->best_effort_timestamp;
    if (!m_deinterlace)
      break;
    if (!m_graph || m_graphW != m_frame->width || m_graphH != m_frame->height ||
        m_graphFmt != m_frame->format) {
      if (!buildDeinterlacer(*m_frame)) {
        m_deinterlace = false; // cannot deinterlace: show the fields woven
        break;
      }
    }
    if (av_buffersrc_add_frame(m_src, m_frame.get()) < 0)
      av_frame_unref(m_frame.get());
  }
  auto out = av::makeFrame();
  av_frame_move_ref(out.get(), m_frame.get());
  return {std::move(out), m_timeBase};
}

std::shared_ptr<VideoFrame> VideoDecoder::convert(const AVFrame &frame, AVRational timeBase) {
  auto out = std::make_shared<VideoFrame>();
  out->width = frame.width;
  out->height = frame.height;
  out->rotation = m_rotation;
  out->pts = toTimeline(frame.pts, timeBase);
  // pkt_duration is copied through filters unchanged: always the stream's time base.
  out->duration = frame.pkt_duration > 0 ? av::toMicros(frame.pkt_duration, m_timeBase) : m_nominalDuration;
  out->index = m_counter++;
  const auto fmt = static_cast<AVPixelFormat>(frame.format);
  out->fullRange = frame.color_range == AVCOL_RANGE_JPEG || fmt == AV_PIX_FMT_YUVJ420P;
  out->bt709 = frame.colorspace == AVCOL_SPC_BT709 ||
               (frame.colorspace == AVCOL_SPC_UNSPECIFIED && frame.height >= kHdHeight);
  const int cw = (frame.width + 1) / 2, ch = (frame.height + 1) / 2;
  out->strideY = frame.width;
  out->strideUV = cw;
  if (fmt == AV_PIX_FMT_YUV420P || fmt == AV_PIX_FMT_YUVJ420P) {
    copyPlane(out->y, frame.data[0], frame.linesize[0], frame.width, frame.height);
    copyPlane(out->u, frame.data[1], frame.linesize[1], cw, ch);
    copyPlane(out->v, frame.data[2], frame.linesize[2], cw, ch);
    return out;
  }
  m_sws.reset(sws_getCachedContext(m_sws.release(), frame.width, frame.height, fmt, frame.width, frame.height,
                                   AV_PIX_FMT_YUV420P, SWS_BILINEAR, nullptr, nullptr, nullptr));
  if (!m_sws)
    return nullptr;
  out->y.resize(static_cast<std::size_t>(frame.width) * static_cast<std::size_t>(frame.height));
  out->u.resize(static_cast<std::size_t>(cw) * static_cast<std::size_t>(ch));
  out->v.resize(out->u.size());
  std::uint8_t *dst[4] = {out->y.data(), out->u.data(), out->v.data(), nullptr};
  const int dstStride[4] = {out->strideY, cw, cw, 0};
  sws_scale(m_sws.get(), frame.data, frame.linesize, 0, frame.height, dst, dstStride);
  return out;
}

} // namespace spiegel::media
