#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace spiegel::media {

// Where decoded audio goes. The sink owns a device thread that calls `pull`
// whenever it needs more samples (interleaved float32, `channels` wide).
// `pull` must not block for long; it fills silence when nothing is ready.
class AudioSink {
public:
  using Pull = std::function<void(float *out, int frames)>;
  virtual ~AudioSink() = default;
  // Opens the device. Returns false (with reason()) when no device exists;
  // the Player then runs on the wall clock.
  [[nodiscard]] virtual bool open(int sampleRate, int channels, Pull pull) = 0;
  virtual void close() = 0;
  virtual void pause(bool paused) = 0;
  // Samples handed to the device but not yet heard, in frames.
  [[nodiscard]] virtual std::int64_t queuedFrames() const = 0;
  [[nodiscard]] virtual std::string reason() const { return {}; }
};

// SDL2 output (SDL initialised for audio only).
[[nodiscard]] std::unique_ptr<AudioSink> makeSdlAudioSink();
// Consumes audio in real time on its own thread and plays nothing: tests and
// headless runs. It still drives the clock like a real device.
[[nodiscard]] std::unique_ptr<AudioSink> makeNullAudioSink();

} // namespace spiegel::media
