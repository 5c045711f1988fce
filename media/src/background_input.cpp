#include "background_av.hpp"
#include "input_file.hpp"
#include "spiegel/media/error.hpp"
#include "stream_facts.hpp"

namespace spiegel::media::bg {
namespace {
// FFmpeg's interrupt callback: non-zero aborts a blocking read.
int stopRequested(void *opaque) { return static_cast<const std::stop_token *>(opaque)->stop_requested() ? 1 : 0; }
} // namespace

DecoderInput openDecoderInput(const std::string &path, AVMediaType type, const std::stop_token &stop) {
  DecoderInput in;
  // The one classification of bad files.
  in.fmt = openInput(path, AVIOInterruptCB{stopRequested, const_cast<std::stop_token *>(&stop)});
  AVFormatContext *fmt = in.fmt.get();
  const int idx = av_find_best_stream(fmt, type, -1, -1, nullptr, 0);
  if (idx < 0)
    throw MediaError(ErrorCode::NoStreams, path, type == AVMEDIA_TYPE_AUDIO ? "no audio stream" : "no video stream");
  for (unsigned i = 0; i < fmt->nb_streams; ++i)
    fmt->streams[i]->discard = static_cast<int>(i) == idx ? AVDISCARD_DEFAULT : AVDISCARD_ALL;
  in.stream = fmt->streams[idx];
  in.dec = openDecoder(path, *in.stream, 1); // one core at most: playback keeps the rest
  in.startTime = startOffsetOf(*fmt);
  in.duration = fmt->duration == av::kNoPts ? 0 : fmt->duration;
  in.playable = playableEnd(*fmt, in.duration, in.startTime);
  if (type == AVMEDIA_TYPE_VIDEO)
    in.rotation = rotationOf(*in.stream);
  return in;
}

std::int64_t toTimeline(const DecoderInput &in, std::int64_t pts) {
  return av::toMicros(pts, in.stream->time_base) - in.startTime;
}

} // namespace spiegel::media::bg
