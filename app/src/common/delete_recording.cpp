#include "common/delete_recording.hpp"

#include "common/i18n.hpp"
#include "common/vault_keys.hpp"

#include "spiegel/media/background.hpp"
#include "spiegel/media/vault.hpp"
#include "spiegel/store/error.hpp"

#include <filesystem>

namespace spiegel::app {
namespace fs = std::filesystem;

namespace {
std::uint64_t sizeOf(const std::string &path) {
  std::error_code ec;
  const auto n = fs::file_size(path, ec);
  return ec ? 0 : n;
}

} // namespace

std::string destroyedFileText(const std::string &what) {
  if (what == "vault")
    return tr("the encrypted recording (vault)", "de versleutelde opname (kluis)");
  if (what == "vault key")
    return tr("its key", "de sleutel ervan");
  return tr("the recording file", "het opnamebestand");
}

DeletionPlan planDeletion(store::Project &project, const store::Recording &rec, DeletionChoice choice) {
  DeletionPlan plan{rec, choice, {}, static_cast<int>(media::cacheFiles(media::cacheDirectory(), rec.fingerprint).size()), {}};
  const std::string at = project.locateRecording(rec);
  if (at.empty())
    return plan;
  if (media::isVault(at)) {
    plan.files.push_back({"vault", at, {}, sizeOf(at)});
    const std::string key = vaultKeyPath(media::readVaultHeader(at).fileIdHex);
    if (!key.empty() && fs::exists(key))
      plan.files.push_back({"vault key", key, {}, sizeOf(key)});
  } else if (choice.original) {
    plan.files.push_back({"recording", at, {}, sizeOf(at)});
  } else {
    plan.originalLeft = at;
  }
  return plan;
}

DeletionDone deleteRecording(store::Project &project, const DeletionPlan &plan) {
  if (project.readOnly())
    throw store::StoreError(store::ErrorCode::ReadOnly, project.path(), "the project is open read-only");
  DeletionDone done;
  std::vector<store::DestroyedFile> proof = plan.files;
  for (auto &f : proof) // every hash before anything goes
    f.sha256 = media::fileSha256(f.path);
  if (plan.caches > 0)
    proof.push_back({"caches", media::cacheDirectory(), {}, static_cast<std::uint64_t>(plan.caches)});
  // Written down first: a crash between the two leaves a record of files
  // that still exist (deleting again finishes), never files gone unrecorded.
  project.recordDeletion(plan.recording.id, proof, plan.choice.keepWork);
  for (const auto &f : plan.files) {
    std::error_code ec;
    if (fs::remove(f.path, ec) && !ec)
      done.removed.push_back(f);
    else
      done.failed.push_back(f.path);
  }
  done.caches = media::removeCaches(media::cacheDirectory(), plan.recording.fingerprint);
  return done;
}

} // namespace spiegel::app
