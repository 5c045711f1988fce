#include "common/command.hpp"

#include <algorithm>
#include <iostream>

namespace spiegel::app {

// One declaration per command implemented in cli/cmd_*.cpp.
int runGui(const Args &args);
int runProbe(const Args &args);
int runFrame(const Args &args);
int runProject(const Args &args);
int runTags(const Args &args);
int runComments(const Args &args);
int runRate(const Args &args);
int runMerge(const Args &args);
int runShare(const Args &args);
int runUnpack(const Args &args);
int runAgreement(const Args &args);
int runReviewers(const Args &args);
int runRound(const Args &args);
int runVault(const Args &args);
int runConsent(const Args &args);
int runAudit(const Args &args);
int runRecord(const Args &args);
int runDelete(const Args &args);
int runDemo(const Args &args);
int runBench(const Args &args);

namespace {
const Command kCommands[] = {
    {"open", "Open the program (default when no command is given)",
     "Het programma openen (standaard zonder opdracht)", runGui},
    {"probe", "Show what is in a recording (streams, duration, rotation)",
     "Tonen wat er in een opname zit (stromen, duur, draaiing)", runProbe},
    {"frame", "Write the frame at a time as a PNG still", "Het beeld op een tijdstip als PNG opslaan", runFrame},
    {"project", "Make or inspect a project file (.spiegel)", "Een projectbestand (.spiegel) maken of bekijken",
     runProject},
    {"tags", "Add, list, export and import tags", "Tags toevoegen, tonen, exporteren en importeren", runTags},
    {"comments", "Discuss moments: start a thread on a tag or stretch, reply, resolve, export as CSV",
     "Momenten bespreken: een bespreking over een tag of stuk starten, reageren, afronden, als CSV exporteren",
     runComments},
    {"rate", "Rate an element for a person or the family", "Een element beoordelen voor een persoon of het gezin",
     runRate},
    {"merge", "Merge another project or package into a project", "Een ander project of pakket samenvoegen",
     runMerge},
    {"share", "Make one encrypted package of a project (and its recording) for a colleague",
     "Een versleuteld pakket van een project (en de opname) maken voor een collega", runShare},
    {"unpack", "Open a colleague's encrypted package into a folder", "Het versleutelde pakket van een collega uitpakken in een map",
     runUnpack},
    {"round", "Start a blind or open coding round, see who is done, reveal your work",
     "Een blinde of open codeerronde starten, zien wie klaar is, je werk laten zien", runRound},
    {"agreement", "How far the reviewers of a project agree (kappa, ICC, alpha)",
     "Hoe ver de beoordelaars van een project overeenstemmen (kappa, ICC, alfa)", runAgreement},
    {"reviewers", "List a project's reviewers; mark the gold standard (an expert's coding)",
     "De beoordelaars van een project tonen; de gouden standaard (codering van een expert) markeren", runReviewers},
    {"consent", "Consent per person and purpose: record, withdraw, check before a use",
     "Toestemming per persoon en doel: vastleggen, intrekken, controleren voor gebruik", runConsent},
    {"audit", "The audit log: list it, check that no entry was removed or changed, export it as CSV",
     "Het logboek: tonen, controleren dat er geen regel is verwijderd of gewijzigd, als CSV exporteren", runAudit},
    {"record", "Write the reflection record of recall sessions as HTML or PDF (SKJ hours)",
     "Het reflectieverslag van terugkijksessies als HTML of PDF schrijven (SKJ-uren)", runRecord},
    {"delete", "Delete a recording's vault, caches (and the file itself) with proof in the audit log",
     "De kluis en caches van een opname (en het bestand zelf) verwijderen, met bewijs in het logboek", runDelete},
    {"vault", "Keep a project's recording encrypted beside the project",
     "De opname van een project versleuteld naast het project bewaren", runVault},
    {"demo", "Write a demo recording with speech, a transcript and an example project",
     "Een demo-opname met spraak, transcript en voorbeeldproject schrijven", runDemo},
    {"bench", "Measure speed next to the ffmpeg tools (--store: the project file)",
     "Snelheid meten naast de ffmpeg-programma's (--store: het projectbestand)", runBench},
};
} // namespace

std::span<const Command> commands() { return kCommands; }

const Command *findCommand(std::string_view name) {
  auto it = std::find_if(std::begin(kCommands), std::end(kCommands),
                         [&](const Command &c) { return c.name == name; });
  return it == std::end(kCommands) ? nullptr : &*it;
}

int fail(int code, const std::string &sentence) {
  std::cerr << "spiegel: " << sentence << '\n';
  return code;
}

} // namespace spiegel::app
