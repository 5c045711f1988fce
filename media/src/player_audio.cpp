// Player: the audio decode thread and the device callback (master clock).
#include "input_file.hpp"
#include "player_impl.hpp"

#include <algorithm>
#include <cmath>

namespace spiegel::media {

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

void Player::Impl::audioLoop(std::stop_token stop) {
  av::CodecPtr decoder;
  int decoderIndex = -1;
  AVRational timeBase{1, 1};
  AudioFilter filter(deviceRate, speedNow.load());
  RunPtr run;
  auto frame = av::makeFrame();
  std::vector<float> samples;

  auto drainFilter = [&] {
    Micros start = 0;
    while (filter.pull(samples, start)) {
      AudioChunk chunk{run->serial, start, filter.speed(), samples, 0};
      if (run->mode == SeekMode::Exact && start < run->target) {
        // Exact seek: the audio starts at the target too.
        const auto skip = static_cast<std::size_t>(static_cast<double>(run->target - start) * deviceRate /
                                                   (1e6 * filter.speed()));
        if (skip >= chunk.frames())
          continue;
        chunk.offset = skip;
      }
      if (!pushChunk(std::move(chunk), stop))
        return;
    }
  };
  auto receiveAll = [&] {
    while (avcodec_receive_frame(decoder.get(), frame.get()) >= 0) {
      const std::int64_t ts = frame->best_effort_timestamp;
      frame->pts = ts == av::kNoPts ? av::kNoPts : av::toMicros(ts, timeBase) - startOffset;
      if (!filter.push(frame.get())) {
        av_frame_unref(frame.get());
        continue;
      }
      av_frame_unref(frame.get());
      drainFilter();
    }
  };

  while (!stop.stop_requested()) {
    auto item = audioQueue.pop(stop);
    if (!item)
      break;
    if (!run || item->run->serial != run->serial) {
      run = item->run;
      if (run->audioStream != decoderIndex) {
        decoder.reset();
        decoderIndex = run->audioStream;
        if (decoderIndex >= 0) {
          try {
            decoder = openDecoder(path, *fmt->streams[decoderIndex], 1);
            timeBase = fmt->streams[decoderIndex]->time_base;
          } catch (const MediaError &) {
            decoder.reset(); // this track cannot be heard; video goes on
          }
        }
      } else if (decoder) {
        avcodec_flush_buffers(decoder.get());
      }
      filter.reset(speedNow.load());
    }
    if (!decoder)
      continue;
    if (std::abs(filter.speed() - speedNow.load()) > 1e-9)
      filter.reset(speedNow.load());
    if (!item->packet) {
      if (avcodec_send_packet(decoder.get(), nullptr) >= 0)
        receiveAll();
      if (filter.push(nullptr))
        drainFilter();
      avcodec_flush_buffers(decoder.get());
      continue;
    }
    if (avcodec_send_packet(decoder.get(), item->packet.get()) < 0)
      continue; // damaged packet: skip it
    receiveAll();
  }
}

void Player::Impl::pull(float *out, int frames) {
  const auto total = static_cast<std::size_t>(frames) * AudioFilter::kChannels;
  std::fill(out, out + total, 0.0f);
  const std::uint64_t current = serial.load();
  const bool held = clock.held();
  std::size_t written = 0; // frames
  Micros endMedia = 0;
  double chunkSpeed = speedNow.load();
  {
    std::lock_guard lock(ringMutex);
    while (!ring.empty()) {
      AudioChunk &c = ring.front();
      if (c.serial != current) { // from before a seek
        ringFrames -= c.frames() - c.offset;
        ring.pop_front();
        continue;
      }
      if (held || written >= static_cast<std::size_t>(frames))
        break;
      const Micros startAt = audioStartAt.load();
      if (startAt != av::kNoPts && c.start < startAt) {
        const auto skip =
            static_cast<std::size_t>(static_cast<double>(startAt - c.start) * deviceRate / (1e6 * c.speed));
        if (skip > c.offset) {
          const std::size_t drop = std::min(skip, c.frames()) - c.offset;
          c.offset += drop;
          ringFrames -= drop;
        }
      }
      const std::size_t n = std::min(c.frames() - c.offset, static_cast<std::size_t>(frames) - written);
      std::copy_n(c.samples.data() + c.offset * AudioFilter::kChannels, n * AudioFilter::kChannels,
                  out + written * AudioFilter::kChannels);
      c.offset += n;
      ringFrames -= n;
      written += n;
      chunkSpeed = c.speed;
      endMedia = c.start + static_cast<Micros>(static_cast<double>(c.offset) * c.speed * 1e6 / deviceRate);
      if (c.offset >= c.frames())
        ring.pop_front();
    }
  }
  ringCv.notify_all();
  if (written == 0)
    return; // silence: the clock runs on the wall until audio comes back
  audioStartAt.store(av::kNoPts);
  const float g = gain.load();
  if (g != 1.0f)
    for (std::size_t i = 0; i < written * AudioFilter::kChannels; ++i)
      out[i] *= g;
  const double queued = static_cast<double>(sink ? sink->queuedFrames() : frames);
  const auto latency = static_cast<Micros>(queued * chunkSpeed * 1e6 / deviceRate);
  clock.fromAudio(endMedia - latency, std::chrono::steady_clock::now());
}

} // namespace spiegel::media
