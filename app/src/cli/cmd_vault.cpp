// spiegel vault PROJECT [--recording ID] — keep a project's recording
// encrypted beside it (issue #13 §4): media::writeVault copies it into
// <project>-<id>.spiegelvault, the key goes to the user's key folder
// (common/vault_keys), and the project plays from the vault from then on.
// The original is left where it is: deleting it is the user's choice.
#include "cli/store_cli.hpp"
#include "common/arg_parser.hpp"
#include "common/i18n.hpp"
#include "spiegel/media/error.hpp"
#include "common/keep_encrypted.hpp"
#include "spiegel/media/background.hpp"
#include "spiegel/media/vault.hpp"

#include <iostream>
#include <optional>

namespace spiegel::app {
namespace {
void help() {
  std::cout << tr("Usage: spiegel vault PROJECT.spiegel [--recording ID]\n"
                  "  Keep the project's recording encrypted beside the project (PROJECT-ID.spiegelvault): it plays,\n"
                  "  seeks and makes thumbnails from there without a decrypted copy on disk. The key stays in your\n"
                  "  own config folder (keys/), so the project folder alone does not play anywhere else; give a\n"
                  "  colleague the recording with spiegel share --with-recording. The original file stays where it\n"
                  "  is: delete it yourself once you no longer need it. Where and with what it was filmed (location,\n"
                  "  device, GPS tracks) is left out of the copy of an MP4 or MOV file.\n",
                  "Gebruik: spiegel vault PROJECT.spiegel [--recording ID]\n"
                  "  De opname van het project versleuteld naast het project bewaren (PROJECT-ID.spiegelvault): hij\n"
                  "  speelt, zoekt en maakt miniaturen vanaf daar zonder ontsleutelde kopie op schijf. De sleutel\n"
                  "  blijft in je eigen configuratiemap (keys/), zodat de projectmap alleen nergens anders speelt;\n"
                  "  geef een collega de opname met spiegel share --with-recording. Het origineel blijft waar het\n"
                  "  is: verwijder het zelf zodra je het niet meer nodig hebt. Waar en waarmee het gefilmd is (locatie,\n"
                  "  toestel, GPS-sporen) wordt weggelaten uit de kopie van een MP4- of MOV-bestand.\n");
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
    const VaultPlan plan = planVault(project, r);
    if (plan.source.empty())
      throw UsageError(tr("The recording is not where the project expects it (", "De opname staat niet waar het project "
                                                                                 "hem verwacht (") +
                       r.path + tr("); nothing was encrypted.", "); er is niets versleuteld."));
    if (plan.already) {
      std::cout << tr("The recording is kept encrypted already: ", "De opname wordt al versleuteld bewaard: ")
                << plan.source << '\n';
      return kExitOk;
    }
    if (plan.exists)
      throw UsageError(plan.vaultPath + tr(" exists already; nothing was overwritten.",
                                           " bestaat al; er is niets overschreven."));
    SealedRecording sealed;
    try {
      sealed = sealRecording(plan);
    } catch (const VaultKeyNotSaved &) {
      return fail(kExitError, tr("The key could not be written to your config folder; nothing was encrypted.",
                                 "De sleutel kon niet in je configuratiemap worden geschreven; er is niets "
                                 "versleuteld."));
    }
    adoptVault(project, r, plan, sealed);
    const std::string &source = plan.source;
    const std::string out = plan.vaultPath;
    std::cout << tr("The recording is now kept encrypted in ", "De opname wordt nu versleuteld bewaard in ")
              << out << ".\n"
              << tr("The original is still at ", "Het origineel staat nog in ") << source
              << tr(": delete it yourself once you no longer need it.",
                    ": verwijder het zelf zodra je het niet meer nodig hebt.")
              << '\n';
    if (!sealed.stripped.understood)
      std::cout << tr("Where and with what it was filmed could not be left out of this kind of file (only MP4 and "
                      "MOV are stripped): the vault holds it as the original does.",
                      "Waar en waarmee het gefilmd is, kon uit dit soort bestand niet worden weggelaten (alleen MP4 "
                      "en MOV worden opgeschoond): de kluis bevat het zoals het origineel.")
                << '\n';
    else if (!sealed.stripped.found.empty())
      std::cout << tr("Left out of the encrypted copy: ", "Weggelaten uit de versleutelde kopie: ")
                << strippedText(sealed.stripped) << ".\n";
    return kExitOk;
  });
}

} // namespace

int runVault(const Args &args) { return run(args); }

} // namespace spiegel::app
