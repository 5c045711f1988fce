#pragma once
// Private: the Player's threads and shared state.
//
//   demux thread ──► videoQueue ──► video thread ──► FrameStore ─┐
//               └──► audioQueue ──► audio thread ──► PCM ring ──► sink callback ──► Clock
//   timer thread: wakes the UI when a frame is due, serves A–B loop and end.
//   UI thread: public methods; picks the due frame from the FrameStore.
//
// Lock order: ctl → demuxMutex, ctl → videoWaitMutex; FrameStore, Clock,
// ringMutex and frameMutex are leaves (nothing else is locked while holding
// them).
#include "audio_filter.hpp"
#include "av_ptr.hpp"
#include "clock.hpp"
#include "frame_store.hpp"
#include "packet_queue.hpp"
#include "spiegel/media/player.hpp"
#include "video_decoder.hpp"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace spiegel::media {

// Frames decoded ahead of the clock while playing: smooths decoding bursts
// from frame threading (~0.2 s at 30 fps) while keeping memory small.
inline constexpr int kFramesAhead = 6;
// While paused the decoder runs further ahead, then goes idle: forward steps
// are answered from decoded frames. Frame threading delivers an H.264 GOP in
// bursts (each P-frame takes one core 15–20 ms at 1080p and the B-frames
// around it wait for it), so a step that finds no frame decoded waits for
// such a burst. Half a second at 30 fps covers a person tapping the step key
// after a look; about 50 MB at 1080p. Limited to a quarter of what the
// FrameStore holds of this picture size (never below kFramesAhead), so the
// GOP kept behind for stepping back still fits.
inline constexpr int kPausedAhead = 16;
// Stepping back: when fewer than this many adjacent frames are held before
// the one on screen, the frames before them (the GOP before, usually) are
// decoded in the background. Half a second of head start at 30 steps a
// second (key repeat); a 2 s 1080p GOP takes about 0.35–0.6 s on 2 cores.
// Limited to a quarter of what the FrameStore holds of this picture size, so
// a fill can never be trimmed away before it is used (large pictures).
inline constexpr int kFillBelow = 16;
// A paused player left alone this long on a frame a seek landed on starts
// that fill too: a reviewer who stops to look may step back next, and one
// stepping on at key-repeat speed (30–40 ms a step) never waits this long.
inline constexpr auto kSettle = std::chrono::milliseconds(250);
static_assert(FrameStore::kKeepAhead > static_cast<std::size_t>(kPausedAhead) && kPausedAhead >= kFramesAhead,
              "trimming must keep what the decoder made ahead");
// Audio decoded ahead of the device: 0.2 s is heard within that time after a
// speed or volume change, and is far more than one device buffer.
inline constexpr double kRingSeconds = 0.2;
// A seek or step whose frame has not come is given up when no frame at all
// has been decoded for this long (damaged file): playback goes on with
// whatever is on screen. Counted from the last frame, not from the request,
// so a slow but working decoder (a loaded machine) is never cut short.
inline constexpr auto kSeekGiveUp = std::chrono::seconds(3);
// The demuxer stops reading ahead at this many bytes of queued packets or
// when both queues hold this many packets (ffplay's MAX_QUEUE_SIZE /
// MIN_FRAMES): enough for a 1080p GOP, bounded memory on any file.
inline constexpr std::size_t kQueueBytes = 16u << 20;
inline constexpr std::size_t kQueueEnough = 32;

struct SeekRequest {
  std::uint64_t id = 0;
  Micros target = 0;
  SeekMode mode = SeekMode::Exact;
  bool skipNonRef = true;
  Micros backoff = 0;
  int audioStream = -1;
};

struct AudioChunk {
  std::uint64_t serial = 0;
  Micros start = 0;           // timeline µs of the first sample
  double speed = 1.0;         // media seconds per output second
  std::vector<float> samples; // interleaved stereo
  std::size_t offset = 0;     // frames already played
  [[nodiscard]] std::size_t frames() const { return samples.size() / AudioFilter::kChannels; }
};

struct Player::Impl {
  Impl(const std::string &path, PlayerOptions options);
  ~Impl();

