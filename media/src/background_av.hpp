#pragma once
// Private: the input of a background job (peaks, thumbnails), which reads a
// file with its own demuxer and decoder. The file is opened by openInput()
// (input_file.hpp), so a bad file gets the same MediaError code here as from
// probe() and Player.
//   auto in = bg::openDecoderInput(path, AVMEDIA_TYPE_AUDIO, control.stop);
#include "av_ptr.hpp"
#include "spiegel/media/background.hpp"

#include <stop_token>
#include <string>

namespace spiegel::media::bg {

// A demuxer plus the decoder of its best stream of one type. Used by one
// thread (the one doing the work). `stop` is read by the demuxer's interrupt
// callback, so a blocked read on a slow share returns as soon as the work is
// stopped.
struct DecoderInput {
  av::FormatPtr fmt;
  av::CodecPtr dec;
  AVStream *stream = nullptr;  // owned by fmt
  std::int64_t startTime = 0;  // container start, µs (removed from the timeline)
  std::int64_t duration = 0;   // µs, 0 when unknown
  std::int64_t playable = 0;   // µs, the end of what is in the file (MediaInfo::playable)
  int rotation = 0;            // clockwise degrees (video)
};

// Opens `path` and the decoder of its best stream of `type` with one
// decoder thread (background jobs must not take cores from playback).
// Throws MediaError: openInput()'s code for a bad file, NoStreams when the
// file has no stream of `type`. `stop` must outlive the input.
[[nodiscard]] DecoderInput openDecoderInput(const std::string &path, AVMediaType type, const std::stop_token &stop);

// Tells the caller how far the work is (nothing when it did not ask).
inline void report(const WorkControl &control, float done) {
  if (control.progress)
    control.progress(done);
}

// Timeline µs of a timestamp of the input's stream.
[[nodiscard]] std::int64_t toTimeline(const DecoderInput &in, std::int64_t pts);

} // namespace spiegel::media::bg
