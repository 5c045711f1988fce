#pragma once
// Where recording-vault keys live: configDirectory()/keys/<fileId>.key, 32
// raw bytes, mode 0600, never inside the project or beside the vault (so a
// copied project folder does not carry its own key).
//   registerVaultKeys();                 // once at start-up (CLI and window)
//   saveVaultKey(id, key);               // after media::writeVault
#include "spiegel/media/vault.hpp"

#include <string>

namespace spiegel::app {

// Makes media ask the key folder for vault keys. Thread-safe reads.
void registerVaultKeys();

// Writes the key file (0600, atomically); false when it cannot.
[[nodiscard]] bool saveVaultKey(const std::string &fileIdHex, const media::VaultKey &key);

// The key file's path ("" when there is no config folder or the id is not hex).
[[nodiscard]] std::string vaultKeyPath(const std::string &fileIdHex);

} // namespace spiegel::app
