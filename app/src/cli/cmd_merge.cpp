// spiegel merge PROJECT OTHER.spiegel|PACKAGE.json — merge another reviewer's work.
#include "cli/store_cli.hpp"
#include "common/arg_parser.hpp"
#include "common/i18n.hpp"
#include "spiegel/store/package.hpp"

#include <iostream>

namespace spiegel::app {

int runMerge(const Args &args) {
  ArgParser p(args);
  if (p.wantsHelp()) {
    std::cout << tr("Usage: spiegel merge PROJECT.spiegel OTHER.spiegel|PACKAGE.json [--json]\n"
                    "  Merge another project or package into PROJECT by id: per tag, rating, participant and\n"
                    "  reviewer the newest edit wins, deletions carry over, merging twice changes nothing.\n"
                    "  Everything is merged in one step or not at all. Prints what was added, updated,\n"
                    "  deleted and which edits conflicted (made on both sides).\n",
                    "Gebruik: spiegel merge PROJECT.spiegel ANDER.spiegel|PAKKET.json [--json]\n"
                    "  Een ander project of pakket op id samenvoegen met PROJECT: per tag, beoordeling,\n"
                    "  deelnemer en beoordelaar wint de nieuwste wijziging, verwijderingen gaan mee, twee keer\n"
                    "  samenvoegen verandert niets. Alles in een keer of helemaal niet. Toont wat is\n"
                    "  toegevoegd, bijgewerkt, verwijderd en welke wijzigingen botsten (aan beide kanten gemaakt).\n");
    return kExitOk;
  }
  const bool json = p.flag("--json");
  const auto pos = p.positionals();
  if (auto bad = p.leftoverError())
    return fail(kExitUsage, *bad);
  if (pos.size() != 2)
    return fail(kExitUsage, tr("Name the project and the file to merge into it (see --help).",
                               "Noem het project en het bestand dat erin moet (zie --help)."));
  return guardStore([&]() -> int {
    const auto package = store::readPackage(pos[1]);
    auto project = openProject(pos[0]);
    if (!package.project.id.empty() && package.project.id == project.info().id && pos[0] == pos[1])
      return fail(kExitUsage, tr("A project cannot be merged into itself.", "Een project kan niet met zichzelf worden samengevoegd."));
    printReport(project.merge(package, pos[1], "merge"), json);
    return kExitOk;
  });
}

} // namespace spiegel::app
