// Player: the video decode thread.
#include "exact_seek.hpp"
#include "player_impl.hpp"

namespace spiegel::media {

namespace {

// What the video thread knows about the run it is decoding. Video thread only.
struct VideoRun {
  RunPtr run;
  Micros keepFrom = 0;              // frames before this are dropped (exact seek, skip phase)
  std::optional<Micros> previous;   // pts of the frame emitted just before
  std::optional<Micros> lastEmitted;
  bool first = true;
  bool abandoned = false;           // landed after the target: waiting for the re-seek
  bool finished = false;            // end of file drained
};

} // namespace

void Player::Impl::videoLoop(std::stop_token stop) {
  VideoRun vr;
  auto waitForRoom = [&] {
    // Throttle: keep at most kFramesAhead frames of this run ahead of the clock.
    std::unique_lock lock(videoWaitMutex);
    while (!stop.stop_requested()) {
      const std::uint64_t cur = vr.run ? vr.run->serial : 0;
      if (serial.load() != cur || store.countAhead(cur, clock.now(), kFramesAhead) < kFramesAhead)
        return;
      // While playing the clock moves on its own: look again soon.
      const auto slice = playingNow ? std::chrono::milliseconds(10) : std::chrono::milliseconds(500);
      videoCv.wait_for(lock, stop, slice, [] { return false; });
    }
  };
  auto emit = [&](const std::shared_ptr<VideoFrame> &f) {
    if (!f || vr.abandoned)
      return;
    const Run &run = *vr.run;
    const bool firstOfRun = vr.first;
    vr.first = false;
    if (firstOfRun && run.mode == SeekMode::Exact && f->pts > run.target && !run.atStart) {
      vr.abandoned = true; // the demuxer landed after the target: seek further back
      requestBackoff(run);
      return;
    }
    if (f->pts < vr.keepFrom) {
      vr.previous.reset(); // a skipped frame may lie between this and the next
      return;
    }
    store.insert(f, run.serial, vr.previous, run.atStart && firstOfRun);
    vr.previous = f->pts;
    vr.lastEmitted = f->pts;
    store.trim(clock.now());
    if (firstOfRun && run.mode == SeekMode::Keyframe) {
      std::lock_guard lock(ctl);
      keyResultRequest = run.request;
      keyResultPts = f->pts;
    }
    if (awaitingNow)
      notifyWake();
  };
  auto drainAll = [&] {
    while (auto f = video->receive())
      emit(f);
  };

  while (!stop.stop_requested()) {
    waitForRoom();
    auto item = videoQueue.pop(stop);
    if (!item)
      break;
    if (!vr.run || item->run->serial != vr.run->serial) {
      video->flush();
      vr = VideoRun{};
      vr.run = item->run;
      vr.keepFrom = vr.run->mode == SeekMode::Exact && vr.run->skipNonRef
                        ? vr.run->target - skipMargin(video->nominalFrameDuration())
                        : std::numeric_limits<Micros>::min();
    }
    if (vr.abandoned || vr.finished)
      continue;
    if (!item->packet) { // end of file: drain the decoder
      if (video->send(nullptr) >= 0)
        drainAll();
      vr.finished = true;
      if (vr.lastEmitted) {
        store.markLast(*vr.lastEmitted);
      } else {
        std::lock_guard lock(ctl);
        emptyRunRequest = vr.run->request;
      }
      notifyWake();
      continue;
    }
    const AVPacket &pkt = *item->packet;
    if (vr.run->skipNonRef) {
      const Micros pts = pkt.pts == av::kNoPts ? av::kNoPts : av::toMicros(pkt.pts, video->timeBase()) - startOffset;
      video->setSkipNonRef(pts != av::kNoPts && pts < vr.keepFrom);
    } else {
      video->setSkipNonRef(false);
    }
    if (video->send(&pkt) < 0)
      continue; // a broken packet: the decoder conceals, we go on
    drainAll();
  }
}

} // namespace spiegel::media
