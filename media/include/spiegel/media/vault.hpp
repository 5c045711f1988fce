#pragma once
// The recording vault: a file of 64 KiB chunks, each sealed with
// XChaCha20-Poly1305, that media/ reads without writing plaintext anywhere.
// Format: docs/formats.md "Recording vault (.spiegelvault)".
#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace spiegel::media {

using VaultKey = std::array<unsigned char, 32>;

// Supplies the key for a vault's file id (hex), or nullopt when this computer
// does not have it. Registered once at start-up by the app; may be called from
// any media thread, so it must be thread-safe. An empty function unregisters.
void setVaultKeys(std::function<std::optional<VaultKey>(const std::string &fileIdHex)> provider);

// 32 random bytes for a new vault.
[[nodiscard]] VaultKey newVaultKey();

// True when the file at path starts with the vault magic.
[[nodiscard]] bool isVault(const std::string &path);

struct VaultHeader {
  std::uint64_t plainSize = 0;
  std::string fileIdHex;   // 32 hex digits
  std::string fingerprint; // the original's media::fingerprint
};

// Reads the header (no key needed). Throws MediaError(NotMedia) when not a vault.
[[nodiscard]] VaultHeader readVaultHeader(const std::string &path);

// Encrypts source into out chunk by chunk (writes out + ".part", fsyncs,
// renames); returns the new vault's file id. fingerprint is stored in the
// header. Throws MediaError(ReadFailed / EncodeFailed).
// Decrypted bytes [offset, offset + n) of the original (fewer at its end).
// Throws MediaError(VaultKeyMissing / VaultDamaged / ReadFailed).
[[nodiscard]] std::vector<unsigned char> readVaultBytes(const std::string &path, std::uint64_t offset, std::size_t n);

// Authenticates every chunk; throws MediaError(VaultDamaged) at the first bad one.
void verifyVault(const std::string &path);

std::string writeVault(const std::string &source, const std::string &out, const VaultKey &key,
                       const std::string &fingerprint);

} // namespace spiegel::media
