#include "common/keep_encrypted.hpp"

#include "common/i18n.hpp"
#include "common/vault_keys.hpp"
#include "spiegel/media/background.hpp"

#include <filesystem>

namespace spiegel::app {
namespace fs = std::filesystem;

VaultPlan planVault(store::Project &project, const store::Recording &rec) {
  VaultPlan plan;
  plan.source = project.locateRecording(rec);
  if (plan.source.empty())
    return plan;
  plan.already = media::isVault(plan.source);
  const fs::path projectPath = fs::absolute(project.path());
  plan.vaultName = projectPath.stem().string() + "-" + rec.id.substr(0, 8) + ".spiegelvault";
  plan.vaultPath = (projectPath.parent_path() / plan.vaultName).string();
  std::error_code ec;
  plan.exists = fs::exists(plan.vaultPath, ec);
  plan.fingerprint = rec.fingerprint;
  return plan;
}

SealedRecording sealRecording(const VaultPlan &plan) {
  const media::VaultKey key = media::newVaultKey();
  const std::string fingerprint = plan.fingerprint.empty() ? media::fingerprint(plan.source) : plan.fingerprint;
  SealedRecording out;
  const std::string fileId = media::writeVault(plan.source, plan.vaultPath, key, fingerprint, &out.stripped);
  if (!saveVaultKey(fileId, key)) {
    std::error_code ec;
    fs::remove(plan.vaultPath, ec); // a vault without its key could never be read
    throw VaultKeyNotSaved("the vault key could not be saved");
  }
  return out;
}

void adoptVault(store::Project &project, store::Recording rec, const VaultPlan &plan, const SealedRecording &sealed) {
  if (rec.fingerprint.empty())
    rec.fingerprint = media::fingerprint(plan.source); // the original's: merges and relinking still find it
  rec.path = plan.vaultPath;
  rec.relativePath = plan.vaultName;
  project.updateRecording(rec);
  std::string detail = "encrypted into " + plan.vaultName + "; the original stays at " + plan.source;
  if (!sealed.stripped.understood)
    detail += "; metadata not stripped (not an MP4/MOV file)";
  else if (!sealed.stripped.found.empty())
    detail += "; left out: " + strippedText(sealed.stripped);
  project.logAudit("vault", "recording " + rec.id, detail);
}

std::string strippedText(const media::PrivateMetadata &stripped) {
  std::string out;
  for (const std::string &key : stripped.found)
    out += (out.empty() ? "" : ", ") + key;
  return out;
}

} // namespace spiegel::app
