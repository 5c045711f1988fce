// An AudioSink that hears nothing but consumes samples in real time, so the
// Player's clock behaves as with a real device (tests, headless runs).
#include "spiegel/media/audio_sink.hpp"

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace spiegel::media {
namespace {

// Pull period: 10 ms blocks, like a low-latency device.
constexpr int kBlocksPerSecond = 100;

class NullAudioSink final : public AudioSink {
public:
  ~NullAudioSink() override { close(); }

  bool open(int sampleRate, int channels, Pull pull) override {
    close();
    m_pull = std::move(pull);
    m_channels = channels;
    m_block = std::max(1, sampleRate / kBlocksPerSecond);
    m_paused = true;
    m_thread = std::jthread([this](std::stop_token stop) { run(stop); });
    return true;
  }

  void close() override {
    if (m_thread.joinable()) {
      m_thread.request_stop();
      m_cv.notify_all();
      m_thread.join();
    }
  }

  void pause(bool paused) override {
    {
      std::lock_guard lock(m_mutex);
      m_paused = paused;
    }
    m_cv.notify_all();
  }

  [[nodiscard]] std::int64_t queuedFrames() const override { return m_block; }

private:
  void run(std::stop_token stop) {
    std::vector<float> buf(static_cast<std::size_t>(m_block * m_channels));
    const auto period = std::chrono::microseconds(1'000'000 / kBlocksPerSecond);
    auto next = std::chrono::steady_clock::now();
    while (!stop.stop_requested()) {
      {
        std::unique_lock lock(m_mutex);
        if (m_paused) {
          m_cv.wait(lock, stop, [&] { return !m_paused; });
          next = std::chrono::steady_clock::now();
          continue;
        }
      }
      m_pull(buf.data(), m_block);
      next += period; // absolute schedule: no drift from the time pull takes
      std::unique_lock lock(m_mutex);
      m_cv.wait_until(lock, stop, next, [] { return false; });
    }
  }

  Pull m_pull;        // set in open() before the thread starts
  int m_channels = 2; // immutable while open
  int m_block = 480;  // immutable while open
  std::mutex m_mutex;
  std::condition_variable_any m_cv;
  bool m_paused = true; // guarded by m_mutex
  std::jthread m_thread;
};

} // namespace

std::unique_ptr<AudioSink> makeNullAudioSink() {
  return std::make_unique<NullAudioSink>();
}

} // namespace spiegel::media
