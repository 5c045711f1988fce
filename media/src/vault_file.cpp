// VaultFile: authenticated random-access reads of a vault's plaintext.
#include "vault_file.hpp"

#include "spiegel/media/error.hpp"

#include <sodium.h>

#include <cstring>

namespace spiegel::media::vault {

VaultFile::VaultFile(std::string path) : m_path(std::move(path)) {
  if (sodium_init() < 0)
    throw MediaError(ErrorCode::Internal, m_path, "libsodium unavailable");
  m_file = std::fopen(m_path.c_str(), "rb");
  if (!m_file)
    throw MediaError(ErrorCode::ReadFailed, m_path, "cannot open");
  try {
    m_headerBytes = readHeader(m_file, m_path, m_header, m_id);
    auto key = lookupKey(m_header.fileIdHex);
    if (!key)
      throw MediaError(ErrorCode::VaultKeyMissing, m_path, "no key for vault " + m_header.fileIdHex);
    m_key = *key;
    m_chunks = chunkCount(m_header.plainSize);
    // A cut-off or extended file is caught here, before any read.
    std::uint64_t expect = m_headerBytes.size() + m_header.plainSize + m_chunks * kTag;
    if (std::fseek(m_file, 0, SEEK_END) != 0 || static_cast<std::uint64_t>(std::ftell(m_file)) != expect)
      throw MediaError(ErrorCode::VaultDamaged, m_path, "vault has the wrong length (cut off?)");
  } catch (...) {
    std::fclose(m_file);
    throw;
  }
}

VaultFile::~VaultFile() {
  sodium_memzero(m_key.data(), m_key.size());
  for (auto &c : m_cached)
    sodium_memzero(c.data(), c.size());
  std::fclose(m_file);
}

const std::vector<unsigned char> &VaultFile::chunk(std::uint64_t index) {
  for (int i = 0; i < 2; ++i)
    if (m_cachedIndex[i] == index)
      return m_cached[i];
  bool last = index + 1 == m_chunks;
  std::size_t plainLen = last ? static_cast<std::size_t>(m_header.plainSize - index * kChunk) : kChunk;
  std::vector<unsigned char> sealed(plainLen + kTag);
  auto at = static_cast<long>(m_headerBytes.size() + index * (kChunk + kTag));
  if (std::fseek(m_file, at, SEEK_SET) != 0 || std::fread(sealed.data(), 1, sealed.size(), m_file) != sealed.size())
    throw MediaError(ErrorCode::ReadFailed, m_path, "cannot read vault chunk");
  int slot = m_next;
  m_next ^= 1;
  auto &out = m_cached[slot];
  out.resize(plainLen);
  unsigned char nonce[24];
  chunkNonce(m_id, index, nonce);
  auto ad = chunkAd(m_headerBytes, index, last);
  unsigned long long got = 0;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(out.data(), &got, nullptr, sealed.data(), sealed.size(), ad.data(),
                                                 ad.size(), nonce, m_key.data()) != 0) {
    m_cachedIndex[slot] = UINT64_MAX;
    throw MediaError(ErrorCode::VaultDamaged, m_path, "vault chunk " + std::to_string(index) + " fails authentication");
  }
  m_cachedIndex[slot] = index;
  return out;
}

void VaultFile::verifyAll() {
  for (std::uint64_t i = 0; i < m_chunks; ++i)
    (void)chunk(i);
}

std::size_t VaultFile::read(std::uint64_t offset, unsigned char *buf, std::size_t n) {
  std::size_t done = 0;
  while (done < n && offset < m_header.plainSize) {
    std::uint64_t index = offset / kChunk;
    const auto &c = chunk(index);
    std::size_t in = static_cast<std::size_t>(offset - index * kChunk);
    std::size_t take = std::min(n - done, c.size() - in);
    std::memcpy(buf + done, c.data() + in, take);
    done += take;
    offset += take;
  }
  return done;
}

} // namespace spiegel::media::vault

namespace spiegel::media {

std::vector<unsigned char> readVaultBytes(const std::string &path, std::uint64_t offset, std::size_t n) {
  vault::VaultFile file(path);
  std::vector<unsigned char> out(n);
  out.resize(file.read(offset, out.data(), n));
  return out;
}

void verifyVault(const std::string &path) {
  vault::VaultFile(path).verifyAll();
}

} // namespace spiegel::media
