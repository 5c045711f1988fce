#include "whole_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <filesystem>

namespace spiegel::media {
namespace {

// Makes the temporary names of one process unique across threads.
std::atomic<unsigned> g_serial{0};

bool writeAll(int fd, std::initializer_list<std::span<const std::uint8_t>> parts) {
  for (const auto part : parts) {
    const std::uint8_t *p = part.data();
    std::size_t left = part.size();
    while (left > 0) {
      const ssize_t n = ::write(fd, p, left);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return false;
      p += n;
      left -= static_cast<std::size_t>(n);
    }
  }
  return true;
}

// Opens `path` with `flags` (plus write-only, close-on-exec; mode 0666 less
// the umask, as any new file), writes and closes it.
WriteResult writeTo(const std::string &path, int flags, std::initializer_list<std::span<const std::uint8_t>> parts) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC | flags, 0666);
  if (fd < 0)
    return WriteResult::CannotCreate;
  const bool written = writeAll(fd, parts);
  const bool closed = ::close(fd) == 0;
  return written && closed ? WriteResult::Ok : WriteResult::CannotWrite;
}

} // namespace

WriteResult writeWholeFile(const std::string &path, std::initializer_list<std::span<const std::uint8_t>> parts) {
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode))
    return writeTo(path, O_CREAT | O_TRUNC, parts); // a folder fails here, as it should
  const auto folder = std::filesystem::path(path).parent_path();
  const std::string tmp =
      (folder / (".spiegel-" + std::to_string(::getpid()) + "-" + std::to_string(g_serial++) + ".partial")).string();
  WriteResult result = writeTo(tmp, O_CREAT | O_EXCL, parts);
  if (result == WriteResult::CannotCreate)
    return result;
  if (result == WriteResult::Ok && ::rename(tmp.c_str(), path.c_str()) != 0)
    result = WriteResult::CannotWrite;
  if (result != WriteResult::Ok)
    ::unlink(tmp.c_str());
  return result;
}

} // namespace spiegel::media
