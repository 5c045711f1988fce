#include "input_file.hpp"

#include "spiegel/media/vault.hpp"
#include "vault_avio.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

namespace spiegel::media {
namespace {

// How many bytes of the file head we show the format probe when FFmpeg has
// refused the file: enough for every container's magic (MP4 ftyp, EBML,
// RIFF, TS sync bytes at 188-byte spacing).
constexpr std::size_t kSniffBytes = 64 * 1024;

// A probe score at or above this means the head of the file clearly belongs
// to a container we know (AVPROBE_SCORE_EXTENSION is 50: extension-only
// matches stay below it, so a text file named .mp4 is not "a broken MP4").
constexpr int kConfidentScore = AVPROBE_SCORE_EXTENSION + 1;

int interruptCallback(void *opaque) {
  const auto *stop = static_cast<const std::atomic<bool> *>(opaque);
  return stop != nullptr && stop->load(std::memory_order_relaxed) ? 1 : 0;
}

// True when the head of the file looks like a container FFmpeg knows, so a
// failure to open it means it is damaged rather than not media at all.
bool looksLikeKnownContainer(const std::string &path) {
  std::FILE *f = std::fopen(path.c_str(), "rb");
  if (f == nullptr)
    return false;
  std::vector<unsigned char> buf(kSniffBytes + AVPROBE_PADDING_SIZE, 0);
  const std::size_t n = std::fread(buf.data(), 1, kSniffBytes, f);
  std::fclose(f);
  if (n == 0)
    return false;
  AVProbeData pd{};
  pd.filename = ""; // content only: the extension must not decide
  pd.buf = buf.data();
  pd.buf_size = static_cast<int>(n);
  int score = 0;
  const AVInputFormat *fmt = av_probe_input_format2(&pd, 1, &score);
  return fmt != nullptr && score >= kConfidentScore;
}

MediaError errnoError(const std::string &path, int err) {
  const std::string why = std::strerror(err);
  switch (err) {
  case ENOENT:
  case ENOTDIR:
    return {ErrorCode::FileNotFound, path, why};
  case EACCES:
  case EPERM:
    return {ErrorCode::PermissionDenied, path, why};
  case EISDIR:
    return {ErrorCode::IsDirectory, path, why};
  default:
    return {ErrorCode::ReadFailed, path, why};
  }
}

} // namespace

void checkReadableFile(const std::string &path) {
  if (path.empty())
    throw MediaError(ErrorCode::FileNotFound, path, "empty path");
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0)
    throw errnoError(path, errno);
  if (S_ISDIR(st.st_mode))
    throw MediaError(ErrorCode::IsDirectory, path, "is a directory");
  if (::access(path.c_str(), R_OK) != 0)
    throw errnoError(path, errno);
  if (S_ISREG(st.st_mode) && st.st_size == 0)
    throw MediaError(ErrorCode::EmptyFile, path, "file is empty");
}

av::FormatPtr openInput(const std::string &path, const std::atomic<bool> *stop) {
  return openInput(path, AVIOInterruptCB{interruptCallback, const_cast<std::atomic<bool> *>(stop)});
}

