#pragma once
// Private: the on-disk cache of the background jobs. A cache file is a small
// header (magic, version, payload size) and a payload; it is written to a
// temporary name in the same directory and renamed, so a reader never sees a
// half-written file even when the program dies mid-write.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace spiegel::media::cache {

// Writes atomically; returns false (and leaves no file) on failure. A cache
// that cannot be written only costs time, so this never throws.
bool writeFile(const std::string &path, std::uint32_t magic, const std::vector<std::uint8_t> &payload);
// The payload, or nullopt when missing, foreign, of another version or cut.
[[nodiscard]] std::optional<std::vector<std::uint8_t>> readFile(const std::string &path, std::uint32_t magic);

// Little helpers to build and parse payloads of plain numbers.
class Writer {
public:
  template <class T> void put(const T &v) {
    const auto *p = reinterpret_cast<const std::uint8_t *>(&v);
    bytes.insert(bytes.end(), p, p + sizeof(T));
  }
  void putBytes(const std::uint8_t *p, std::size_t n) { bytes.insert(bytes.end(), p, p + n); }
  std::vector<std::uint8_t> bytes;
};

class Reader {
public:
  explicit Reader(const std::vector<std::uint8_t> &b) : m_b(b) {}
  template <class T> bool get(T &v) {
    if (m_pos + sizeof(T) > m_b.size())
      return false;
    std::copy(m_b.begin() + static_cast<std::ptrdiff_t>(m_pos),
              m_b.begin() + static_cast<std::ptrdiff_t>(m_pos + sizeof(T)), reinterpret_cast<std::uint8_t *>(&v));
    m_pos += sizeof(T);
    return true;
  }
  bool getBytes(std::uint8_t *p, std::size_t n) {
    if (m_pos + n > m_b.size())
      return false;
    std::copy(m_b.begin() + static_cast<std::ptrdiff_t>(m_pos), m_b.begin() + static_cast<std::ptrdiff_t>(m_pos + n), p);
    m_pos += n;
    return true;
  }
  [[nodiscard]] bool atEnd() const { return m_pos == m_b.size(); }

private:
  const std::vector<std::uint8_t> &m_b;
  std::size_t m_pos = 0;
};

} // namespace spiegel::media::cache
