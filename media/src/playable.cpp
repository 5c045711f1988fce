// How much of a recording is really in the file (MediaInfo::playable).
#include "stream_facts.hpp"

#include <algorithm>
#include <string_view>

namespace spiegel::media {
namespace {

bool isAudioOrVideo(const AVStream &st) {
  const auto type = st.codecpar->codec_type;
  if (type == AVMEDIA_TYPE_VIDEO)
    return (st.disposition & AV_DISPOSITION_ATTACHED_PIC) == 0;
  return type == AVMEDIA_TYPE_AUDIO;
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
Micros playableEnd(const AVFormatContext &fmt, Micros duration, Micros startOffset) {
  if (duration <= 0 || fmt.pb == nullptr || !indexListsEverySample(fmt))
    return duration;
  const std::int64_t fileSize = avio_size(fmt.pb);
  if (fileSize <= 0)
    return duration; // not a plain file (a pipe): cannot know
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
