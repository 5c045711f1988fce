#pragma once
// Private: opening a recording with a clear MediaError for each way it can
// fail, and opening decoders for its streams.
//   auto fmt = openInput(path, &m_stop);   // throws MediaError
//   auto dec = openDecoder(path, fmt->streams[i], 0);
#include "av_ptr.hpp"
#include "spiegel/media/error.hpp"
#include "spiegel/media/time.hpp"

#include <atomic>
#include <string>

namespace spiegel::media {

// Checks the path before FFmpeg sees it: missing, a folder, empty,
// unreadable. Throws MediaError.
void checkReadableFile(const std::string &path);

// Opens the container and reads stream info. `stop` (may be null) aborts any
// blocking read once set: it becomes the interrupt_callback. The pointee must
// outlive the returned context. Throws MediaError with the code that fits.
[[nodiscard]] av::FormatPtr openInput(const std::string &path, const std::atomic<bool> *stop = nullptr);
// The same with any interrupt callback (a background work's stop_token, see
// background_av.hpp); its opaque pointee must outlive the context.
[[nodiscard]] av::FormatPtr openInput(const std::string &path, AVIOInterruptCB interrupt);

// The container start time in µs that Spiegel removes (0 when unknown).
[[nodiscard]] Micros startOffsetOf(const AVFormatContext &fmt);

// Opens a decoder for the stream; threads 0 = automatic (frame threading).
// Throws MediaError(UnsupportedCodec) when FFmpeg has no decoder for it.
[[nodiscard]] av::CodecPtr openDecoder(const std::string &path, const AVStream &stream, int threads);

// Whether FFmpeg has a decoder for the stream.
[[nodiscard]] bool hasDecoder(const AVStream &stream);

// An error code for a failed read/seek in the middle of a file.
[[nodiscard]] MediaError readError(const std::string &path, int averror);

} // namespace spiegel::media
