// spiegel vault PROJECT [--recording ID] — keep a project's recording
// encrypted beside it (issue #13 §4): media::writeVault copies it into
// <project>-<id>.spiegelvault, the key goes to the user's key folder
// (common/vault_keys), and the project plays from the vault from then on.
// The original is left where it is: deleting it is the user's choice.
#include "cli/store_cli.hpp"
#include "common/arg_parser.hpp"
#include "common/i18n.hpp"
#include "common/vault_keys.hpp"
#include "spiegel/media/background.hpp"
#include "spiegel/media/vault.hpp"

#include <filesystem>
#include <iostream>
#include <optional>

namespace spiegel::app {
namespace {
namespace fs = std::filesystem;

void help() {
  std::cout << tr("Usage: spiegel vault PROJECT.spiegel [--recording ID]\n"
                  "  Keep the project's recording encrypted beside the project (PROJECT-ID.spiegelvault): it plays,\n"
                  "  seeks and makes thumbnails from there without a decrypted copy on disk. The key stays in your\n"
                  "  own config folder (keys/), so the project folder alone does not play anywhere else; give a\n"
                  "  colleague the recording with spiegel share --with-recording. The original file stays where it\n"
                  "  is: delete it yourself once you no longer need it.\n",
                  "Gebruik: spiegel vault PROJECT.spiegel [--recording ID]\n"
                  "  De opname van het project versleuteld naast het project bewaren (PROJECT-ID.spiegelvault): hij\n"
                  "  speelt, zoekt en maakt miniaturen vanaf daar zonder ontsleutelde kopie op schijf. De sleutel\n"
                  "  blijft in je eigen configuratiemap (keys/), zodat de projectmap alleen nergens anders speelt;\n"
                  "  geef een collega de opname met spiegel share --with-recording. Het origineel blijft waar het\n"
                  "  is: verwijder het zelf zodra je het niet meer nodig hebt.\n");
}

int run(const Args &args) {
  ArgParser p(args);
  if (p.flag("--help") || p.flag("-h")) {
    help();
    return kExitOk;
  }
  const auto recordingId = p.value("--recording");
  const auto pos = p.positionals();
  if (auto bad = p.leftoverError())
    return fail(kExitUsage, *bad);
  if (pos.size() != 1)
    return fail(kExitUsage, tr("Give one project (see spiegel vault --help).",
                               "Geef een project (zie spiegel vault --help)."));
  return guardStore([&]() -> int {
    store::Project project = openProject(pos[0]);
    project.setActor(actorName());
    store::Recording r = chosenRecording(project, recordingId);
    const std::string source = project.locateRecording(r);
    if (source.empty())
      throw UsageError(tr("The recording is not where the project expects it (", "De opname staat niet waar het project "
                                                                                 "hem verwacht (") +
                       r.path + tr("); nothing was encrypted.", "); er is niets versleuteld."));
    if (media::isVault(source)) {
      std::cout << tr("The recording is kept encrypted already: ", "De opname wordt al versleuteld bewaard: ") << source
                << '\n';
      return kExitOk;
    }
    const fs::path projectPath = fs::absolute(project.path());
    const std::string name = projectPath.stem().string() + "-" + r.id.substr(0, 8) + ".spiegelvault";
    const fs::path out = projectPath.parent_path() / name;
    if (fs::exists(out))
      throw UsageError(out.string() + tr(" exists already; nothing was overwritten.",
                                         " bestaat al; er is niets overschreven."));
    const media::VaultKey key = media::newVaultKey();
    const std::string fingerprint = r.fingerprint.empty() ? media::fingerprint(source) : r.fingerprint;
    const std::string fileId = media::writeVault(source, out.string(), key, fingerprint);
    if (!saveVaultKey(fileId, key)) {
      std::error_code ec;
      fs::remove(out, ec); // a vault without its key could never be read
      return fail(kExitError, tr("The key could not be written to your config folder; nothing was encrypted.",
                                 "De sleutel kon niet in je configuratiemap worden geschreven; er is niets "
                                 "versleuteld."));
    }
    r.path = out.string();
    r.relativePath = name;
    r.fingerprint = fingerprint; // the original's: merges and relinking still find it
    project.updateRecording(r);
    project.logAudit("vault", "recording " + r.id, "encrypted into " + name + "; the original stays at " + source);
    std::cout << tr("The recording is now kept encrypted in ", "De opname wordt nu versleuteld bewaard in ")
              << out.string() << ".\n"
              << tr("The original is still at ", "Het origineel staat nog in ") << source
              << tr(": delete it yourself once you no longer need it.",
                    ": verwijder het zelf zodra je het niet meer nodig hebt.")
              << '\n';
    return kExitOk;
  });
}

} // namespace

int runVault(const Args &args) { return run(args); }

} // namespace spiegel::app
