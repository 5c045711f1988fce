// Player: the public API, the control block (seek requests, what is on
// screen, steps) and the timer thread. Threads are described in
// player_impl.hpp.
#include "player_impl.hpp"

#include <algorithm>

namespace spiegel::media {

namespace {
// The timer never sleeps longer than this while playing, so loop ends and
// the end of the file are noticed within a frame or two.
constexpr auto kTimerMaxSleep = std::chrono::milliseconds(40);
constexpr Micros kTimerMinSleepUs = 1'000;
} // namespace

// ---------------------------------------------------------------- wake-ups

void Player::Impl::kickTimer() {
  {
    std::lock_guard lock(timerMutex);
    timerKick = true;
  }
  timerCv.notify_all();
}

void Player::Impl::kickVideo() {
  {
    std::lock_guard lock(videoWaitMutex); // no lost wake-up between predicate and wait
    ++videoKicks;
  }
  videoCv.notify_all();
}

void Player::Impl::kickDemux() {
  { std::lock_guard lock(demuxMutex); }
  demuxCv.notify_all();
}

void Player::Impl::frameArrived() {
  {
    std::lock_guard lock(frameMutex);
    ++frameEvents;
  }
  frameCv.notify_all();
}

void Player::Impl::noteFirstPicture(Micros pts, Micros firstSent) {
  std::lock_guard lock(ctl);
  if (firstPicture)
    return;
  firstPicture = pts;
  const Micros halfFrame = video->nominalFrameDuration() / 2;
  if (firstSent != av::kNoPts && firstSent < pts - halfFrame)
    pictureStarts = pts;
}

void Player::Impl::notifyWake() const {
  if (wake)
    wake();
}

// ---------------------------------------------------------------- control

std::uint64_t Player::Impl::requestLocked(Micros target, SeekMode mode, bool skipNonRef) {
  const std::uint64_t id = ++requestCounter;
  latestRequest.store(id);
  {
    std::lock_guard lock(demuxMutex);
    pendingSeek = SeekRequest{id, target, mode, skipNonRef, 0, audioWanted};
  }
  demuxCv.notify_all();
  // Every run brings each frame from the one on screen at the target on,
  // linked (skipping, if at all, only before it).
  coverRequest = id;
  coverFrom = target;
  return id;
}

bool Player::Impl::coversAfterLocked(Micros pts) const {
  // Also when the current run made the frame at `pts` (the frame on screen
  // at a target between frames, a keyframe seek's keyframe): the next one
  // follows it.
  return coverRequest == latestRequest.load() && endedRequest != coverRequest &&
         (coverFrom <= pts || store.serialAt(pts) == serial.load());
}

bool Player::Impl::coversBeforeLocked(Micros pts) const {
  return coverRequest == latestRequest.load() && endedRequest != coverRequest && coverFrom < pts;
}

void Player::Impl::maybeFillLocked() {
  if (!(steppingBack || settled) || playing || awaiting || stepPending || backPending || !shown || videoIndex < 0)
    return;
  const int limit = std::min(kFillBelow, static_cast<int>(FrameStore::capacityFor(*shown) / 4));
  const auto chain = store.chainBehind(shown->pts, limit);
  if (!chain.held || chain.fileStart || chain.behind >= limit)
    return;
  if (coversBeforeLocked(chain.first))
    return; // the current request (a fill, a step back's seek) brings those frames already
  // Decode from the keyframe at or before kFillBelow frames before the first
  // frame held (so a chain that starts just after a keyframe brings the GOP
  // before in the same run), every frame, in the background: nothing is
  // awaited and the clock stays where it is. The run goes on through the
  // frames held up to the paused read-ahead after the clock, so stepping forward
  // again finds the decoder in place.
  const Micros frame = shown->duration > 0 ? shown->duration : 40'000;
  const Micros target = chain.first - frame * kFillBelow;
  if (lastFillTarget == target)
    return; // the last fill toward there gave all it could (damaged data)
  lastFillTarget = target;
  (void)requestLocked(target, SeekMode::Exact, false);
  movedSinceSeek = true;
  kickVideo();
}

void Player::Impl::decoderIdle() {
  std::lock_guard lock(ctl);
  maybeFillLocked();
}

void Player::Impl::seekLocked(Micros target, SeekMode mode, bool snap, bool skipNonRef) {
  target = std::max<Micros>(0, target);
  // A time in the missing part of an incomplete copy is held at its real
  // end: the last frame that is in the file, not the first one.
  seekPastPlayable = duration > 0 && playable < duration && target > playable;
  if (duration > 0)
    target = std::min(target, playable);
  const std::uint64_t id = requestLocked(target, mode, skipNonRef);
  awaiting = true;
  awaitingNow = true;
  awaitRequest = id;
  awaitTarget = target;
  awaitMode = mode;
  awaitSnap = snap;
  awaitSince = std::chrono::steady_clock::now();
  stepPending = false;
  backPending = false;
  movedSinceSeek = false;
  atEnd = false;
  clock.hold(target);
  resolveLocked();
  kickVideo();
  kickTimer();
}

void Player::Impl::resolveLocked() {
  if (awaiting) {
    bool done = videoIndex < 0;
    if (!done && awaitMode == SeekMode::Keyframe) {
      if (keyResultRequest == awaitRequest) {
        const auto found = store.frameAt(keyResultPts);
        if (found.frame) {
          shown = found.frame;
          clock.hold(found.frame->pts);
        }
        done = true;
      }
    } else if (!done) {
      const auto found = store.frameAt(awaitTarget);
      if (found.frame && found.exact) {
        shown = found.frame;
        if (awaitSnap)
          clock.hold(found.frame->pts);
        done = true;
      }
    }
    if (!done && emptyRunRequest == awaitRequest)
      done = true;
    if (!done && stalledLocked(awaitSince))
      done = true;
    if (!done)
      return;
    awaiting = false;
    awaitingNow = false;
    audioStartAt.store(clock.now());
    clock.release();
    kickVideo();
    if (!playing)
      settleAt = std::chrono::steady_clock::now() + kSettle;
  }
  if (stepPending || backPending) {
    resolveStepLocked();
    return;
  }
  if (videoIndex < 0)
    return;
  const auto found = store.frameAt(clock.now());
  if (found.frame && found.frame != shown && (found.exact || found.serial == serial.load()))
    shown = found.frame;
}

bool Player::Impl::stalledLocked(std::chrono::steady_clock::time_point &since) {
  std::uint64_t events = 0;
  {
    std::lock_guard lock(frameMutex);
    events = frameEvents;
  }
  const auto now = std::chrono::steady_clock::now();
  if (events != framesSeen) {
    framesSeen = events;
    since = now;
  }
  return now - since > kSeekGiveUp;
}

void Player::Impl::resolveStepLocked() {
  const bool gaveUp = stalledLocked(stepSince);
  if (!shown) {
    stepPending = backPending = false;
    return;
  }
  if (stepPending) {
    auto next = store.nextOf(shown->pts);
    if (next && next->pts > playable) {
      stepPending = false; // the real end of an incomplete copy: stays, as at the last frame of a file
      return;
    }
    if (next) {
      shown = next;
      clock.set(next->pts);
      stepPending = false;
      movedSinceSeek = true;
      kickVideo();
    } else if (store.isLast(shown->pts) || gaveUp) {
      stepPending = false;
    }
    return;
  }
  if (auto prev = store.previousOf(shown->pts)) {
    shown = prev;
    clock.set(prev->pts);
    backPending = false;
    movedSinceSeek = true;
    kickVideo();
    maybeFillLocked();
  } else if (!coversBeforeLocked(shown->pts)) {
    backPending = false; // the fill ended short of it: decode it now
    seekLocked(shown->pts - 1, SeekMode::Exact, true, false);
  } else if (gaveUp) {
    backPending = false;
  }
}

void Player::Impl::pauseLocked() {
  playing = false;
  playingNow = false;
  clock.setRunning(false);
  if (sink && audioDevice)
    sink->pause(true);
}

void Player::Impl::tickLocked() {
  if (playing && !awaiting) {
    const Micros pos = clock.now();
    if (loopA && loopB && *loopB > *loopA && pos >= *loopB) {
      seekLocked(*loopA, SeekMode::Exact, false, true);
    } else if (duration > 0 && pos >= playable) { // the real end: the data of an incomplete copy ends there
      pauseLocked();
      clock.set(playable);
      atEnd = true;
      notifyWake();
    }
  }
  if (settleAt && !playing && std::chrono::steady_clock::now() >= *settleAt) {
    settleAt.reset();
    settled = true;
    maybeFillLocked();
  }
  const FramePtr before = shown;
  resolveLocked();
  if (shown != before)
    notifyWake();
}

void Player::Impl::timerLoop(std::stop_token stop) {
  while (!stop.stop_requested()) {
    auto sleep = std::chrono::microseconds(kTimerMaxSleep);
    bool indefinite = false;
    {
      std::lock_guard lock(ctl);
      tickLocked();
      if (!playing && !awaiting && !stepPending && !backPending) {
        if (settleAt) // wake when the landed frame has been looked at long enough
          sleep = std::chrono::duration_cast<std::chrono::microseconds>(
              std::max(std::chrono::steady_clock::duration::zero(), *settleAt - std::chrono::steady_clock::now()));
        else
          indefinite = true;
      } else if (playing && !awaiting) {
        const Micros pos = clock.now();
        if (auto next = store.nextPtsAfter(pos)) {
          const auto us = static_cast<Micros>(static_cast<double>(*next - pos) / std::max(0.01, speed));
          sleep = std::chrono::microseconds(std::clamp<Micros>(us, kTimerMinSleepUs, sleep.count()));
        }
      } else {
        sleep = std::chrono::milliseconds(5); // a seek or step is being served
      }
    }
    std::unique_lock lock(timerMutex);
    if (indefinite)
      timerCv.wait(lock, stop, [&] { return timerKick; });
    else
      timerCv.wait_for(lock, stop, sleep, [&] { return timerKick; });
    timerKick = false;
  }
}

// ---------------------------------------------------------------- public API

Player::Player(const std::string &path, PlayerOptions options)
    : m(std::make_unique<Impl>(path, std::move(options))) {}

Player::~Player() = default;

const MediaInfo &Player::info() const {
  return m->info;
}

PlayerState Player::state() const {
  std::lock_guard lock(m->ctl);
  PlayerState s;
  s.playing = m->playing;
  s.atEnd = m->atEnd;
  s.seeking = m->awaiting;
  s.audioDevice = m->audioDevice;
  s.audioDeviceReason = m->audioDeviceReason;
  s.position = std::max<Micros>(0, m->clock.now());
  if (m->duration > 0)
    s.position = std::min(s.position, m->playable);
  s.duration = m->duration;
  s.playable = m->playable;
  s.incompleteEnd = m->atEnd && m->playable < m->duration;
  s.seekPastPlayable = m->seekPastPlayable && s.position >= m->playable;
  s.speed = m->speed;
  s.volume = m->volume;
  s.muted = m->muted;
  s.loopA = m->loopA;
  s.loopB = m->loopB;
  s.framesReadyAhead = m->shown ? m->store.chainAhead(m->shown->pts, 64) : 0;
  s.stepsWaited = m->stepsWaited;
  s.pictureStarts = m->pictureStarts;
  s.lastError = m->lastError;
  s.readFailed = m->readFailed;
  return s;
}

void Player::play() {
  std::lock_guard lock(m->ctl);
  if (m->playing)
    return;
  m->seekPastPlayable = false;
  if (m->atEnd)
    m->seekLocked(0, SeekMode::Exact, false, true);
  else if (m->movedSinceSeek && !m->awaiting)
    m->seekLocked(m->clock.now(), SeekMode::Exact, false, true); // the sound must start where the steps went
  m->steppingBack = false;
  m->settleAt.reset();
  m->settled = false;
  m->playing = true;
  m->playingNow = true;
  m->clock.setRunning(true);
  if (m->sink && m->audioDevice)
    m->sink->pause(false);
  m->kickTimer();
  m->kickVideo();
}

void Player::pause() {
  std::lock_guard lock(m->ctl);
  m->pauseLocked();
  m->kickTimer();
}

void Player::togglePlay() {
  if (state().playing)
    pause();
  else
    play();
}

void Player::seek(Micros target, SeekMode mode) {
  std::lock_guard lock(m->ctl);
  m->steppingBack = false;
  m->settleAt.reset();
  m->settled = false;
  m->lastFillTarget.reset();
  m->seekLocked(target, mode, false, true);
}

void Player::stepForward() {
  std::lock_guard lock(m->ctl);
  m->pauseLocked();
  m->seekPastPlayable = false; // a step is a move of its own, not the seek's
  m->steppingBack = false;
  m->settleAt.reset();
  m->settled = false;
  m->backPending = false;
  if (!m->awaiting && m->shown && !m->store.nextOf(m->shown->pts) && !m->store.isLast(m->shown->pts) &&
      !m->coversAfterLocked(m->shown->pts)) {
    // The decoder will not bring the frame after the one on screen: decode
    // from it again (every frame), then take the one after it.
    m->seekLocked(m->shown->pts, SeekMode::Exact, true, false);
  }
  m->stepPending = true;
  m->stepSince = std::chrono::steady_clock::now();
  m->resolveLocked();
  if (m->stepPending)
    ++m->stepsWaited;
  m->kickTimer();
  m->notifyWake();
}

void Player::stepBackward() {
  std::lock_guard lock(m->ctl);
  m->pauseLocked();
  m->seekPastPlayable = false;
  if (m->awaiting || m->backPending || !m->shown)
    return; // a seek or step is still being served: its frame is the reference
  m->stepPending = false;
  m->steppingBack = true;
  const FramePtr current = m->shown;
  if (auto prev = m->store.previousOf(current->pts)) {
    m->shown = prev;
    m->clock.set(prev->pts);
    m->atEnd = false;
    m->movedSinceSeek = true;
    m->kickVideo();
    m->maybeFillLocked();
    m->notifyWake();
    return;
  }
  if (m->store.isFirst(current->pts))
    return; // the file's first frame: stays
  m->maybeFillLocked(); // usually starts the fill that brings the frame before
  if (m->coversBeforeLocked(current->pts)) {
    // A fill under way brings it: wait for that instead of starting over.
    m->backPending = true;
    m->atEnd = false;
    m->stepSince = std::chrono::steady_clock::now();
    m->kickTimer();
    return;
  }
  // Not cached and nothing under way brings it: decode the GOP before,
  // every frame (no skipping), so the following steps back are served from
  // the store.
  m->seekLocked(current->pts - 1, SeekMode::Exact, true, false);
}

void Player::setSpeed(double speed) {
  speed = std::clamp(speed, 0.25, 2.0);
  std::lock_guard lock(m->ctl);
  m->speed = speed;
  m->speedNow = speed;
  m->clock.setSpeed(speed);
  m->kickTimer();
}

void Player::setVolume(float volume) {
  std::lock_guard lock(m->ctl);
  m->volume = std::clamp(volume, 0.0f, 1.0f);
  m->gain = m->muted ? 0.0f : m->volume;
}

void Player::setMuted(bool muted) {
  std::lock_guard lock(m->ctl);
  m->muted = muted;
  m->gain = m->muted ? 0.0f : m->volume;
}

void Player::setLoop(std::optional<Micros> a, std::optional<Micros> b) {
  std::lock_guard lock(m->ctl);
  m->loopA = a;
  m->loopB = b;
  m->kickTimer();
}

void Player::selectAudioStream(int containerIndex) {
  std::lock_guard lock(m->ctl);
  const bool valid = std::any_of(m->info.streams.begin(), m->info.streams.end(), [&](const StreamInfo &s) {
    return s.index == containerIndex && s.type == StreamType::Audio;
  });
  if (!valid || containerIndex == m->audioWanted)
    return;
  m->audioWanted = containerIndex;
  m->seekLocked(m->clock.now(), SeekMode::Exact, false, true);
}

FramePtr Player::currentFrame() {
  std::lock_guard lock(m->ctl);
  m->resolveLocked();
  return m->shown;
}

bool Player::waitForFrame(int timeoutMs) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
  while (true) {
    std::uint64_t seen = 0;
    {
      std::lock_guard lock(m->frameMutex);
      seen = m->frameEvents; // read before resolving: no frame slips by unseen
    }
    {
      std::lock_guard lock(m->ctl);
      m->resolveLocked();
      if (!m->awaiting && !m->stepPending && !m->backPending)
        return m->videoIndex < 0 || m->shown != nullptr;
    }
    const auto now = std::chrono::steady_clock::now();
    if (now >= deadline)
      return false;
    // Woken by the next frame; the 5 ms cap catches what is not a frame
    // (give-ups, an empty run).
    std::unique_lock lock(m->frameMutex);
    m->frameCv.wait_until(lock, std::min(deadline, now + std::chrono::milliseconds(5)),
                          [&] { return m->frameEvents != seen; });
  }
}

} // namespace spiegel::media
