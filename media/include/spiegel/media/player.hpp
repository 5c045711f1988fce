#pragma once
#include "spiegel/media/audio_sink.hpp"
#include "spiegel/media/frame.hpp"
#include "spiegel/media/probe.hpp"
#include "spiegel/media/time.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace spiegel::media {

enum class SeekMode {
  Exact,    // the frame on screen at the target: last frame with pts <= target
  Keyframe, // the nearest keyframe at or before the target (scrub preview);
            // the position then becomes that keyframe's time
};

struct PlayerOptions {
  std::unique_ptr<AudioSink> audioSink; // null → SDL sink; tests pass a null sink
  int audioStream = -1;                 // container index, -1 = best
  // Called from a player thread when a new frame becomes due or state
  // changes; the UI uses it to wake glfwWaitEvents. Must be cheap, no locks.
  std::function<void()> wake;
};

struct PlayerState {
  bool playing = false;
  bool atEnd = false;
  bool seeking = false;          // a seek is pending or being served
  bool audioDevice = false;      // false: running on the wall clock
  std::string audioDeviceReason; // why there is no audio device (technical), empty otherwise
  Micros position = 0;           // the master clock (never past `playable`)
  Micros duration = 0;
  // The real end: == duration for a whole file, less for an incomplete copy
  // (MediaInfo::playable). Playback stops there as at the end of a file, and
  // a seek past it is held there, on the last frame that is in the file.
  Micros playable = 0;
  // atEnd because the data of an incomplete copy ends, not the recording.
  bool incompleteEnd = false;
  // The newest seek asked for a time in the missing part (after `playable`)
  // and was held at `playable`. Cleared by the next seek, step or play().
  bool seekPastPlayable = false;
  double speed = 1.0;
  float volume = 1.0f;
  bool muted = false;
  std::optional<Micros> loopA, loopB;
  // Decoded frames held right after the one on screen, each the one after
  // the other (at most 64): forward steps that need no decoding.
  int framesReadyAhead = 0;
  // Forward steps since open whose frame was not decoded yet when asked.
  std::uint64_t stepsWaited = 0;
  // 0, or the time of the first picture when the file starts inside a group
  // of pictures: before it nothing can be decoded, and the frame shown there
  // is that first picture, which is not what was on screen at the time.
  Micros pictureStarts = 0;
  std::string lastError;   // empty unless reading failed mid-way (technical)
  bool readFailed = false; // e.g. the file vanished during playback
};

// Plays one recording. Threads: demux → packet queues → video decode / audio
// decode (+atempo) → frame queue / PCM ring → audio sink callback (master
// clock). All public methods are called from one thread (the UI thread) and
// never block on decoding; results arrive through currentFrame().
//
//   Player p("gesprek.mp4");              // throws MediaError
//   p.play(); ... if (auto f = p.currentFrame()) upload(*f);
class Player {
public:
  explicit Player(const std::string &path, PlayerOptions options = {});
  ~Player();
  Player(const Player &) = delete;
  Player &operator=(const Player &) = delete;

  [[nodiscard]] const MediaInfo &info() const;
  [[nodiscard]] PlayerState state() const;

  void play();
  void pause();
  void togglePlay();
  // Coalesced: only the newest request is served; stale frames are dropped.
  // The target is clamped to 0 … duration. While playing, the clock waits
  // for the target frame, then playback continues from there.
  void seek(Micros target, SeekMode mode = SeekMode::Exact);
  // One frame; pauses playback; the position becomes that frame's time.
  // At the last frame it stays there. While paused the decoder keeps up to
  // half a second of frames ready ahead (then idles), so a step after a
  // look is a lookup; steps faster than decoding wait for the decoder.
  void stepForward();
  // One frame back; pauses. Served from the decoded-frame cache (instant)
  // when the previous frame is held. While stepping back (and once a paused
  // seek has been looked at for 0.25 s) the frames before the held ones are
  // decoded in the background, a GOP at a time, so later steps back find
  // them; a step that gets there first waits for that decoding (up to a
  // GOP's decode time, ~0.35 s for a 2 s GOP at 1080p). Ignored while a
  // seek or an earlier step back is being served. play() after steps
  // re-seeks to the position so the sound starts there.
  void stepBackward();
  void setSpeed(double speed);  // 0.25 … 2.0, pitch kept
  void setVolume(float volume); // 0 … 1
  void setMuted(bool muted);
  void setLoop(std::optional<Micros> a, std::optional<Micros> b);
  void selectAudioStream(int containerIndex);

  // The frame that should be on screen now (last frame with pts <= clock),
  // or null before the first frame. Cheap; call once per UI frame.
  [[nodiscard]] FramePtr currentFrame();
  // Blocks the caller until the frame for the latest seek/step is available
  // or the timeout passes. For tests and the CLI, never the UI thread.
  // True when it is (always true for audio-only files, which have none).
  bool waitForFrame(int timeoutMs = 5000);

private:
  struct Impl;
  std::unique_ptr<Impl> m;
};

struct StillFrame {
  // The frame on screen at the time; before the first picture, that picture.
  // Null when the time lies before the first picture and the packets before
  // it cannot be decoded (a file that starts inside a group of pictures, as
  // a cut broadcast or an open-GOP camcorder file does): nothing true can
  // be shown there.
  FramePtr frame;
  // When `at` lies before the first picture: that picture's time. 0 otherwise.
  Micros firstPicture = 0;
  // The time lies in the missing stretch of an incomplete copy (after
  // `playable`, before `duration`, MediaInfo's): nothing of it is in the
  // file. `frame` is null.
  bool notInCopy = false;
  Micros playable = 0, duration = 0;
};

// Decodes the frame on screen at `at` (exact) without a Player, opening the
// file once. Throws MediaError: NoVideo for a sound-only file, openInput's
// codes for a bad one. Used by `spiegel frame`.
//   auto still = decodeFrameAt("gesprek.mts", 12'500'000);
//   if (still.frame) save(*still.frame);
[[nodiscard]] StillFrame decodeFrameAt(const std::string &path, Micros at);

} // namespace spiegel::media