  // ---- immutable after construction ----
  std::string path;
  MediaInfo info;
  Micros startOffset = 0;
  Micros duration = 0;
  // The real end (MediaInfo::playable): == duration for a whole file. The
  // demuxer queues nothing decoded at or after it, the clock never passes it.
  Micros playable = 0;
  int videoIndex = -1;
  bool audioDevice = false;
  std::string audioDeviceReason;
  int deviceRate = 48000;
  std::function<void()> wake;

  // ---- owned by one thread ----
  av::FormatPtr fmt;                   // demux thread (constructor before start)
  std::unique_ptr<VideoDecoder> video; // video thread
  std::unique_ptr<AudioSink> sink;     // UI thread (open/pause/close); device thread calls pull

  // ---- shared, internally synchronised ----
  std::atomic<bool> stopFlag{false}; // read by FFmpeg's interrupt callback
  FrameStore store;
  Clock clock;
  PacketQueue videoQueue{[this] { kickDemux(); }};
  PacketQueue audioQueue{[this] { kickDemux(); }};
  std::atomic<std::uint64_t> serial{0};        // run being served; demux thread writes
  std::atomic<std::uint64_t> latestRequest{0}; // newest seek request id; ctl holders write
  std::atomic<double> speedNow{1.0};
  std::atomic<float> gain{1.0f};                // volume, 0 when muted
  // The first sound after a seek starts here or at the clock, whichever is
  // later (the clock runs on the wall while no sound has come); kNoPts once
  // sound plays.
  std::atomic<Micros> audioStartAt{av::kNoPts};
  std::atomic<bool> playingNow{false};
  std::atomic<bool> awaitingNow{false};

  // ---- demuxer inbox: guarded by demuxMutex ----
  std::mutex demuxMutex;
  std::condition_variable_any demuxCv;
  std::optional<SeekRequest> pendingSeek;
  std::uint64_t serialCounter = 0; // demux thread only
  RunPtr currentRun;               // demux thread only

  // ---- PCM ring: guarded by ringMutex ----
  std::mutex ringMutex;
  std::condition_variable_any ringCv;
  std::deque<AudioChunk> ring;
  std::size_t ringFrames = 0;

  // ---- video thread throttle ----
  std::mutex videoWaitMutex;
  std::condition_variable_any videoCv;
  std::uint64_t videoKicks = 0; // guarded by videoWaitMutex: kickVideo counts up, the waiting video thread looks again

  // ---- frame arrivals (waitForFrame sleeps on them) ----
  std::mutex frameMutex;
  std::condition_variable_any frameCv;
  std::uint64_t frameEvents = 0; // guarded by frameMutex: the video thread counts up after each frame

  // ---- timer thread ----
  std::mutex timerMutex;
  std::condition_variable_any timerCv;
  bool timerKick = false; // guarded by timerMutex

  // ---- control block: guarded by ctl ----
  mutable std::mutex ctl;
  std::uint64_t requestCounter = 0;
  bool playing = false;
  bool atEnd = false;
  bool seekPastPlayable = false; // the newest seek asked for a time after `playable`
  double speed = 1.0;
  float volume = 1.0f;
  bool muted = false;
  std::optional<Micros> loopA, loopB;
  int audioWanted = -1;
  FramePtr shown;
  bool awaiting = false; // a seek's frame is not on screen yet
  std::uint64_t awaitRequest = 0;
  Micros awaitTarget = 0;
  SeekMode awaitMode = SeekMode::Exact;
  bool awaitSnap = false; // put the clock on the found frame (steps)
  std::chrono::steady_clock::time_point awaitSince{};
  bool stepPending = false;           // step forward waiting for the next frame
  bool backPending = false;           // step back waiting for a fill to deliver the frame before
  std::chrono::steady_clock::time_point stepSince{}; // the pending step was asked, or the last frame came
  std::uint64_t framesSeen = 0; // frameEvents when a give-up clock last moved on
  // What the pipeline's current request still delivers, so a step waits for
  // it instead of starting another decode: every frame from the one on
  // screen at coverFrom onwards, each known to follow the one before.
  std::uint64_t coverRequest = 0;
  Micros coverFrom = 0;
  std::uint64_t endedRequest = 0; // video thread: this request's run reached the end of the file
  bool steppingBack = false;      // the last move was a step back: keep filling behind when idle
  std::optional<std::chrono::steady_clock::time_point> settleAt; // a paused seek landed: see kSettle
  bool settled = false;           // paused and untouched since settleAt: fill behind when idle
  bool movedSinceSeek = false;    // steps or fills moved away from where the run's audio starts
  std::optional<Micros> lastFillTarget; // never the same fill twice in a row (it gave what it could)
  std::uint64_t stepsWaited = 0; // UI thread: forward steps whose frame was not decoded when asked (PlayerState)
  std::uint64_t keyResultRequest = 0; // video thread: first frame of a keyframe seek
  Micros keyResultPts = 0;
  std::uint64_t emptyRunRequest = 0; // video thread: a run ended without any frame
  // The first picture of the file, once a run from the start has decoded it;
  // pictureStarts > 0 when the packets before it cannot be decoded (the file
  // starts inside a group of pictures): nothing true can be shown before it.
  std::optional<Micros> firstPicture;
  Micros pictureStarts = 0;
  bool readFailed = false;
  std::string lastError;

