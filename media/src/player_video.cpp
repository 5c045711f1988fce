// Player: the video decode thread.
#include "exact_seek.hpp"
#include "player_impl.hpp"

#include <algorithm>
#include <limits>

namespace spiegel::media {

// The video thread's state and steps. Video thread only.
class Player::Impl::VideoWorker {
public:
  VideoWorker(Impl &p, std::stop_token stop) : m_p(p), m_stop(std::move(stop)) {}

  void run() {
    while (!m_stop.stop_requested()) {
      waitForRoom();
      auto item = m_p.videoQueue.pop(m_stop);
      if (!item)
        break;
      if (!m_run || item->run->serial != m_run->serial)
        startRun(item->run);
      if (m_abandoned || m_finished)
        continue;
      if (item->packet)
        decode(*item->packet);
      else
        finish();
    }
  }

private:
  // Throttle: at most kFramesAhead frames of this run ahead of the clock
  // while playing, aheadWhilePaused() while paused. Paused with enough
  // frames ahead, it first tells the Player it is idle (which may start a
  // fill behind the playhead), then sleeps until kicked: no CPU.
  void waitForRoom() {
    bool toldIdle = false;
    std::unique_lock lock(m_p.videoWaitMutex);
    while (!m_stop.stop_requested()) {
      const std::uint64_t cur = m_run ? m_run->serial : 0;
      const int ahead = m_p.playingNow ? kFramesAhead : aheadWhilePaused();
      if (m_p.serial.load() != cur || m_p.store.countAhead(cur, m_p.clock.now(), ahead) < ahead)
        return;
      if (!toldIdle && !m_p.playingNow) {
        toldIdle = true;
        lock.unlock(); // lock order: ctl before videoWaitMutex
        m_p.decoderIdle();
        lock.lock();
        continue; // look again: the idle call may have asked for a new run
      }
      // Wait for a kick (step, seek, frame taken) and look again. While
      // playing the clock moves on its own: look again soon anyway. (The
      // predicate must see the kick: a wait that ignores notifications only
      // looked again every 500 ms while paused, which stalled frame steps.)
      const auto slice = m_p.playingNow ? std::chrono::milliseconds(10) : std::chrono::milliseconds(500);
      const std::uint64_t seen = m_p.videoKicks;
      m_p.videoCv.wait_for(lock, m_stop, slice, [&] { return m_p.videoKicks != seen; });
    }
  }

  // kPausedAhead, or less for pictures so large that it would take more
  // than a quarter of the FrameStore's ceiling.
  [[nodiscard]] int aheadWhilePaused() const {
    const auto quarter = static_cast<int>(m_capacity / 4);
    return std::max(kFramesAhead, std::min(kPausedAhead, quarter));
  }

  void startRun(const RunPtr &run) {
    m_p.video->flush();
    m_run = run;
    m_keepFrom = run->mode == SeekMode::Exact && run->skipNonRef
                     ? run->target - skipMargin(m_p.video->nominalFrameDuration())
                     : std::numeric_limits<Micros>::min();
    m_previous.reset();
    m_lastEmitted.reset();
    m_firstSent = av::kNoPts;
    m_gate = KeyframeGate(run->gateKeyframes);
    m_first = true;
    m_abandoned = false;
    m_finished = false;
  }

  void decode(const AVPacket &pkt) {
    const Micros pts =
        pkt.pts == av::kNoPts ? av::kNoPts : av::toMicros(pkt.pts, m_p.video->timeBase()) - m_p.startOffset;
    switch (m_gate.onVideoPacket(pkt, pts, m_run->target)) {
    case KeyframeGate::Verdict::Skip:
      return;
    case KeyframeGate::Verdict::TooLate:
      m_abandoned = true; // the demuxer landed after the keyframe before the target: seek further back
      m_p.requestBackoff(*m_run);
      return;
    case KeyframeGate::Verdict::Decode:
      break;
    }
    const bool skip = m_run->skipNonRef && pts != av::kNoPts && pts < m_keepFrom;
    m_p.video->setSkipNonRef(skip);
    if (m_first && !skip && pts != av::kNoPts && (m_firstSent == av::kNoPts || pts < m_firstSent))
      m_firstSent = pts;
    if (m_p.video->send(&pkt) < 0)
      return; // a broken packet: the decoder conceals, we go on
    drain();
  }

  // End of file: drain the decoder and mark the last frame.
  void finish() {
    if (m_p.video->send(nullptr) >= 0)
      drain();
    if (m_abandoned)
      return;
    if (!m_lastEmitted && m_first && !m_run->atStart) {
      // Not one frame between where the demuxer landed and the end: it
      // landed after the last keyframe (MPEG-TS lands by time, not on a
      // keyframe). Seek further back.
      m_abandoned = true;
      m_p.requestBackoff(*m_run);
      return;
    }
    m_finished = true;
    if (m_lastEmitted)
      m_p.store.markLast(*m_lastEmitted);
    {
      std::lock_guard lock(m_p.ctl);
      m_p.endedRequest = m_run->request;
      if (!m_lastEmitted)
        m_p.emptyRunRequest = m_run->request;
    }
    m_p.frameArrived();
    m_p.notifyWake();
  }

  void drain() {
    while (auto f = m_p.video->receive())
      emit(f);
  }

  void emit(const std::shared_ptr<VideoFrame> &f) {
    if (m_abandoned)
      return;
    const Run &run = *m_run;
    const bool firstOfRun = m_first;
    m_first = false;
    if (firstOfRun && f->pts > run.target && !run.atStart) {
      m_abandoned = true; // the demuxer landed after the target: seek further back
      m_p.requestBackoff(run);
      return;
    }
    if (firstOfRun && run.atStart)
      m_p.noteFirstPicture(f->pts, m_firstSent);
    if (f->pts < m_keepFrom) {
      m_previous.reset(); // a skipped frame may lie between this and the next
      return;
    }
    if (m_capacity == 0 || firstOfRun)
      m_capacity = FrameStore::capacityFor(*f);
    m_p.store.insert(f, run.serial, m_previous, run.atStart && firstOfRun);
    m_previous = f->pts;
    m_lastEmitted = f->pts;
    m_p.store.trim(m_p.clock.now());
    if (firstOfRun && run.mode == SeekMode::Keyframe) {
      std::lock_guard lock(m_p.ctl);
      m_p.keyResultRequest = run.request;
      m_p.keyResultPts = f->pts;
    }
    m_p.frameArrived();
    if (m_p.awaitingNow)
      m_p.notifyWake();
  }

  Impl &m_p;
  std::stop_token m_stop;
  RunPtr m_run;
  Micros m_keepFrom = 0;            // frames before this are dropped (exact seek, skip phase)
  std::optional<Micros> m_previous; // pts of the frame emitted just before
  std::optional<Micros> m_lastEmitted;
  std::size_t m_capacity = 0; // FrameStore::capacityFor the run's pictures (0 before the first)
  KeyframeGate m_gate{false};
  Micros m_firstSent = av::kNoPts; // lowest pts of the packets decoded before the run's first frame
  bool m_first = true;
  bool m_abandoned = false; // landed after the target: waiting for the re-seek
  bool m_finished = false;  // end of file drained
};

void Player::Impl::videoLoop(std::stop_token stop) {
  VideoWorker(*this, std::move(stop)).run();
}

} // namespace spiegel::media
