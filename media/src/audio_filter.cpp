#include "audio_filter.hpp"

extern "C" {
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
#include <libavutil/channel_layout.h>
}

#include <cmath>
#include <cstdio>
#include <string>

namespace spiegel::media {
namespace {

// atempo accepts 0.5 … 100 in FFmpeg 5.1; slower speeds chain two of them.
constexpr double kAtempoMin = 0.5;

std::string tempoChain(double speed) {
  if (std::abs(speed - 1.0) < 1e-6)
    return {};
  char buf[96];
  if (speed < kAtempoMin)
    std::snprintf(buf, sizeof buf, "atempo=%.6f,atempo=%.6f,", kAtempoMin, speed / kAtempoMin);
  else
    std::snprintf(buf, sizeof buf, "atempo=%.6f,", speed);
  return buf;
}

} // namespace

bool AudioFilter::build(const AVFrame &frame) {
  m_graph.reset(avfilter_graph_alloc());
  if (!m_graph)
    return false;
  char layout[128] = {};
  if (frame.ch_layout.order == AV_CHANNEL_ORDER_UNSPEC) {
    AVChannelLayout def{};
    av_channel_layout_default(&def, frame.ch_layout.nb_channels);
    av_channel_layout_describe(&def, layout, sizeof layout);
    av_channel_layout_uninit(&def);
  } else {
    av_channel_layout_describe(&frame.ch_layout, layout, sizeof layout);
  }
  char args[320];
  std::snprintf(args, sizeof args, "time_base=1/1000000:sample_rate=%d:sample_fmt=%s:channel_layout=%s",
                frame.sample_rate, av_get_sample_fmt_name(static_cast<AVSampleFormat>(frame.format)), layout);
  char tail[160];
  std::snprintf(tail, sizeof tail,
                "aresample=%d,aformat=sample_fmts=flt:sample_rates=%d:channel_layouts=stereo", m_outRate,
                m_outRate);
  const std::string chain = tempoChain(m_speed) + tail;
  const auto ends = av::buildFilterChain(m_graph.get(), "abuffer", args, "abuffersink", chain.c_str());
  if (!ends) {
    m_graph.reset();
    return false;
  }
  m_src = ends.src;
  m_sink = ends.sink;
  m_inRate = frame.sample_rate;
  m_inFormat = frame.format;
  m_inChannels = frame.ch_layout.nb_channels;
  return true;
}

bool AudioFilter::push(AVFrame *frame) {
  if (frame == nullptr)
    return m_graph ? av_buffersrc_add_frame(m_src, nullptr) >= 0 : true;
  if (!m_graph || frame->sample_rate != m_inRate || frame->format != m_inFormat ||
      frame->ch_layout.nb_channels != m_inChannels) {
    if (!build(*frame))
      return false;
  }
  if (m_base == av::kNoPts && frame->pts != av::kNoPts)
    m_base = frame->pts;
  return av_buffersrc_add_frame(m_src, frame) >= 0;
}

bool AudioFilter::pull(std::vector<float> &out, Micros &start) {
  out.clear();
  if (!m_graph || av_buffersink_get_frame(m_sink, m_out.get()) < 0)
    return false;
  const int n = m_out->nb_samples;
  const auto *data = reinterpret_cast<const float *>(m_out->data[0]);
  out.assign(data, data + static_cast<std::ptrdiff_t>(n) * kChannels);
  const bool plain = std::abs(m_speed - 1.0) < 1e-6;
  if (plain && m_out->pts != av::kNoPts) {
    start = av::toMicros(m_out->pts, av_buffersink_get_time_base(m_sink));
  } else {
    // Through atempo each output sample stands for `speed` input samples.
    const double media = static_cast<double>(m_outSamples) * m_speed * 1e6 / m_outRate;
    start = (m_base == av::kNoPts ? 0 : m_base) + static_cast<Micros>(media);
  }
  m_outSamples += n;
  av_frame_unref(m_out.get());
  return true;
}

void AudioFilter::reset(double speed) {
  m_graph.reset();
  m_src = m_sink = nullptr;
  m_speed = speed;
  m_base = av::kNoPts;
  m_outSamples = 0;
}

} // namespace spiegel::media
