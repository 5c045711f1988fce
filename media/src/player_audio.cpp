// Player: the audio decode thread and the device callback (master clock).
#include "input_file.hpp"
#include "player_impl.hpp"

#include <algorithm>
#include <cmath>

namespace spiegel::media {

// The audio thread's decoder, filter and steps. Audio thread only.
class Player::Impl::AudioWorker {
public:
  AudioWorker(Impl &p, std::stop_token stop)
      : m_p(p), m_stop(std::move(stop)), m_filter(p.deviceRate, p.speedNow.load()) {}

  void run() {
    while (!m_stop.stop_requested()) {
      auto item = m_p.audioQueue.pop(m_stop);
      if (!item)
        break;
      if (!m_run || item->run->serial != m_run->serial)
        startRun(item->run);
      if (!m_decoder)
        continue;
      if (std::abs(m_filter.speed() - m_p.speedNow.load()) > 1e-9)
        m_filter.reset(m_p.speedNow.load());
      if (!item->packet) {
        finish();
        continue;
      }
      if (avcodec_send_packet(m_decoder.get(), item->packet.get()) < 0)
        continue; // damaged packet: skip it
      receiveAll();
    }
  }

private:
  void startRun(const RunPtr &run) {
    m_run = run;
    if (run->audioStream != m_decoderIndex) {
      m_decoder.reset();
      m_decoderIndex = run->audioStream;
      if (m_decoderIndex >= 0) {
        try {
          m_decoder = openDecoder(m_p.path, *m_p.fmt->streams[m_decoderIndex], 1);
          m_timeBase = m_p.fmt->streams[m_decoderIndex]->time_base;
        } catch (const MediaError &) {
          m_decoder.reset(); // this track cannot be heard; the video goes on
        }
      }
    } else if (m_decoder) {
      avcodec_flush_buffers(m_decoder.get());
    }
    m_filter.reset(m_p.speedNow.load());
  }

  void finish() {
    if (avcodec_send_packet(m_decoder.get(), nullptr) >= 0)
      receiveAll();
    if (m_filter.push(nullptr))
      drainFilter();
    avcodec_flush_buffers(m_decoder.get());
  }

  void receiveAll() {
    while (avcodec_receive_frame(m_decoder.get(), m_frame.get()) >= 0) {
      const std::int64_t ts = m_frame->best_effort_timestamp;
      m_frame->pts = ts == av::kNoPts ? av::kNoPts : av::toMicros(ts, m_timeBase) - m_p.startOffset;
      const bool ok = m_filter.push(m_frame.get());
      av_frame_unref(m_frame.get());
      if (ok)
        drainFilter();
    }
  }

  void drainFilter() {
    Micros start = 0;
    while (m_filter.pull(m_samples, start)) {
      AudioChunk chunk{m_run->serial, start, m_filter.speed(), m_samples, 0};
      if (m_run->mode == SeekMode::Exact && start < m_run->target) {
        // Exact seek: the sound starts at the target too.
        const auto skip = static_cast<std::size_t>(static_cast<double>(m_run->target - start) *
                                                   m_p.deviceRate / (1e6 * m_filter.speed()));
        if (skip >= chunk.frames())
          continue;
        chunk.offset = skip;
      }
      if (!m_p.pushChunk(std::move(chunk), m_stop))
        return;
    }
  }

  Impl &m_p;
  std::stop_token m_stop;
  av::CodecPtr m_decoder;
  int m_decoderIndex = -1;
  AVRational m_timeBase{1, 1};
  AudioFilter m_filter;
  RunPtr m_run;
  av::AvFramePtr m_frame = av::makeFrame();
  std::vector<float> m_samples;
};

void Player::Impl::audioLoop(std::stop_token stop) {
  AudioWorker(*this, std::move(stop)).run();
}

bool Player::Impl::pushChunk(AudioChunk chunk, std::stop_token stop) {
  const auto capacity = static_cast<std::size_t>(kRingSeconds * deviceRate);
  std::unique_lock lock(ringMutex);
  ringCv.wait(lock, stop, [&] { return ringFrames < capacity || serial.load() != chunk.serial; });
  if (stop.stop_requested() || serial.load() != chunk.serial)
    return false;
  ringFrames += chunk.frames();
  ring.push_back(std::move(chunk));
  return true;
}

std::size_t Player::Impl::takeFromRing(float *out, std::size_t frames, Micros &endMedia, double &speedOut) {
  const std::uint64_t current = serial.load();
  const bool held = clock.held();
  const Micros clockNow = clock.now(); // Clock is a leaf: read before ringMutex
  std::size_t written = 0;
  std::lock_guard lock(ringMutex);
  while (!ring.empty()) {
    AudioChunk &c = ring.front();
    if (c.serial != current) { // from before a seek
      ringFrames -= c.frames() - c.offset;
      ring.pop_front();
      continue;
    }
    if (held || written >= frames)
      break;
    const Micros startAt = audioStartAt.load() == av::kNoPts ? av::kNoPts : std::max(audioStartAt.load(), clockNow);
    if (startAt != av::kNoPts && c.start < startAt) { // first sound after a seek: not before the clock
      const auto skip =
          static_cast<std::size_t>(static_cast<double>(startAt - c.start) * deviceRate / (1e6 * c.speed));
      if (skip > c.offset) {
        const std::size_t drop = std::min(skip, c.frames()) - c.offset;
        c.offset += drop;
        ringFrames -= drop;
      }
    }
    const std::size_t n = std::min(c.frames() - c.offset, frames - written);
    std::copy_n(c.samples.data() + c.offset * AudioFilter::kChannels, n * AudioFilter::kChannels,
                out + written * AudioFilter::kChannels);
    c.offset += n;
    ringFrames -= n;
    written += n;
    speedOut = c.speed;
    endMedia = c.start + static_cast<Micros>(static_cast<double>(c.offset) * c.speed * 1e6 / deviceRate);
    if (c.offset >= c.frames())
      ring.pop_front();
  }
  return written;
}

void Player::Impl::pull(float *out, int frames) {
  const auto total = static_cast<std::size_t>(frames) * AudioFilter::kChannels;
  std::fill(out, out + total, 0.0f);
  Micros endMedia = 0;
  double chunkSpeed = speedNow.load();
  const std::size_t written = takeFromRing(out, static_cast<std::size_t>(frames), endMedia, chunkSpeed);
  ringCv.notify_all();
  if (written == 0)
    return; // silence: the clock runs on the wall until sound comes back
  audioStartAt.store(av::kNoPts);
  const float g = gain.load();
  if (g != 1.0f)
    for (std::size_t i = 0; i < written * AudioFilter::kChannels; ++i)
      out[i] *= g;
  // The sample being heard now is `queued` frames before the last one written.
  const double queued = static_cast<double>(sink ? sink->queuedFrames() : frames);
  const auto latency = static_cast<Micros>(queued * chunkSpeed * 1e6 / deviceRate);
  clock.fromAudio(endMedia - latency, std::chrono::steady_clock::now());
}

} // namespace spiegel::media
