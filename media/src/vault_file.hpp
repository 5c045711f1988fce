#pragma once
// Random-access decryption of a vault file (see spiegel/media/vault.hpp).
// One VaultFile belongs to one thread (the demuxer that owns its AVIOContext).
#include "spiegel/media/vault.hpp"

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace spiegel::media::vault {

inline constexpr char kMagic[7] = {'S', 'P', 'G', 'L', 'V', 'L', 'T'};
inline constexpr std::uint8_t kVersion = 1;
inline constexpr std::uint32_t kChunk = 64 * 1024;
inline constexpr std::size_t kTag = 16;

// Header as stored: magic, version, u32 chunk, u64 plain size, 16-byte id,
// u16 fingerprint length, fingerprint (all little-endian).
std::vector<unsigned char> encodeHeader(std::uint64_t plainSize, const unsigned char id[16],
                                        const std::string &fingerprint);

class VaultFile {
public:
  // Throws MediaError: NotMedia (no magic), VaultKeyMissing, VaultDamaged.
  explicit VaultFile(std::string path);
  ~VaultFile();
  VaultFile(const VaultFile &) = delete;
  VaultFile &operator=(const VaultFile &) = delete;

  [[nodiscard]] std::uint64_t size() const { return m_header.plainSize; }
  // Copies up to n plaintext bytes at offset; returns the count (0 at end).
  // Throws MediaError(VaultDamaged / ReadFailed).
  std::size_t read(std::uint64_t offset, unsigned char *buf, std::size_t n);

  // Authenticates every chunk (throws VaultDamaged at the first bad one).
  void verifyAll();

private:
  const std::vector<unsigned char> &chunk(std::uint64_t index);

  std::string m_path;
  std::FILE *m_file = nullptr;
  VaultHeader m_header;
  std::vector<unsigned char> m_headerBytes;
  unsigned char m_id[16] = {};
  VaultKey m_key{};
  std::uint64_t m_chunks = 0;
  // Two decrypted chunks cached (most recent and the one before).
  std::uint64_t m_cachedIndex[2] = {UINT64_MAX, UINT64_MAX};
  std::vector<unsigned char> m_cached[2];
  int m_next = 0;
};

// Fills nonce (24 bytes) and additional data for chunk index.
void chunkNonce(const unsigned char id[16], std::uint64_t index, unsigned char nonce[24]);
std::vector<unsigned char> chunkAd(const std::vector<unsigned char> &header, std::uint64_t index, bool last);
std::uint64_t chunkCount(std::uint64_t plainSize);

// Reads header fields from an open file; returns raw header bytes. Throws NotMedia.
std::vector<unsigned char> readHeader(std::FILE *f, const std::string &path, VaultHeader &out,
                                      unsigned char id[16]);

// Key from the registered provider, or nullopt.
std::optional<VaultKey> lookupKey(const std::string &fileIdHex);

} // namespace spiegel::media::vault
