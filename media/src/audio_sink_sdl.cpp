// AudioSink on SDL2, initialised for audio only.
#include "spiegel/media/audio_sink.hpp"

#include <SDL2/SDL.h>

#include <mutex>

namespace spiegel::media {
namespace {

// Device buffer in frames: ~21 ms at 48 kHz, small enough for quick
// response to pause and seek, large enough not to underrun on a busy laptop.
constexpr Uint16 kBufferFrames = 1024;

class SdlAudioSink final : public AudioSink {
public:
  ~SdlAudioSink() override { close(); }

  bool open(int sampleRate, int channels, Pull pull) override {
    close();
    // SIGINT/SIGTERM are the program's to handle (the window quits on them);
    // SDL would otherwise turn them into SDL_QUIT events that nobody reads.
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
      m_reason = std::string("SDL audio: ") + SDL_GetError();
      return false;
    }
    m_initialised = true;
    m_pull = std::move(pull);
    m_channels = channels;
    SDL_AudioSpec want{};
    want.freq = sampleRate;
    want.format = AUDIO_F32SYS;
    want.channels = static_cast<Uint8>(channels);
    want.samples = kBufferFrames;
    want.callback = &SdlAudioSink::callback;
    want.userdata = this;
    SDL_AudioSpec have{};
    m_device = SDL_OpenAudioDevice(nullptr, 0, &want, &have, 0);
    if (m_device == 0) {
      m_reason = std::string("no audio device: ") + SDL_GetError();
      close();
      return false;
    }
    m_bufferFrames = have.samples;
    return true;
  }

  void close() override {
    if (m_device != 0) {
      SDL_CloseAudioDevice(m_device); // waits for a running callback
      m_device = 0;
    }
    if (m_initialised) {
      SDL_QuitSubSystem(SDL_INIT_AUDIO);
      m_initialised = false;
    }
  }

  void pause(bool paused) override {
    if (m_device != 0)
      SDL_PauseAudioDevice(m_device, paused ? 1 : 0);
  }

  // What we just handed over plus about one more buffer inside SDL/the
  // driver (ffplay's estimate of two hardware buffers).
  [[nodiscard]] std::int64_t queuedFrames() const override {
    return 2 * static_cast<std::int64_t>(m_bufferFrames);
  }
  [[nodiscard]] std::string reason() const override { return m_reason; }

private:
  static void callback(void *user, Uint8 *stream, int len) {
    auto *self = static_cast<SdlAudioSink *>(user);
    const int frames = len / static_cast<int>(sizeof(float)) / self->m_channels;
    self->m_pull(reinterpret_cast<float *>(stream), frames);
  }

  Pull m_pull;        // set in open() before the device starts; device thread calls it
  int m_channels = 2; // immutable while the device is open
  std::int64_t m_bufferFrames = kBufferFrames; // immutable while open
  SDL_AudioDeviceID m_device = 0;              // owner thread only
  bool m_initialised = false;                  // owner thread only
  std::string m_reason;                        // owner thread only
};

} // namespace

std::unique_ptr<AudioSink> makeSdlAudioSink() {
  return std::make_unique<SdlAudioSink>();
}

} // namespace spiegel::media
