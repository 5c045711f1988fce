#include "background_av.hpp"
#include "spiegel/media/error.hpp"

extern "C" {
#include <libavutil/display.h>
}

#include <cerrno>
#include <cmath>
#include <filesystem>

namespace spiegel::media::bg {
namespace {

int interruptCallback(void *opaque) {
  const auto *stop = static_cast<const std::atomic<bool> *>(opaque);
  return stop != nullptr && stop->load(std::memory_order_relaxed) ? 1 : 0;
}

[[noreturn]] void fail(ErrorCode code, const std::string &path, const std::string &what, int err = 0) {
  throw MediaError(code, path, what + (err < 0 ? ": " + enc::errorText(err) : std::string()));
}

ErrorCode openErrorCode(const std::string &path, int err) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec))
    return ErrorCode::FileNotFound;
  if (std::filesystem::is_directory(path, ec))
    return ErrorCode::IsDirectory;
  if (std::filesystem::file_size(path, ec) == 0)
    return ErrorCode::EmptyFile;
  if (err == -EACCES)
    return ErrorCode::PermissionDenied;
  return ErrorCode::NotMedia;
}

int clockwiseRotation(const AVStream *st) {
  const auto *m = reinterpret_cast<const std::int32_t *>(av_stream_get_side_data(st, AV_PKT_DATA_DISPLAYMATRIX, nullptr));
  if (m == nullptr)
    return 0;
  const double ccw = av_display_rotation_get(m);
  if (std::isnan(ccw))
    return 0;
  // av_display_rotation_get is counter-clockwise; see synthetic_writer.cpp.
  int cw = static_cast<int>(std::lround(-ccw / 90.0)) * 90 % 360;
  return cw < 0 ? cw + 360 : cw;
}

} // namespace

DecoderInput openDecoderInput(const std::string &path, AVMediaType type, const std::atomic<bool> *stop) {
  DecoderInput in;
  AVFormatContext *raw = avformat_alloc_context();
  if (raw == nullptr)
    fail(ErrorCode::Internal, path, "out of memory");
  raw->interrupt_callback.callback = interruptCallback;
  raw->interrupt_callback.opaque = const_cast<std::atomic<bool> *>(stop);
  if (const int err = avformat_open_input(&raw, path.c_str(), nullptr, nullptr); err < 0)
    fail(openErrorCode(path, err), path, "cannot open", err); // raw is freed by FFmpeg on failure
  in.fmt.reset(raw);
  if (const int err = avformat_find_stream_info(raw, nullptr); err < 0)
    fail(ErrorCode::Truncated, path, "cannot read stream info", err);
  const AVCodec *codec = nullptr;
  const int idx = av_find_best_stream(raw, type, -1, -1, &codec, 0);
  if (idx < 0)
    fail(idx == AVERROR_DECODER_NOT_FOUND ? ErrorCode::UnsupportedCodec : ErrorCode::NoStreams, path,
         type == AVMEDIA_TYPE_AUDIO ? "no audio stream" : "no video stream");
  for (unsigned i = 0; i < raw->nb_streams; ++i)
    raw->streams[i]->discard = static_cast<int>(i) == idx ? AVDISCARD_DEFAULT : AVDISCARD_ALL;
  in.stream = raw->streams[idx];
  in.dec.reset(avcodec_alloc_context3(codec));
  if (!in.dec)
    fail(ErrorCode::Internal, path, "out of memory");
  if (const int err = avcodec_parameters_to_context(in.dec.get(), in.stream->codecpar); err < 0)
    fail(ErrorCode::Internal, path, "bad codec parameters", err);
  in.dec->thread_count = 1; // one core at most: playback keeps the rest
  in.dec->pkt_timebase = in.stream->time_base;
  if (const int err = avcodec_open2(in.dec.get(), codec, nullptr); err < 0)
    fail(ErrorCode::UnsupportedCodec, path, "cannot open the decoder", err);
  in.startTime = raw->start_time == AV_NOPTS_VALUE ? 0 : raw->start_time;
  in.duration = raw->duration == AV_NOPTS_VALUE ? 0 : raw->duration;
  if (type == AVMEDIA_TYPE_VIDEO)
    in.rotation = clockwiseRotation(in.stream);
  return in;
}

std::int64_t toTimeline(const DecoderInput &in, std::int64_t pts) {
  return av_rescale_q(pts, in.stream->time_base, AVRational{1, AV_TIME_BASE}) - in.startTime;
}

} // namespace spiegel::media::bg
