// Player: construction, teardown and the demux thread.
#include "exact_seek.hpp"
#include "input_file.hpp"
#include "player_impl.hpp"
#include "stream_facts.hpp"

#include <sys/stat.h>

#include <algorithm>

namespace spiegel::media {
namespace {
// Consecutive failed reads on damaged data before the rest of the file is
// treated as unreadable (each failed read skips forward a little).
constexpr int kMaxDamagedReads = 1000;
// An MP4/MOV whose data ends more than this before the end its index
// promises (the playable end: probe already tells an incomplete copy by the
// byte positions in the index, so what is meant here is data that is in the
// file but cannot be read) ends in a read failure.
constexpr Micros kEarlyEndSlack = 1'000'000;

// Does the packet's decode time (its presentation time when it has none) lie
// at or after `end` on the timeline? Decode time, because playableEnd()
// judges samples by it: every picture shown before `end` decodes from
// packets that start before it.
bool startsAtOrAfter(const AVFormatContext &fmt, const AVPacket &pkt, Micros startOffset, Micros end) {
  const std::int64_t ts = pkt.dts != av::kNoPts ? pkt.dts : pkt.pts;
  if (ts == av::kNoPts)
    return false;
  return av::toMicros(ts, fmt.streams[pkt.stream_index]->time_base) - startOffset >= end;
}
} // namespace

Player::Impl::Impl(const std::string &p, PlayerOptions options) : path(p), wake(std::move(options.wake)) {
  fmt = openInput(path, &stopFlag);
  info = describeInput(*fmt, path);
  startOffset = info.startOffset;
  duration = info.duration;
  playable = info.playable;
  const int vi = av_find_best_stream(fmt.get(), AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
  if (vi >= 0 && (fmt->streams[vi]->disposition & AV_DISPOSITION_ATTACHED_PIC) == 0 &&
      hasDecoder(*fmt->streams[vi])) {
    try {
      video = std::make_unique<VideoDecoder>(path, *fmt, vi, startOffset);
      videoIndex = vi;
    } catch (const MediaError &) {
      video.reset(); // play the audio alone
    }
  }
  int ai = options.audioStream;
  if (ai < 0 || ai >= static_cast<int>(fmt->nb_streams) ||
      fmt->streams[ai]->codecpar->codec_type != AVMEDIA_TYPE_AUDIO)
    ai = av_find_best_stream(fmt.get(), AVMEDIA_TYPE_AUDIO, -1, -1, nullptr, 0);
  if (ai >= 0 && !hasDecoder(*fmt->streams[ai]))
    ai = -1;
  if (videoIndex < 0 && ai < 0)
    throw MediaError(ErrorCode::UnsupportedCodec, path, "no stream can be decoded");
  audioWanted = ai;
  if (ai >= 0) {
    deviceRate =
        fmt->streams[ai]->codecpar->sample_rate > 0 ? fmt->streams[ai]->codecpar->sample_rate : 48000;
    sink = options.audioSink ? std::move(options.audioSink) : makeSdlAudioSink();
    audioDevice =
        sink->open(deviceRate, AudioFilter::kChannels, [this](float *out, int frames) { pull(out, frames); });
    if (!audioDevice) {
      audioDeviceReason = sink->reason();
      sink.reset();
    }
  } else {
    audioDeviceReason = "no audio stream";
  }
  {
    std::lock_guard lock(ctl);
    seekLocked(0, SeekMode::Exact, false, true); // the first frame, and rewinds after describeInput
  }
  demuxThread = std::jthread([this](std::stop_token s) { guarded("demux", [&] { demuxLoop(s); }); });
  if (videoIndex >= 0)
    videoThread = std::jthread([this](std::stop_token s) { guarded("video", [&] { videoLoop(s); }); });
  if (audioDevice)
    audioThread = std::jthread([this](std::stop_token s) { guarded("audio", [&] { audioLoop(s); }); });
  timerThread = std::jthread([this](std::stop_token s) { guarded("timer", [&] { timerLoop(s); }); });
}

Player::Impl::~Impl() {
  stopFlag = true;
  if (sink)
    sink->close(); // no more pull() calls after this
  for (auto *t : {&timerThread, &audioThread, &videoThread, &demuxThread})
    t->request_stop();
  for (auto *t : {&timerThread, &audioThread, &videoThread, &demuxThread})
    if (t->joinable())
      t->join();
}

void Player::Impl::guarded(const char *what, const std::function<void()> &body) {
  try {
    body();
  } catch (const std::exception &e) {
    reportReadFailure(std::string(what) + " thread stopped: " + e.what());
  } catch (...) {
    reportReadFailure(std::string(what) + " thread stopped");
  }
}

bool Player::Impl::queuesFull() const {
  if (videoQueue.bytes() + audioQueue.bytes() > kQueueBytes)
    return true;
  const bool videoEnough = videoIndex < 0 || videoQueue.count() >= kQueueEnough;
  const bool audioEnough = !audioDevice || audioQueue.count() >= kQueueEnough;
  return videoEnough && audioEnough;
}

void Player::Impl::reportReadFailure(const std::string &what) {
  std::lock_guard lock(ctl);
  if (readFailed)
    return;
  readFailed = true;
  lastError = what;
  notifyWake();
}

void Player::Impl::requestBackoff(const Run &run) {
  {
    std::lock_guard lock(demuxMutex);
    // A newer request replaces this one anyway. The serial alone does not
    // tell: the demux thread takes a new request before it stores the new
    // run's serial, and a backoff put here in between would replace it.
    if (pendingSeek || run.serial != serial.load() || run.request != latestRequest.load())
      return;
    SeekRequest again{
        run.request,    run.target, run.mode, false, run.backoff == 0 ? kFirstBackoff : run.backoff * 2,
        run.audioStream};
    pendingSeek = again;
  }
  demuxCv.notify_all();
}

void Player::Impl::serveSeek(const SeekRequest &request) {
  const Micros seekTo = request.target - request.backoff;
  bool atStart = seekTo <= 0;
  int rc = seekToKeyframeBefore(*fmt, seekTo, startOffset);
  if (rc < 0 && !atStart) {
    rc = seekToKeyframeBefore(*fmt, 0, startOffset);
    atStart = true;
  }
  auto run = std::make_shared<Run>();
  run->serial = ++serialCounter;
  run->request = request.id;
  run->target = request.target;
  run->mode = request.mode;
  run->skipNonRef = request.skipNonRef && request.backoff == 0;
  run->atStart = atStart;
  run->gateKeyframes = !atStart && !seeksLandOnKeyframes(*fmt);
  run->backoff = request.backoff;
  run->audioStream = request.audioStream;
  videoQueue.clear();
  audioQueue.clear();
  // A backoff for a seek that was already answered from decoded frames
  // (playback goes on): its sound must start at the clock, not at the target.
  if (request.backoff > 0 && !awaitingNow.load())
    audioStartAt.store(clock.now());
  serial.store(run->serial);
  currentRun = run;
  kickVideo();
  { std::lock_guard lock(ringMutex); }
  ringCv.notify_all();
}

void Player::Impl::noticeEnd(int rc, long long sizeAtOpen, Micros lastDataEnd) {
  struct stat st {};
  if (rc != av::errorEof() && fmt->pb != nullptr && fmt->pb->error < 0)
    reportReadFailure("reading failed: " + av::errorText(rc));
  else if (::stat(path.c_str(), &st) != 0)
    reportReadFailure("the file was removed or moved while playing");
  else if (sizeAtOpen >= 0 && st.st_size < sizeAtOpen)
    reportReadFailure("the file became shorter while playing");
  else if (indexListsEverySample(*fmt) && playable > 0 &&
           (lastDataEnd == av::kNoPts || lastDataEnd + kEarlyEndSlack < playable))
    reportReadFailure("the data ends before the end the file's index gives");
}

void Player::Impl::demuxLoop(std::stop_token stop) {
  auto pkt = av::makePacket();
  bool eof = false;
  int damagedReads = 0;
  Micros lastDataEnd = av::kNoPts; // timeline end of the last packet read since the seek
  struct stat st0 {};
  const bool haveSize = ::stat(path.c_str(), &st0) == 0;
  const bool incomplete = playable < duration;
  while (!stop.stop_requested()) {
    std::optional<SeekRequest> request;
    {
      std::unique_lock lock(demuxMutex);
      demuxCv.wait(lock, stop, [&] { return pendingSeek.has_value() || (!eof && !queuesFull()); });
      if (stop.stop_requested())
        break;
      request.swap(pendingSeek);
    }
    if (request) {
      serveSeek(*request);
      eof = false;
      lastDataEnd = av::kNoPts;
      continue;
    }
    const int rc = av_read_frame(fmt.get(), pkt.get());
    if (rc == av::errorAgain())
      continue;
    // An incomplete copy: every sample before the playable end is read before
    // the first failing read (the missing ones lie after them in the file),
    // so that failure is its end, not damage.
    if (rc < 0 && rc != av::errorEof() && !stopFlag && !incomplete &&
        (fmt->pb == nullptr || (fmt->pb->error == 0 && avio_feof(fmt->pb) == 0)) &&
        ++damagedReads < kMaxDamagedReads)
      continue; // damaged data in the middle: the demuxer resynchronises on the next read
    if (rc < 0) {
      if (stopFlag)
        break;
      noticeEnd(rc, haveSize ? st0.st_size : -1, lastDataEnd);
      eof = true;
      if (videoIndex >= 0)
        videoQueue.push({nullptr, currentRun});
      if (audioDevice)
        audioQueue.push({nullptr, currentRun});
      continue;
    }
    damagedReads = 0;
    if (pkt->pts != av::kNoPts) {
      const AVRational tb = fmt->streams[pkt->stream_index]->time_base;
      lastDataEnd = std::max(
          lastDataEnd, av::toMicros(pkt->pts + std::max<std::int64_t>(0, pkt->duration), tb) - startOffset);
    }
    if (incomplete && startsAtOrAfter(*fmt, *pkt, startOffset, playable)) {
      av_packet_unref(pkt.get()); // after the real end: the sample cut in two by it is among these
      continue;
    }
    av::PacketPtr owned = av::makePacket();
    av_packet_move_ref(owned.get(), pkt.get());
    if (owned->stream_index == videoIndex)
      videoQueue.push({std::move(owned), currentRun});
    else if (audioDevice && owned->stream_index == currentRun->audioStream)
      audioQueue.push({std::move(owned), currentRun});
  }
}

} // namespace spiegel::media
