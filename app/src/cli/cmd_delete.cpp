// spiegel delete — delete a project's recording with proof (issue #13 §2;
// common/delete_recording.hpp). Without --yes it only says what would go.
#include "cli/store_cli.hpp"
#include "common/arg_parser.hpp"
#include "common/delete_recording.hpp"
#include "common/i18n.hpp"

#include <iostream>

namespace spiegel::app {
namespace {

void help() {
  std::cout << tr(
      "Usage: spiegel delete PROJECT.spiegel [--recording ID] [--original] [--keep-work] [--yes]\n"
      "Deletes what Spiegel keeps of a recording: the encrypted copy beside the project (the vault) and its key,\n"
      "and the thumbnails and waveform in your cache folder (they are pictures and sound of the family).\n"
      "Before anything goes, the SHA-256 of each file is written to the project's audit log as proof.\n"
      "  --original   also delete the recording file itself (the one the project was made for)\n"
      "  --keep-work  keep the tags, ratings and notes in the project; without it they are deleted too\n"
      "  --yes        do it; without --yes Spiegel only lists what would be deleted\n"
      "What deleting does and does not do: the files are removed from their folder. On an SSD, or a disk with a\n"
      "journal or snapshots, the old blocks can stay readable until they are reused; no program can promise\n"
      "otherwise. A vault is safe once its key is gone (the key is deleted with it), and full-disk encryption\n"
      "protects the rest. Copies elsewhere (a colleague's, a backup, a USB stick) must be deleted there.\n",
      "Gebruik: spiegel delete PROJECT.spiegel [--recording ID] [--original] [--keep-work] [--yes]\n"
      "Verwijdert wat Spiegel van een opname bewaart: de versleutelde kopie naast het project (de kluis) en de\n"
      "sleutel ervan, en de miniaturen en de golfvorm in je cachemap (het zijn beelden en geluid van het gezin).\n"
      "Voordat er iets verdwijnt, komt de SHA-256 van elk bestand als bewijs in het logboek van het project.\n"
      "  --original   verwijder ook het opnamebestand zelf (waarvoor het project is gemaakt)\n"
      "  --keep-work  bewaar de tags, beoordelingen en notities in het project; zonder deze optie gaan ze ook weg\n"
      "  --yes        voer het uit; zonder --yes toont Spiegel alleen wat er verwijderd zou worden\n"
      "Wat verwijderen wel en niet doet: de bestanden verdwijnen uit hun map. Op een SSD, of een schijf met een\n"
      "journaal of snapshots, kunnen de oude blokken leesbaar blijven tot ze opnieuw worden gebruikt; geen\n"
      "programma kan anders beloven. Een kluis is veilig zodra de sleutel weg is (die wordt mee verwijderd), en\n"
      "versleuteling van de hele schijf beschermt de rest. Kopieën elders (bij een collega, een back-up, een\n"
      "USB-stick) moeten daar worden verwijderd.\n");
}

void list(const DeletionPlan &plan) {
  for (const auto &f : plan.files)
    std::cout << "  " << destroyedFileText(f.what) << ": " << f.path << '\n';
  std::cout << "  " << plan.caches << tr(" thumbnail and waveform files in the cache\n",
                                         " miniatuur- en golfvormbestanden in de cache\n");
  std::cout << "  " << (plan.choice.keepWork ? tr("the tags, ratings and notes stay in the project\n",
                                                  "de tags, beoordelingen en notities blijven in het project\n")
                                             : tr("the tags, ratings, discussions and notes on this recording\n",
                                                  "de tags, beoordelingen, besprekingen en notities bij deze opname\n"));
  if (!plan.originalLeft.empty())
    std::cout << tr("The original stays (add --original to delete it too): ",
                    "Het origineel blijft staan (met --original gaat het ook weg): ")
              << plan.originalLeft << '\n';
}

} // namespace

int runDelete(const Args &args) {
  ArgParser p(args);
  if (p.wantsHelp()) {
    help();
    return kExitOk;
  }
  const auto recordingId = p.value("--recording");
  const DeletionChoice choice{.original = p.flag("--original"), .keepWork = p.flag("--keep-work")};
  const bool yes = p.flag("--yes");
  return guardStore([&]() -> int {
    const auto pos = exactPositionals(p, 1, "delete");
    store::Project project = openProject(pos[0]);
    project.setActor(actorName());
    const auto plan = planDeletion(project, chosenRecording(project, recordingId), choice);
    if (!yes) {
      std::cout << tr("This would delete:\n", "Dit zou verwijderen:\n");
      list(plan);
      return fail(kExitUsage, tr("Nothing was deleted: add --yes to delete it.",
                                 "Er is niets verwijderd: voeg --yes toe om het te verwijderen."));
    }
    const auto done = deleteRecording(project, plan);
    for (const auto &f : done.removed)
      std::cout << tr("Deleted ", "Verwijderd: ") << destroyedFileText(f.what) << ": " << f.path << " (sha256 " << f.sha256
                << ")\n";
    std::cout << done.caches << tr(" cache files deleted.\n", " cachebestanden verwijderd.\n");
    for (const auto &f : done.failed)
      std::cerr << tr("Could not delete ", "Kon niet verwijderen: ") << f
                << tr(": delete it by hand (the audit log has its hash).",
                      ": verwijder het met de hand (het logboek heeft de hash).")
                << '\n';
    return done.failed.empty() ? kExitOk : kExitError;
  });
}

} // namespace spiegel::app
