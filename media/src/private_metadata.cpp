// What the vault leaves out of an MP4/MOV original (issue #13 §4): the
// boxes that carry where and with what it was filmed, found by walking the
// box tree, and the samples of timed-metadata tracks (GPS, a phone's
// location track), found by demuxing. Every edit keeps the file's length
// and every offset in it, so the copied pictures and sound stay
// byte-identical and seek exactly as before.
#include "input_file.hpp"

#include "spiegel/media/vault.hpp"

extern "C" {
#include <libavformat/avformat.h>
#include <libavutil/dict.h>
}

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <filesystem>

namespace spiegel::media {
namespace {

using Type = std::array<char, 4>;

bool is(const Type &t, const char *name) { return std::memcmp(t.data(), name, 4) == 0; }

std::uint64_t readBe(std::FILE *f, int bytes, bool &ok) {
  unsigned char b[8] = {};
  ok = ok && std::fread(b, 1, static_cast<std::size_t>(bytes), f) == static_cast<std::size_t>(bytes);
  std::uint64_t v = 0;
  for (int i = 0; i < bytes; ++i)
    v = (v << 8) | b[i];
  return v;
}

// XMP packets in a top-level uuid box (cameras put the device and lens there).
constexpr unsigned char kXmpUuid[16] = {0xBE, 0x7A, 0xCF, 0xCB, 0x97, 0xA9, 0x42, 0xE8,
                                        0x9C, 0x71, 0x99, 0x94, 0x91, 0xE3, 0xAF, 0xAC};

class BoxWalker {
public:
  BoxWalker(std::FILE *f, PrivateMetadata &out) : m_f(f), m_out(out) {}

  // Walks the boxes in [begin, end); `depth` 0 is the file, 1 moov, 2 trak.
  // Returns false when the bytes are not a box tree.
  bool walk(std::uint64_t begin, std::uint64_t end, int depth) {
    std::uint64_t at = begin;
    while (at + 8 <= end) {
      if (::fseeko(m_f, static_cast<off_t>(at), SEEK_SET) != 0)
        return false;
      bool ok = true;
      std::uint64_t size = readBe(m_f, 4, ok);
      Type type{};
      ok = ok && std::fread(type.data(), 1, 4, m_f) == 4;
      std::uint64_t header = 8;
      if (ok && size == 1) {
        size = readBe(m_f, 8, ok);
        header = 16;
      } else if (ok && size == 0) {
        size = end - at;
      }
      if (!ok || size < header || at + size > end)
        return depth > 0 && at > begin; // a cut-off tail inside a box: keep what was found
      visit(at, size, header, type, depth);
      at += size;
    }
    return true;
  }

private:
  void visit(std::uint64_t at, std::uint64_t size, std::uint64_t header, const Type &type, int depth) {
    if (depth == 0 && is(type, "moov")) {
      m_out.understood = true;
      (void)walk(at + header, at + size, 1);
    } else if (depth == 1 && is(type, "trak")) {
      (void)walk(at + header, at + size, 2);
    } else if (is(type, "udta") || is(type, "meta")) {
      blank(at, size, header);
    } else if (depth == 0 && is(type, "uuid") && size >= header + 16) {
      unsigned char id[16];
      if (std::fread(id, 1, 16, m_f) == 16 && std::memcmp(id, kXmpUuid, 16) == 0)
        blank(at, size, header);
    }
  }

  // The box becomes "free" (skipped by every reader) with its payload zeroed.
  void blank(std::uint64_t at, std::uint64_t size, std::uint64_t header) {
    m_out.freed.push_back(at + 4);
    if (size > header)
      m_out.zeroed.emplace_back(at + header, size - header);
  }

  std::FILE *m_f;
  PrivateMetadata &m_out;
};

bool privateKey(const char *key) {
  static constexpr const char *kWords[] = {"location", "make", "model", "manufacturer", "xyz", "gps", "xmp"};
  std::string k(key);
  std::transform(k.begin(), k.end(), k.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return std::any_of(std::begin(kWords), std::end(kWords),
                     [&](const char *w) { return k.find(w) != std::string::npos; });
}

void addKeys(const AVDictionary *d, std::vector<std::string> &found) {
  const AVDictionaryEntry *e = nullptr;
  while ((e = av_dict_get(d, "", e, AV_DICT_IGNORE_SUFFIX)) != nullptr)
    if (privateKey(e->key) && std::find(found.begin(), found.end(), e->key) == found.end())
      found.emplace_back(e->key);
}

// The tags a reader sees, and the samples of data streams other than
// timecode (GPS telemetry, timed location metadata) as byte ranges.
void demuxFacts(const std::string &path, PrivateMetadata &out) {
  av::FormatPtr fmt = openInput(path);
  addKeys(fmt->metadata, out.found);
  std::vector<bool> wipe(fmt->nb_streams, false);
  bool any = false;
  for (unsigned i = 0; i < fmt->nb_streams; ++i) {
    const AVStream *s = fmt->streams[i];
    addKeys(s->metadata, out.found);
    const bool timecode = s->codecpar->codec_tag == MKTAG('t', 'm', 'c', 'd');
    wipe[i] = s->codecpar->codec_type == AVMEDIA_TYPE_DATA && !timecode;
    any = any || wipe[i];
  }
  if (!any)
    return;
  out.found.emplace_back("timed metadata track");
  av::PacketPtr pkt = av::makePacket();
  while (av_read_frame(fmt.get(), pkt.get()) >= 0) {
    const auto idx = static_cast<unsigned>(pkt->stream_index);
    if (idx < wipe.size() && wipe[idx] && pkt->pos >= 0 && pkt->size > 0)
      out.zeroed.emplace_back(static_cast<std::uint64_t>(pkt->pos), static_cast<std::uint64_t>(pkt->size));
    av_packet_unref(pkt.get());
  }
}

} // namespace

PrivateMetadata findPrivateMetadata(const std::string &path) {
  PrivateMetadata out;
  std::FILE *f = std::fopen(path.c_str(), "rb");
  if (f == nullptr)
    throw MediaError(ErrorCode::ReadFailed, path, "cannot open");
  std::error_code ec;
  const std::uint64_t size = std::filesystem::file_size(path, ec);
  BoxWalker walker(f, out);
  const bool boxes = !ec && walker.walk(0, size, 0);
  std::fclose(f);
  if (!boxes || !out.understood) { // not an MP4/MOV family file: nothing is touched
    out = {};
    return out;
  }
  demuxFacts(path, out);
  return out;
}

void applyPrivateMetadata(const PrivateMetadata &plan, std::uint64_t offset, unsigned char *buf, std::size_t n) {
  const std::uint64_t end = offset + n;
  for (const auto &[at, len] : plan.zeroed) {
    const std::uint64_t a = std::max(at, offset), b = std::min(at + len, end);
    if (a < b)
      std::memset(buf + (a - offset), 0, static_cast<std::size_t>(b - a));
  }
  static constexpr char kFree[4] = {'f', 'r', 'e', 'e'};
  for (const std::uint64_t at : plan.freed)
    for (std::uint64_t i = 0; i < 4; ++i)
      if (at + i >= offset && at + i < end)
        buf[at + i - offset] = static_cast<unsigned char>(kFree[i]);
}

} // namespace spiegel::media
