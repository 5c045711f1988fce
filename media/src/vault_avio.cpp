// The vault's AVIOContext: read_packet and seek over a VaultFile. The context
// and its VaultFile belong to the thread that owns the AVFormatContext.
#include "vault_avio.hpp"

#include "spiegel/media/error.hpp"
#include "vault_file.hpp"

namespace spiegel::media {

void av::FormatCloser::operator()(AVFormatContext *p) const {
  AVIOContext *custom = (p != nullptr && (p->flags & AVFMT_FLAG_CUSTOM_IO) != 0) ? p->pb : nullptr;
  avformat_close_input(&p);
  if (custom != nullptr)
    vault::closeIo(custom);
}

namespace vault {
namespace {

struct IoState {
  explicit IoState(const std::string &path) : file(path) {}
  VaultFile file;
  std::uint64_t pos = 0;
};

int readPacket(void *opaque, std::uint8_t *buf, int size) {
  auto *s = static_cast<IoState *>(opaque);
  try {
    std::size_t n = s->file.read(s->pos, buf, static_cast<std::size_t>(size));
    if (n == 0)
      return AVERROR_EOF;
    s->pos += n;
    return static_cast<int>(n);
  } catch (const MediaError &) {
    return AVERROR_INVALIDDATA; // damaged chunk: FFmpeg stops reading
  }
}

std::int64_t seekTo(void *opaque, std::int64_t offset, int whence) {
  auto *s = static_cast<IoState *>(opaque);
  const auto size = static_cast<std::int64_t>(s->file.size());
  std::int64_t to = 0;
  switch (whence & ~AVSEEK_FORCE) {
  case AVSEEK_SIZE:
    return size;
  case SEEK_SET:
    to = offset;
    break;
  case SEEK_CUR:
    to = static_cast<std::int64_t>(s->pos) + offset;
    break;
  case SEEK_END:
    to = size + offset;
    break;
  default:
    return AVERROR(EINVAL);
  }
  if (to < 0)
    return AVERROR(EINVAL);
  s->pos = static_cast<std::uint64_t>(to);
  return to;
}

constexpr int kIoBuffer = 64 * 1024;

} // namespace

AVIOContext *openIo(const std::string &path) {
  auto state = std::make_unique<IoState>(path);
  auto *buf = static_cast<unsigned char *>(av_malloc(kIoBuffer));
  if (buf == nullptr)
    throw MediaError(ErrorCode::Internal, path, "out of memory");
  AVIOContext *io = avio_alloc_context(buf, kIoBuffer, 0, state.get(), readPacket, nullptr, seekTo);
  if (io == nullptr) {
    av_free(buf);
    throw MediaError(ErrorCode::Internal, path, "out of memory");
  }
  (void)state.release();
  return io;
}

void closeIo(AVIOContext *io) {
  if (io == nullptr)
    return;
  delete static_cast<IoState *>(io->opaque);
  av_freep(&io->buffer);
  avio_context_free(&io);
}

} // namespace vault
} // namespace spiegel::media
