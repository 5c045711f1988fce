// How much of a recording is really in the file (MediaInfo::playable).
#include "stream_facts.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <string_view>

namespace spiegel::media {
namespace {

bool isAudioOrVideo(const AVStream &st) {
  const auto type = st.codecpar->codec_type;
  if (type == AVMEDIA_TYPE_VIDEO)
    return (st.disposition & AV_DISPOSITION_ATTACHED_PIC) == 0;
  return type == AVMEDIA_TYPE_AUDIO;
}

// Matroska/WebM take their duration from a header written at the start;
// their clusters carry real timestamps, and a byte seek resyncs at the
// next cluster. AVI's timestamps are frame counts that a byte seek loses,
// and MPEG-TS/PS durations already come from the last timestamps.
bool durationFromHeaderWithTimedClusters(const AVFormatContext &fmt) {
  return std::string_view(fmt.iformat->name).find("matroska") != std::string_view::npos;
}

constexpr std::int64_t kFirstTail = 4 << 20;  // bytes read from the end first
constexpr std::int64_t kLargestTail = 64 << 20; // a cluster larger than this: cannot tell

// A whole file's last packets end within this of its header's duration
// (the packets' own durations are approximate).
constexpr Micros kTailSlack = 250'000;

struct TailEnds {
  Micros earliest = 0; // both picture and sound are there up to it
  Micros latest = 0;   // the data ends here
};

// The end of the data at the tail of `fmt`'s file, read by a second demuxer
// (`fmt` keeps its read position): the end of each audio/video stream's
// last packet, the earliest and the latest across streams; nullopt when the
// tail holds no timed packet within kLargestTail.
std::optional<TailEnds> dataEndAtTail(const AVFormatContext &fmt, std::int64_t fileSize, Micros startOffset) {
  for (std::int64_t tail = kFirstTail;; tail *= 4) {
    AVFormatContext *raw = avformat_alloc_context();
    if (raw == nullptr || avformat_open_input(&raw, fmt.url, fmt.iformat, nullptr) < 0)
      return std::nullopt; // raw is freed by FFmpeg on failure
    av::FormatPtr other(raw);
    if (tail < fileSize && av_seek_frame(other.get(), -1, fileSize - tail, AVSEEK_FLAG_BYTE) < 0)
      return std::nullopt;
    av::PacketPtr pkt(av_packet_alloc());
    std::map<int, Micros> ends;
    while (av_read_frame(other.get(), pkt.get()) >= 0) {
      const AVStream *st = other->streams[pkt->stream_index];
      if (isAudioOrVideo(*st) && pkt->pts != av::kNoPts) {
        const Micros end = av::toMicros(pkt->pts + std::max<std::int64_t>(0, pkt->duration), st->time_base);
        ends[pkt->stream_index] = std::max(ends[pkt->stream_index], end - startOffset);
      }
      av_packet_unref(pkt.get());
    }
    if (!ends.empty()) {
      TailEnds out{ends.begin()->second, ends.begin()->second};
      for (const auto &[stream, end] : ends) {
        out.earliest = std::min(out.earliest, end);
        out.latest = std::max(out.latest, end);
      }
      return out;
    }
    if (tail >= fileSize || tail >= kLargestTail)
      return std::nullopt;
  }
}

} // namespace

// MP4/MOV list every sample in their index (moov) with its byte position and
// size, read when the file is opened; other demuxers build their index while
// reading, so it only ever holds what is there.
bool indexListsEverySample(const AVFormatContext &fmt) {
  return std::string_view(fmt.iformat->name).find("mov") != std::string_view::npos;
}

// The rule: per audio/video stream, the first sample in the index (decode
// order) whose bytes do not lie wholly inside the file ends that stream;
// every sample before it is there. Its decode time is taken as the end:
// for sound that is exactly the end of the last sample present; for
// pictures with reordered (B-) frames a picture is shown at or after its
// decode time, so every picture shown before it is there: the end errs
// early by at most the reorder delay (2–3 frames), never late. Across the
// streams the earliest end counts, so that both picture and sound are there
// up to it (a cut file's streams end at different times: data is
// interleaved in chunks of up to a second).
// Cost: one pass over the index (a few thousand entries a minute), no reads.
// Matroska/WebM: the end of the packets in the file's last 4 MiB (more
// only when no cluster starts there), read by a second demuxer: a few ms.
Micros playableEnd(const AVFormatContext &fmt, Micros duration, Micros startOffset) {
  if (duration <= 0 || fmt.pb == nullptr)
    return duration;
  const std::int64_t fileSize = avio_size(fmt.pb);
  if (fileSize <= 0)
    return duration; // not a plain file (a pipe): cannot know
  if (durationFromHeaderWithTimedClusters(fmt) && fmt.url != nullptr) {
    // Data that ends well before the header's duration: a cut copy,
    // playable while every stream is there. Streams of a whole file may
    // end apart (sound a little shorter): the latest end decides.
    const auto ends = dataEndAtTail(fmt, fileSize, startOffset);
    return ends && ends->latest + kTailSlack < duration ? std::max<Micros>(0, ends->earliest) : duration;
  }
  if (!indexListsEverySample(fmt))
    return duration;
  Micros end = duration;
  for (unsigned s = 0; s < fmt.nb_streams; ++s) {
    AVStream *st = fmt.streams[s];
    if (!isAudioOrVideo(*st))
      continue;
    const int n = avformat_index_get_entries_count(st);
    if (n <= 0)
      continue;
    // Whole files: the last sample is there, and samples lie in the file in
    // decode order, so one look settles it.
    const AVIndexEntry *last = avformat_index_get_entry(st, n - 1);
    if (last != nullptr && last->pos + last->size <= fileSize)
      continue;
    for (int i = 0; i < n; ++i) {
      const AVIndexEntry *e = avformat_index_get_entry(st, i);
      if (e == nullptr || e->pos + e->size <= fileSize)
        continue;
      const Micros t = av::toMicros(e->timestamp, st->time_base) - startOffset;
      end = std::min(end, std::max<Micros>(0, t));
      break;
    }
  }
  return end;
}

} // namespace spiegel::media
