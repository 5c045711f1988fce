// Vault format, key provider and writer. Format: docs/formats.md.
#include "vault_file.hpp"

#include "spiegel/media/error.hpp"

#include <sodium.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <mutex>

namespace spiegel::media {
namespace vault {
namespace {

std::mutex g_keysMutex;
std::function<std::optional<VaultKey>(const std::string &)> g_keys;

void putLe(std::vector<unsigned char> &out, std::uint64_t v, int bytes) {
  for (int i = 0; i < bytes; ++i)
    out.push_back(static_cast<unsigned char>(v >> (8 * i)));
}

std::uint64_t getLe(const unsigned char *p, int bytes) {
  std::uint64_t v = 0;
  for (int i = bytes - 1; i >= 0; --i)
    v = (v << 8) | p[i];
  return v;
}

std::string hex(const unsigned char *p, std::size_t n) {
  std::string s(n * 2 + 1, '\0');
  sodium_bin2hex(s.data(), s.size(), p, n);
  s.pop_back();
  return s;
}

void initSodium() {
  if (sodium_init() < 0)
    throw MediaError(ErrorCode::Internal, "", "libsodium unavailable");
}

} // namespace

std::vector<unsigned char> encodeHeader(std::uint64_t plainSize, const unsigned char id[16],
                                        const std::string &fingerprint) {
  std::vector<unsigned char> h(std::begin(kMagic), std::end(kMagic));
  h.push_back(kVersion);
  putLe(h, kChunk, 4);
  putLe(h, plainSize, 8);
  h.insert(h.end(), id, id + 16);
  putLe(h, fingerprint.size(), 2);
  h.insert(h.end(), fingerprint.begin(), fingerprint.end());
  return h;
}

std::vector<unsigned char> readHeader(std::FILE *f, const std::string &path, VaultHeader &out,
                                      unsigned char id[16]) {
  unsigned char fixed[7 + 1 + 4 + 8 + 16 + 2];
  if (std::fread(fixed, 1, sizeof fixed, f) != sizeof fixed || std::memcmp(fixed, kMagic, 7) != 0)
    throw MediaError(ErrorCode::NotMedia, path, "not a recording vault");
  if (fixed[7] != kVersion || getLe(fixed + 8, 4) != kChunk)
    throw MediaError(ErrorCode::VaultDamaged, path, "unknown vault version");
  out.plainSize = getLe(fixed + 12, 8);
  std::memcpy(id, fixed + 20, 16);
  out.fileIdHex = hex(id, 16);
  std::size_t fpLen = getLe(fixed + 36, 2);
  out.fingerprint.assign(fpLen, '\0');
  if (std::fread(out.fingerprint.data(), 1, fpLen, f) != fpLen)
    throw MediaError(ErrorCode::VaultDamaged, path, "vault header cut off");
  // One allocation, two copies (GCC 12 at -O2 misreads a range insert here
  // as out of bounds).
  std::vector<unsigned char> raw(sizeof fixed + fpLen);
  std::memcpy(raw.data(), fixed, sizeof fixed);
  if (fpLen > 0)
    std::memcpy(raw.data() + sizeof fixed, out.fingerprint.data(), fpLen);
  return raw;
}

void chunkNonce(const unsigned char id[16], std::uint64_t index, unsigned char nonce[24]) {
  std::memcpy(nonce, id, 16);
  for (int i = 0; i < 8; ++i)
    nonce[16 + i] = static_cast<unsigned char>(index >> (8 * i));
}

std::vector<unsigned char> chunkAd(const std::vector<unsigned char> &header, std::uint64_t index, bool last) {
  std::vector<unsigned char> ad = header;
  putLe(ad, index, 8);
  ad.push_back(last ? 1 : 0);
  return ad;
}

std::uint64_t chunkCount(std::uint64_t plainSize) {
  return plainSize == 0 ? 1 : (plainSize + kChunk - 1) / kChunk;
}

std::optional<VaultKey> lookupKey(const std::string &fileIdHex) {
  std::lock_guard lock(g_keysMutex);
  if (!g_keys)
    return std::nullopt;
  return g_keys(fileIdHex);
}

} // namespace vault

void setVaultKeys(std::function<std::optional<VaultKey>(const std::string &)> provider) {
  std::lock_guard lock(vault::g_keysMutex);
  vault::g_keys = std::move(provider);
}

VaultKey newVaultKey() {
  vault::initSodium();
  VaultKey k;
  randombytes_buf(k.data(), k.size());
  return k;
}

bool isVault(const std::string &path) {
  std::FILE *f = std::fopen(path.c_str(), "rb");
  if (!f)
    return false;
  char magic[7];
  bool yes = std::fread(magic, 1, 7, f) == 7 && std::memcmp(magic, vault::kMagic, 7) == 0;
  std::fclose(f);
  return yes;
}

VaultHeader readVaultHeader(const std::string &path) {
  std::FILE *f = std::fopen(path.c_str(), "rb");
  if (!f)
    throw MediaError(ErrorCode::FileNotFound, path, "cannot open");
  VaultHeader h;
  unsigned char id[16];
  try {
    (void)vault::readHeader(f, path, h, id);
  } catch (...) {
    std::fclose(f);
    throw;
  }
  std::fclose(f);
  return h;
}

std::string writeVault(const std::string &source, const std::string &out, const VaultKey &key,
                       const std::string &fingerprint, PrivateMetadata *stripped) {
  using namespace vault;
  initSodium();
  const PrivateMetadata strip = findPrivateMetadata(source);
  if (stripped != nullptr)
    *stripped = strip;
  std::error_code ec;
  auto size = std::filesystem::file_size(source, ec);
  if (ec)
    throw MediaError(ErrorCode::ReadFailed, source, ec.message());
  std::FILE *in = std::fopen(source.c_str(), "rb");
  if (!in)
    throw MediaError(ErrorCode::ReadFailed, source, "cannot open");
  std::string part = out + ".part";
  std::FILE *o = std::fopen(part.c_str(), "wb");
  if (!o) {
    std::fclose(in);
    throw MediaError(ErrorCode::EncodeFailed, part, "cannot create");
  }
  unsigned char id[16];
  randombytes_buf(id, sizeof id);
  auto header = encodeHeader(size, id, fingerprint);
  bool ok = std::fwrite(header.data(), 1, header.size(), o) == header.size();
  std::vector<unsigned char> plain(kChunk), sealed(kChunk + kTag);
  std::uint64_t chunks = chunkCount(size), left = size;
  for (std::uint64_t i = 0; ok && i < chunks; ++i) {
    std::size_t n = static_cast<std::size_t>(std::min<std::uint64_t>(left, kChunk));
    if (std::fread(plain.data(), 1, n, in) != n) {
      ok = false;
      break;
    }
    applyPrivateMetadata(strip, i * kChunk, plain.data(), n);
    left -= n;
    unsigned char nonce[24];
    chunkNonce(id, i, nonce);
    auto ad = chunkAd(header, i, i + 1 == chunks);
    unsigned long long sealedLen = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(sealed.data(), &sealedLen, plain.data(), n, ad.data(), ad.size(),
                                               nullptr, nonce, key.data());
    ok = std::fwrite(sealed.data(), 1, sealedLen, o) == sealedLen;
  }
  sodium_memzero(plain.data(), plain.size());
  std::fclose(in);
  ok = ok && std::fflush(o) == 0 && ::fsync(fileno(o)) == 0;
  ok = (std::fclose(o) == 0) && ok;
  if (!ok || std::rename(part.c_str(), out.c_str()) != 0) {
    std::remove(part.c_str());
    throw MediaError(ErrorCode::EncodeFailed, out, "cannot write the vault");
  }
  return hex(id, 16);
}

} // namespace spiegel::media
