// computePeaks(): the waveform of a recording, from its own demuxer and
// decoder, on the caller's thread.
#include "background_av.hpp"
#include "input_file.hpp"
#include "job_cache.hpp"
#include "spiegel/media/background.hpp"
#include "spiegel/media/error.hpp"

extern "C" {
#include <libavutil/opt.h>
}

#include <algorithm>
#include <cmath>

namespace spiegel::media {
namespace {

constexpr std::uint32_t kPeaksMagic = 0x534B5053; // "SPKS"

// Min/max per bucket of a mono sample stream that starts at `firstSample`
// (samples since the start of the timeline). Worker thread only.
class PeakAccumulator {
public:
  PeakAccumulator(Micros bucket, int sampleRate, Micros duration)
      : m_samplesPerBucket(static_cast<double>(bucket) * sampleRate / kMicrosPerSecond) {
    const auto n = static_cast<std::size_t>(std::max<Micros>(1, duration / bucket + 1));
    m_min.reserve(n);
    m_max.reserve(n);
  }
  void start(std::int64_t firstSample) {
    m_pos = std::max<std::int64_t>(0, firstSample);
    m_started = true;
    setBucket(static_cast<std::size_t>(static_cast<double>(m_pos) / m_samplesPerBucket));
  }
  [[nodiscard]] bool started() const { return m_started; }
  void add(const float *s, int n) {
    for (int i = 0; i < n; ++i, ++m_pos) {
      if (m_pos >= m_nextBoundary)
        setBucket(m_bucket + 1);
      m_min[m_bucket] = std::min(m_min[m_bucket], s[i]);
      m_max[m_bucket] = std::max(m_max[m_bucket], s[i]);
    }
  }
  Peaks finish(Micros bucket) {
    Peaks p;
    p.bucket = bucket;
    p.min = std::move(m_min);
    p.max = std::move(m_max);
    return p;
  }

private:
  void setBucket(std::size_t b) {
    m_bucket = b;
    if (m_min.size() <= b) {
      m_min.resize(b + 1, 0.0f);
      m_max.resize(b + 1, 0.0f);
    }
    m_nextBoundary = std::llround(static_cast<double>(b + 1) * m_samplesPerBucket);
  }
  double m_samplesPerBucket;
  std::vector<float> m_min, m_max;
  std::size_t m_bucket = 0;
  std::int64_t m_pos = 0, m_nextBoundary = 0;
  bool m_started = false;
};

std::vector<std::uint8_t> serialize(const Peaks &p) {
  cache::Writer w;
  w.put(static_cast<std::int64_t>(p.bucket));
  w.put(static_cast<std::uint64_t>(p.min.size()));
  w.putBytes(reinterpret_cast<const std::uint8_t *>(p.min.data()), p.min.size() * sizeof(float));
  w.putBytes(reinterpret_cast<const std::uint8_t *>(p.max.data()), p.max.size() * sizeof(float));
  return std::move(w.bytes);
}

std::shared_ptr<Peaks> deserialize(const std::vector<std::uint8_t> &bytes, Micros bucket) {
  cache::Reader r(bytes);
  std::int64_t b = 0;
  std::uint64_t n = 0;
  if (!r.get(b) || !r.get(n) || b != bucket || n > bytes.size())
    return nullptr;
  auto p = std::make_shared<Peaks>();
  p->bucket = b;
  p->min.resize(n);
  p->max.resize(n);
  if (!r.getBytes(reinterpret_cast<std::uint8_t *>(p->min.data()), n * sizeof(float)) ||
      !r.getBytes(reinterpret_cast<std::uint8_t *>(p->max.data()), n * sizeof(float)) || !r.atEnd())
    return nullptr;
  return p;
}

// Decodes one file's audio into peaks. Calling thread only.
class PeaksDecoder {
public:
  PeaksDecoder(const std::string &path, Micros bucket, const WorkControl &control)
      : m_path(path), m_bucket(bucket), m_control(control) {}
  [[nodiscard]] Peaks decode(bg::DecoderInput &in);

private:
  [[nodiscard]] bool stopping() const { return m_control.stop.stop_requested(); }
  const std::string &m_path;
  Micros m_bucket;
  const WorkControl &m_control;
};

} // namespace

std::shared_ptr<const Peaks> computePeaks(const std::string &path, Micros bucket, const std::string &cacheDir,
                                          const WorkControl &control) {
  try {
    if (bucket <= 0)
      throw MediaError(ErrorCode::Internal, path, "peaks: bucket must be positive");
    checkReadableFile(path); // before fingerprint(): the same code as probe() for a bad path
    const std::string file = cacheDir + "/peaks-" + fingerprint(path) + "-" + std::to_string(bucket) + ".bin";
    if (auto bytes = cacheDir.empty() ? std::nullopt : cache::readFile(file, kPeaksMagic))
      if (auto p = deserialize(*bytes, bucket)) {
        bg::report(control, 1.0f);
        return p;
      }
    auto in = bg::openDecoderInput(path, AVMEDIA_TYPE_AUDIO, control.stop);
    auto peaks = std::make_shared<Peaks>(PeaksDecoder(path, bucket, control).decode(in));
    if (control.stop.stop_requested())
      return nullptr;
    if (!cacheDir.empty())
      (void)cache::writeFile(file, kPeaksMagic, serialize(*peaks)); // a failed cache write only costs time
    bg::report(control, 1.0f);
    return peaks;
  } catch (const MediaError &) {
    if (control.stop.stop_requested()) // an interrupted open is a stop, not a failure
      return nullptr;
    throw;
  }
}

// Decodes the whole audio stream, mixed to mono float at its own rate
// (min/max need no resampling; swresample only mixes and converts).
Peaks PeaksDecoder::decode(bg::DecoderInput &in) {
  AVCodecContext *dec = in.dec.get();
  const int rate = dec->sample_rate;
  if (rate <= 0)
    throw MediaError(ErrorCode::UnsupportedCodec, m_path, "peaks: unknown sample rate");
  AVChannelLayout inLayout{};
  if (dec->ch_layout.order == AV_CHANNEL_ORDER_UNSPEC)
    av_channel_layout_default(&inLayout, dec->ch_layout.nb_channels);
  else
    av_channel_layout_copy(&inLayout, &dec->ch_layout);
  AVChannelLayout mono = AV_CHANNEL_LAYOUT_MONO;
  SwrContext *rawSwr = nullptr;
  int err = swr_alloc_set_opts2(&rawSwr, &mono, AV_SAMPLE_FMT_FLT, rate, &inLayout, dec->sample_fmt, rate, 0, nullptr);
  const int channels = inLayout.nb_channels;
  av_channel_layout_uninit(&inLayout);
  av::SwrPtr swr(rawSwr);
  // The plain mean of the channels: a tone at 0.5 on both sides reads 0.5,
  // as a person expects of the waveform (swresample's default mix would
  // weigh each side by 1/√2).
  std::vector<double> matrix(static_cast<std::size_t>(std::max(1, channels)), 1.0 / std::max(1, channels));
  if (err >= 0)
    err = swr_set_matrix(swr.get(), matrix.data(), channels);
  if (err < 0 || (err = swr_init(swr.get())) < 0)
    throw MediaError(ErrorCode::Internal, m_path, "peaks: cannot set up mixing: " + av::errorText(err));
  PeakAccumulator acc(m_bucket, rate, in.duration);
  av::PacketPtr pkt(av_packet_alloc());
  av::AvFramePtr frame(av_frame_alloc());
  std::vector<float> mixed;
  auto drainFrames = [&] {
    while ((err = avcodec_receive_frame(dec, frame.get())) >= 0) {
      if (!acc.started()) {
        const auto ts = frame->best_effort_timestamp;
        const Micros t = ts == AV_NOPTS_VALUE ? 0 : bg::toTimeline(in, ts);
        acc.start(av_rescale(t, rate, kMicrosPerSecond));
      }
      mixed.resize(static_cast<std::size_t>(swr_get_out_samples(swr.get(), frame->nb_samples)));
      auto *out = reinterpret_cast<std::uint8_t *>(mixed.data());
      const int n = swr_convert(swr.get(), &out, static_cast<int>(mixed.size()),
                                const_cast<const std::uint8_t **>(frame->extended_data), frame->nb_samples);
      if (n > 0)
        acc.add(mixed.data(), n);
      if (in.duration > 0 && frame->best_effort_timestamp != AV_NOPTS_VALUE)
        bg::report(m_control, std::clamp(static_cast<float>(bg::toTimeline(in, frame->best_effort_timestamp)) /
                                             static_cast<float>(in.duration),
                                         0.0f, 0.99f));
      av_frame_unref(frame.get());
    }
  };
  while (!stopping()) {
    err = av_read_frame(in.fmt.get(), pkt.get());
    if (err < 0)
      break; // end of file, or a damaged tail: keep what was decoded
    if (pkt->stream_index == in.stream->index)
      (void)avcodec_send_packet(dec, pkt.get()); // a corrupt packet is skipped, like players do
    av_packet_unref(pkt.get());
    drainFrames();
  }
  if (!stopping()) {
    (void)avcodec_send_packet(dec, nullptr);
    drainFrames();
  }
  return acc.finish(m_bucket);
}

} // namespace spiegel::media
