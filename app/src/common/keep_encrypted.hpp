#pragma once
// Keeping a project's recording encrypted beside it (issue #13 §4), for
// `spiegel vault` and the window's File ▸ Keep the recording encrypted…:
//   auto plan = planVault(project, rec);            // where, or why not
//   auto sealed = sealRecording(plan);              // any thread: the long part
//   adoptVault(project, rec, plan, sealed);         // the project's thread
// The original stays where it is: deleting it is the user's choice.
#include "spiegel/media/vault.hpp"
#include "spiegel/store/project.hpp"

#include <stdexcept>
#include <string>

namespace spiegel::app {

struct VaultPlan {
  std::string source;      // the recording as found ("" : not found)
  std::string vaultPath;   // <project>-<id8>.spiegelvault beside the project
  std::string vaultName;   // its file name (the project's relative path)
  std::string fingerprint; // the original's
  bool already = false;    // the recording is a vault already
  bool exists = false;     // something is at vaultPath already (nothing is overwritten)
};
[[nodiscard]] VaultPlan planVault(store::Project &project, const store::Recording &rec);

struct SealedRecording {
  media::PrivateMetadata stripped; // what was left out of the copy
};
struct VaultKeyNotSaved : std::runtime_error {
  using std::runtime_error::runtime_error;
};
// Writes the vault and its key (common/vault_keys). Throws media::MediaError;
// VaultKeyNotSaved when the key cannot be saved (then no vault is left).
[[nodiscard]] SealedRecording sealRecording(const VaultPlan &plan);

// Points the recording at the vault and logs "vault". Throws store::StoreError.
void adoptVault(store::Project &project, store::Recording rec, const VaultPlan &plan, const SealedRecording &sealed);

// "location, make, model" — what was left out, in plain words; "" for nothing.
[[nodiscard]] std::string strippedText(const media::PrivateMetadata &stripped);

} // namespace spiegel::app
