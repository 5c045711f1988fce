#pragma once
// Helpers shared by the tests that drive a Player or a background job.
#include "spiegel/media/generator.hpp"
#include "spiegel/media/player.hpp"

#include <chrono>
#include <thread>

namespace spiegel::test {

// A Player that plays into the null sink: the clock runs as with a device.
inline media::PlayerOptions nullSink() {
  media::PlayerOptions o;
  o.audioSink = media::makeNullAudioSink();
  return o;
}

// The frame number drawn in the picture now on screen: -1 with no picture,
// -2 when the picture carries no readable code.
inline std::int64_t shownCode(media::Player &p) {
  auto f = p.currentFrame();
  return f ? media::readFrameCode(*f).value_or(-2) : -1;
}

// Waits for a background job (PeaksJob, ThumbnailJob) to end. A generous
// bound, not a speed assertion: it only keeps a hung job from hanging the suite.
template <class Job> bool waitDone(const Job &job, int seconds = 120) {
  const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
  while (!job.done() && std::chrono::steady_clock::now() < until)
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  return job.done();
}

} // namespace spiegel::test
