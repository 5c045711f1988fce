#pragma once
// The recording vault: a file of 64 KiB chunks, each sealed with
// XChaCha20-Poly1305, that media/ reads without writing plaintext anywhere.
// Format: docs/formats.md "Recording vault (.spiegelvault)".
#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <utility>
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

// Decrypted bytes [offset, offset + n) of the original (fewer at its end).
// Throws MediaError(VaultKeyMissing / VaultDamaged / ReadFailed).
[[nodiscard]] std::vector<unsigned char> readVaultBytes(const std::string &path, std::uint64_t offset, std::size_t n);

// Authenticates every chunk; throws MediaError(VaultDamaged) at the first bad one.
void verifyVault(const std::string &path);

// What the vault leaves out of an MP4 / MOV / 3GP original: where and with
// what it was filmed. Every user-data and metadata box of the file, of its
// movie and of each track (location, make and model, XMP, the maker's
// notes) becomes a "free" box with zeros inside, and the samples of timed
// metadata tracks (GPS, a phone's location track; not timecode) are zeroed.
// Lengths and offsets stay, so pictures and sound are copied byte-identical
// and seek as before. The recording time (mvhd) stays: it dates the
// recording. Other containers (Matroska, AVI, …) are left as they are:
// understood is then false.
struct PrivateMetadata {
  bool understood = false;         // an MP4/MOV box tree with a movie box
  std::vector<std::string> found;  // the tags readers showed, e.g. "location", "make", "model"
  std::vector<std::pair<std::uint64_t, std::uint64_t>> zeroed; // (offset, length) overwritten with zeros
  std::vector<std::uint64_t> freed; // offsets of box types that become "free"
};
// Throws MediaError (ReadFailed, or the opening errors of a file FFmpeg cannot read).
[[nodiscard]] PrivateMetadata findPrivateMetadata(const std::string &path);
// Applies `plan` to the original's bytes [offset, offset + n) in buf.
void applyPrivateMetadata(const PrivateMetadata &plan, std::uint64_t offset, unsigned char *buf, std::size_t n);

// Encrypts source into out chunk by chunk, with findPrivateMetadata's plan
// applied on the way (writes out + ".part", fsyncs, renames); returns the
// new vault's file id. fingerprint is stored in the header (the
// original's, so merges and relinking still find it). When `stripped` is
// given it receives the plan that was applied. Throws MediaError
// (ReadFailed / EncodeFailed, or findPrivateMetadata's).
std::string writeVault(const std::string &source, const std::string &out, const VaultKey &key,
                       const std::string &fingerprint, PrivateMetadata *stripped = nullptr);

} // namespace spiegel::media