  // ---- threads: declared last, so they are stopped before the rest dies ----
  std::jthread demuxThread, videoThread, audioThread, timerThread;

  // Runs a thread body; anything it throws ends up in lastError, never
  // across the thread boundary.
  void guarded(const char *what, const std::function<void()> &body);
  // player.cpp (ctl must be held for the *Locked functions)
  void seekLocked(Micros target, SeekMode mode, bool snap, bool skipNonRef);
  // Asks the pipeline for a request (seek or fill); returns its id.
  std::uint64_t requestLocked(Micros target, SeekMode mode, bool skipNonRef);
  // Stepping back: decodes the frames before the held run of adjacent
  // frames in the background when it is short (kFillBelow).
  void maybeFillLocked();
  // Will the current request still deliver the frame after / before the
  // one at `pts`, adjacent to it?
  [[nodiscard]] bool coversAfterLocked(Micros pts) const;
  [[nodiscard]] bool coversBeforeLocked(Micros pts) const;
  void resolveStepLocked();
  // Has nothing been decoded for kSeekGiveUp? Moves `since` on to now when
  // a frame came since the last look.
  [[nodiscard]] bool stalledLocked(std::chrono::steady_clock::time_point &since);
  // Video thread, no lock held: the decoder has nothing to do (paused with
  // enough frames ahead, or the run ended).
  void decoderIdle();
  void resolveLocked();
  void tickLocked();
  void pauseLocked();
  void kickTimer();
  void kickVideo();
  void kickDemux();
  void frameArrived(); // video thread: a frame went into the store (or the run ended)
  // Video thread: a run from the start decoded its first frame at `pts`
  // after packets from `firstSent` on (kNoPts: none seen) were sent.
  void noteFirstPicture(Micros pts, Micros firstSent);
  void notifyWake() const;
  void timerLoop(std::stop_token stop);
  // player_demux.cpp
  void demuxLoop(std::stop_token stop);
  void serveSeek(const SeekRequest &request);
  bool queuesFull() const;
  // Video thread: seek `run`'s target again from further back, unless a
  // newer request is pending or being served.
  void requestBackoff(const Run &run);
  void reportReadFailure(const std::string &what);
  // At the end of the data: was it a failure (file gone, shrunk, cut off)?
  void noticeEnd(int rc, long long sizeAtOpen, Micros lastDataEnd);
  // player_video.cpp
  class VideoWorker;
  void videoLoop(std::stop_token stop);
  // player_audio.cpp
  class AudioWorker;
  void audioLoop(std::stop_token stop);
  void pull(float *out, int frames);
  // Device thread: copies up to `frames` from the ring, dropping what is
  // stale; gives the time after the last sample copied and its speed.
  std::size_t takeFromRing(float *out, std::size_t frames, Micros &endMedia, double &speed);
  bool pushChunk(AudioChunk chunk, std::stop_token stop);
};

} // namespace spiegel::media
