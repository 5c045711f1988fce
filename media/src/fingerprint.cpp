// fingerprint(), cacheDirectory() and the atomic cache files of the jobs.
#include "job_cache.hpp"
#include "spiegel/media/background.hpp"
#include "spiegel/media/error.hpp"
#include "spiegel/media/vault.hpp"
#include "whole_file.hpp"

extern "C" {
#include <libavutil/mem.h>
#include <libavutil/sha.h>
}


#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <utility>
#include <vector>
#include <algorithm>

namespace spiegel::media {
namespace {

// Hashing 1 MiB at each end identifies a recording (headers at the start,
// the index or the last samples at the end) in milliseconds, even over a
// network share, where hashing gigabytes would take minutes.
constexpr std::uint64_t kEdgeBytes = 1 << 20;
constexpr std::uint32_t kCacheVersion = 1;

struct ShaFree {
  void operator()(AVSHA *s) const { av_free(s); }
};

void readInto(std::ifstream &in, std::uint64_t offset, std::uint64_t n, std::vector<char> &buf,
              const std::string &path) {
  buf.resize(n);
  in.seekg(static_cast<std::streamoff>(offset));
  in.read(buf.data(), static_cast<std::streamsize>(n));
  if (static_cast<std::uint64_t>(in.gcount()) != n)
    throw MediaError(ErrorCode::ReadFailed, path, "fingerprint: short read");
}

} // namespace

namespace {
// SHA-256 over the byte ranges `ranges` yields of a file of `size` bytes
// (each {offset, length}), as lower-case hex. `what` names the caller in
// errors.
template <class Ranges>
std::string sha256Of(const std::string &path, const char *what, Ranges &&ranges) {
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status))
    throw MediaError(ErrorCode::FileNotFound, path, std::string(what) + ": no such file");
  if (std::filesystem::is_directory(status))
    throw MediaError(ErrorCode::IsDirectory, path, std::string(what) + ": is a directory");
  const std::uint64_t size = std::filesystem::file_size(path, ec);
  std::ifstream in(path, std::ios::binary);
  if (ec || !in)
    throw MediaError(ErrorCode::PermissionDenied, path, std::string(what) + ": cannot read");
  std::unique_ptr<AVSHA, ShaFree> sha(av_sha_alloc());
  if (!sha || av_sha_init(sha.get(), 256) < 0)
    throw MediaError(ErrorCode::Internal, path, std::string(what) + ": sha256 unavailable");
  std::vector<char> buf;
  for (const auto &[offset, n] : ranges(size)) {
    readInto(in, offset, n, buf, path);
    av_sha_update(sha.get(), reinterpret_cast<const std::uint8_t *>(buf.data()), static_cast<unsigned>(n));
  }
  std::uint8_t digest[32];
  av_sha_final(sha.get(), digest);
  std::string out;
  char hex[3];
  for (std::uint8_t b : digest) {
    std::snprintf(hex, sizeof hex, "%02x", b);
    out += hex;
  }
  return out;
}
using Ranges = std::vector<std::pair<std::uint64_t, std::uint64_t>>;
} // namespace

std::string fingerprint(const std::string &path) {
  if (isVault(path)) // the original's, so merges and relink still match it
    return readVaultHeader(path).fingerprint;
  std::uint64_t fileSize = 0;
  const std::string digest = sha256Of(path, "fingerprint", [&](std::uint64_t size) {
    fileSize = size;
    if (size <= 2 * kEdgeBytes)
      return Ranges{{0, size}}; // small file: the two ends are the whole file
    return Ranges{{0, kEdgeBytes}, {size - kEdgeBytes, kEdgeBytes}};
  });
  return std::to_string(fileSize) + "-" + digest;
}

std::string fileSha256(const std::string &path) {
  return sha256Of(path, "sha256", [](std::uint64_t size) {
    Ranges out;
    for (std::uint64_t at = 0; at < size; at += kEdgeBytes)
      out.emplace_back(at, std::min(kEdgeBytes, size - at));
    return out;
  });
}

std::string cacheDirectory() {
  std::filesystem::path dir;
  if (const char *xdg = std::getenv("XDG_CACHE_HOME"); xdg != nullptr && *xdg == '/')
    dir = std::filesystem::path(xdg) / "spiegel";
  else if (const char *home = std::getenv("HOME"); home != nullptr && *home != '\0')
    dir = std::filesystem::path(home) / ".cache" / "spiegel";
  else
    dir = std::filesystem::temp_directory_path() / "spiegel-cache";
  std::error_code ec;
  std::filesystem::create_directories(dir, ec); // a failure shows up when writing
  return dir.string();
}

namespace cache {

bool writeFile(const std::string &path, std::uint32_t magic, const std::vector<std::uint8_t> &payload) {
  std::error_code ec;
  std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ec);
  const std::uint64_t n = payload.size();
  auto bytesOf = [](const auto &v) {
    return std::span<const std::uint8_t>(reinterpret_cast<const std::uint8_t *>(&v), sizeof v);
  };
  return writeWholeFile(path, {bytesOf(magic), bytesOf(kCacheVersion), bytesOf(n), payload}) == WriteResult::Ok;
}

std::optional<std::vector<std::uint8_t>> readFile(const std::string &path, std::uint32_t magic) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return std::nullopt;
  std::uint32_t m = 0, version = 0;
  std::uint64_t n = 0;
  in.read(reinterpret_cast<char *>(&m), sizeof m);
  in.read(reinterpret_cast<char *>(&version), sizeof version);
  in.read(reinterpret_cast<char *>(&n), sizeof n);
  constexpr std::uint64_t kMaxPayload = 1ULL << 32; // far above any real cache; guards a corrupt size
  if (!in || m != magic || version != kCacheVersion || n > kMaxPayload)
    return std::nullopt;
  std::vector<std::uint8_t> payload(n);
  in.read(reinterpret_cast<char *>(payload.data()), static_cast<std::streamsize>(n));
  if (static_cast<std::uint64_t>(in.gcount()) != n || in.peek() != std::char_traits<char>::eof())
    return std::nullopt;
  return payload;
}

} // namespace cache
} // namespace spiegel::media
