// The audio that reaches the device: volume, mute, and pitch kept at other
// speeds. A capturing sink stands in for the sound card.
#include <catch2/catch.hpp>

#include "media_clips.hpp"
#include "spiegel/media/player.hpp"

#include <atomic>
#include <chrono>
#include <cmath>
#include <mutex>
#include <thread>

using namespace spiegel;
using namespace spiegel::media;

namespace {

// Pulls in real time like a device and keeps everything it was given.
class CaptureSink final : public AudioSink {
public:
  struct Shared {
    std::mutex mutex;
    std::vector<float> samples; // interleaved, guarded by mutex
    int rate = 0, channels = 0;
  };
  explicit CaptureSink(std::shared_ptr<Shared> shared) : m_shared(std::move(shared)) {}
  ~CaptureSink() override { close(); }
  bool open(int sampleRate, int channels, Pull pull) override {
    m_shared->rate = sampleRate;
    m_shared->channels = channels;
    m_block = sampleRate / 100;
    m_thread = std::jthread([this, pull = std::move(pull), channels](std::stop_token stop) {
      std::vector<float> buf(static_cast<std::size_t>(m_block * channels));
      auto next = std::chrono::steady_clock::now();
      while (!stop.stop_requested()) {
        next += std::chrono::milliseconds(10);
        std::this_thread::sleep_until(next);
        if (m_paused)
          continue;
        pull(buf.data(), m_block);
        std::lock_guard lock(m_shared->mutex);
        m_shared->samples.insert(m_shared->samples.end(), buf.begin(), buf.end());
      }
    });
    return true;
  }
  void close() override {
    if (m_thread.joinable()) {
      m_thread.request_stop();
      m_thread.join();
    }
  }
  void pause(bool paused) override { m_paused = paused; }
  [[nodiscard]] std::int64_t queuedFrames() const override { return m_block; }

private:
  std::shared_ptr<Shared> m_shared;
  int m_block = 480;
  std::atomic<bool> m_paused{true};
  std::jthread m_thread;
};

// Peak and zero-crossing frequency of the left channel captured during
// `ms` of playback from now.
struct Heard {
  float peak = 0;
  double hz = 0;
};
Heard listen(CaptureSink::Shared &shared, int ms) {
  std::size_t from = 0;
  {
    std::lock_guard lock(shared.mutex);
    from = shared.samples.size();
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(ms));
  std::vector<float> s;
  {
    std::lock_guard lock(shared.mutex);
    s.assign(shared.samples.begin() + static_cast<std::ptrdiff_t>(from), shared.samples.end());
  }
  Heard h;
  int crossings = 0;
  std::size_t frames = 0;
  for (std::size_t i = 0; i + static_cast<std::size_t>(shared.channels) < s.size();
       i += static_cast<std::size_t>(shared.channels), ++frames) {
    h.peak = std::max(h.peak, std::abs(s[i]));
    if ((s[i] < 0) != (s[i + static_cast<std::size_t>(shared.channels)] < 0))
      ++crossings;
  }
  if (frames > 0)
    h.hz = crossings / 2.0 / (static_cast<double>(frames) / shared.rate);
  return h;
}

} // namespace

TEST_CASE("Audio path: volume, mute and pitch kept at 0.5x and 2x", "[player][audio]") {
  const auto dir = spiegel::test::scratchDir("audio_path");
  const std::string path = dir + "/tone.m4a";
  REQUIRE(spiegel::test::ffmpeg("-f lavfi -i sine=f=440:d=8:sample_rate=48000 -c:a aac -b:a 128k " +
                                spiegel::test::quote(path)));
  auto shared = std::make_shared<CaptureSink::Shared>();
  Player p(path, PlayerOptions{std::make_unique<CaptureSink>(shared), -1, {}});
  REQUIRE(p.state().audioDevice);
  CHECK(shared->rate == 48000);
  CHECK(shared->channels == 2);
  p.play();
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  const Heard full = listen(*shared, 400);
  CHECK(full.peak > 0.05f); // sine is 1/8 full scale, mono spread to stereo at -3 dB
  CHECK(full.hz == Approx(440).epsilon(0.05));

  p.setVolume(0.5f);
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  const Heard half = listen(*shared, 300);
  CHECK(half.peak == Approx(full.peak * 0.5f).epsilon(0.1));

  p.setMuted(true);
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  CHECK(listen(*shared, 300).peak == 0.0f);
  p.setMuted(false);
  p.setVolume(1.0f);

  for (double speed : {2.0, 0.5}) {
    CAPTURE(speed);
    p.seek(1'000'000);
    REQUIRE(p.waitForFrame(10000));
    p.setSpeed(speed);
    std::this_thread::sleep_for(std::chrono::milliseconds(400)); // the ring holds 0.2 s at the old speed
    const Heard h = listen(*shared, 500);
    CHECK(h.peak > 0.05f);
    CHECK(h.hz == Approx(440).epsilon(0.08)); // same pitch, not 880 or 220
  }
}