av::FormatPtr openInput(const std::string &path, AVIOInterruptCB interrupt) {
  checkReadableFile(path);
  AVFormatContext *raw = avformat_alloc_context();
  if (raw == nullptr)
    throw MediaError(ErrorCode::Internal, path, "out of memory");
  raw->interrupt_callback = interrupt;
  if (isVault(path)) { // encrypted recording: decrypted in memory, chunk by chunk
    try {
      raw->pb = vault::openIo(path);
    } catch (...) {
      avformat_free_context(raw);
      throw;
    }
    raw->flags |= AVFMT_FLAG_CUSTOM_IO;
  }
  AVIOContext *customIo = raw->pb;
  int rc = avformat_open_input(&raw, path.c_str(), nullptr, nullptr);
  if (rc < 0)
    vault::closeIo(customIo); // FFmpeg leaves a custom pb to its owner
  if (rc < 0) { // raw is freed by FFmpeg on failure
    if (rc == av::errorFromErrno(ENOENT) || rc == av::errorFromErrno(EACCES) ||
        rc == av::errorFromErrno(EISDIR) || rc == av::errorFromErrno(EPERM))
      throw errnoError(path, -rc);
    if (rc == av::errorExit())
      throw MediaError(ErrorCode::Internal, path, "cancelled");
    const auto code = looksLikeKnownContainer(path) ? ErrorCode::Truncated : ErrorCode::NotMedia;
    throw MediaError(code, path, av::errorText(rc));
  }
  av::FormatPtr fmt(raw);
  rc = avformat_find_stream_info(fmt.get(), nullptr);
  if (rc < 0)
    throw MediaError(ErrorCode::Truncated, path, "cannot read stream info: " + av::errorText(rc));
  bool anyAv = false;
  bool anyDecodable = false;
  for (unsigned i = 0; i < fmt->nb_streams; ++i) {
    const AVStream &st = *fmt->streams[i];
    const auto type = st.codecpar->codec_type;
    if (type != AVMEDIA_TYPE_VIDEO && type != AVMEDIA_TYPE_AUDIO)
      continue;
    if (type == AVMEDIA_TYPE_VIDEO && (st.disposition & AV_DISPOSITION_ATTACHED_PIC) != 0)
      continue; // cover art is not a video
    anyAv = true;
    anyDecodable = anyDecodable || hasDecoder(st);
  }
  if (!anyAv)
    throw MediaError(ErrorCode::NoStreams, path, "no audio or video stream");
  if (!anyDecodable) {
    const AVCodecDescriptor *d = nullptr;
    for (unsigned i = 0; i < fmt->nb_streams && d == nullptr; ++i)
      d = avcodec_descriptor_get(fmt->streams[i]->codecpar->codec_id);
    throw MediaError(ErrorCode::UnsupportedCodec, path,
                     std::string("no decoder for ") + (d != nullptr ? d->name : "unknown codec"));
  }
  return fmt;
}

Micros startOffsetOf(const AVFormatContext &fmt) {
  return fmt.start_time == av::kNoPts ? 0 : fmt.start_time; // AV_TIME_BASE is µs
}

bool hasDecoder(const AVStream &stream) {
  return stream.codecpar->codec_id != AV_CODEC_ID_NONE &&
         avcodec_find_decoder(stream.codecpar->codec_id) != nullptr;
}

av::CodecPtr openDecoder(const std::string &path, const AVStream &stream, int threads) {
  const AVCodec *codec = avcodec_find_decoder(stream.codecpar->codec_id);
  if (codec == nullptr)
    throw MediaError(ErrorCode::UnsupportedCodec, path,
                     std::string("no decoder for ") + avcodec_get_name(stream.codecpar->codec_id));
  av::CodecPtr ctx(avcodec_alloc_context3(codec));
  if (!ctx)
    throw MediaError(ErrorCode::Internal, path, "out of memory");
  int rc = avcodec_parameters_to_context(ctx.get(), stream.codecpar);
  if (rc < 0)
    throw MediaError(ErrorCode::Internal, path, av::errorText(rc));
  ctx->pkt_timebase = stream.time_base;
  ctx->thread_count = threads;
  if (codec->type == AVMEDIA_TYPE_VIDEO)
    ctx->thread_type = FF_THREAD_FRAME | FF_THREAD_SLICE;
  rc = avcodec_open2(ctx.get(), codec, nullptr);
  if (rc < 0)
    throw MediaError(ErrorCode::UnsupportedCodec, path,
                     std::string("cannot open decoder ") + codec->name + ": " + av::errorText(rc));
  return ctx;
}

MediaError readError(const std::string &path, int averror) {
  return {ErrorCode::ReadFailed, path, "reading failed: " + av::errorText(averror)};
}

} // namespace spiegel::media
