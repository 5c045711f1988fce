// spiegel merge PROJECT FILE… — bring colleagues' work (their .spiegel
// projects or JSON packages of the same recording) into PROJECT, through
// review/colleague.hpp as the window's "Add a colleague's work…" does.
#include "cli/store_cli.hpp"
#include "common/arg_parser.hpp"
#include "common/i18n.hpp"
#include "common/review_messages.hpp"
#include "spiegel/review/colleague.hpp"

#include <nlohmann/json.hpp>

#include <iostream>

namespace spiegel::app {

namespace {

void help() {
  std::cout << tr("Usage: spiegel merge PROJECT.spiegel FILE.spiegel|FILE.json… [--all-or-nothing] [--json]\n"
                  "  Bring colleagues' work into PROJECT: their own projects (or JSON packages) of the same\n"
                  "  recording, one file per colleague. Each file is checked first: a file of another\n"
                  "  recording (told apart by its content's fingerprint), without a fingerprint, that cannot be\n"
                  "  read, or PROJECT itself is refused with one sentence and nothing of it is added.\n"
                  "  The other files are merged together in one step: per tag, rating, participant and\n"
                  "  reviewer the newest edit wins, deletions carry over, and merging again changes nothing,\n"
                  "  so after fixing a refused file you run the same command again. The exit code is 3 when\n"
                  "  any file was refused. With --all-or-nothing one refused file keeps every file out.\n"
                  "  Prints per file what was added, updated, deleted and which edits conflicted (made on\n"
                  "  both sides), then the total; --json prints {files: [...], total}.\n",
                  "Gebruik: spiegel merge PROJECT.spiegel BESTAND.spiegel|BESTAND.json… [--all-or-nothing] [--json]\n"
                  "  Het werk van collega's in PROJECT opnemen: hun eigen projecten (of JSON-pakketten) van\n"
                  "  dezelfde opname, een bestand per collega. Elk bestand wordt eerst nagekeken: een bestand\n"
                  "  van een andere opname (herkend aan de vingerafdruk van de inhoud), zonder vingerafdruk,\n"
                  "  dat niet te lezen is, of PROJECT zelf wordt geweigerd met een zin en er komt niets van in.\n"
                  "  De andere bestanden worden samen in een stap samengevoegd: per tag, beoordeling,\n"
                  "  deelnemer en beoordelaar wint de nieuwste wijziging, verwijderingen gaan mee, en opnieuw\n"
                  "  samenvoegen verandert niets, dus na het herstellen van een geweigerd bestand geef je\n"
                  "  hetzelfde commando nog eens. De afsluitcode is 3 als er een bestand is geweigerd. Met\n"
                  "  --all-or-nothing houdt een geweigerd bestand alle bestanden buiten.\n"
                  "  Toont per bestand wat is toegevoegd, bijgewerkt, verwijderd en welke wijzigingen botsten\n"
                  "  (aan beide kanten gemaakt), en dan het totaal; --json toont {files: [...], total}.\n");
}

std::string problemKey(const review::Error &e) {
  switch (e.problem) {
  case review::Problem::SameProject: return "same_project";
  case review::Problem::NoFingerprint: return "no_fingerprint";
  case review::Problem::NotSameRecording: return "not_same_recording";
  case review::Problem::Store: return "file";
  default: return "other";
  }
}

void printJson(const review::ColleagueMerge &m) {
  auto files = nlohmann::ordered_json::array();
  for (const auto &f : m.files) {
    nlohmann::ordered_json j{{"file", f.path},       {"recording", f.recordingTitle}, {"reviewers", f.reviewers},
                             {"tags", f.tags},       {"ratings", f.ratings},          {"merged", f.merged}};
    if (f.refusal)
      j["refused"] = {{"problem", problemKey(f.refusal)}, {"message", describe(f.refusal)}};
    else if (f.merged)
      j.update(reportJson(f.report));
    files.push_back(std::move(j));
  }
  std::cout << nlohmann::ordered_json{{"files", files}, {"total", reportJson(m.total)}}.dump(2) << '\n';
}

void printText(const review::ColleagueMerge &m) {
  for (const auto &f : m.files) {
    if (f.refusal) {
      std::cerr << "spiegel: " << describe(f.refusal) << '\n';
      continue;
    }
    if (!f.merged) { // all or nothing, and another file was refused
      std::cout << f.name << tr(": not added, because another file was refused (--all-or-nothing)\n",
                                ": niet toegevoegd, omdat een ander bestand is geweigerd (--all-or-nothing)\n");
      continue;
    }
    std::cout << f.name;
    for (std::size_t i = 0; i < f.reviewers.size(); ++i)
      std::cout << (i == 0 ? " (" : ", ") << f.reviewers[i] << (i + 1 == f.reviewers.size() ? ")" : "");
    std::cout << '\n';
    printReport(f.report, false);
  }
  if (m.mergedCount() > 1) {
    std::cout << tr("In all: ", "In totaal: ");
    printReport(m.total, false);
  }
}

} // namespace

int runMerge(const Args &args) {
  ArgParser p(args);
  if (p.wantsHelp()) {
    help();
    return kExitOk;
  }
  const bool json = p.flag("--json");
  const bool allOrNothing = p.flag("--all-or-nothing");
  const auto pos = p.positionals();
  if (auto bad = p.leftoverError())
    return fail(kExitUsage, *bad);
  if (pos.size() < 2)
    return fail(kExitUsage, tr("Name the project and the colleagues' files to add to it (see --help).",
                               "Noem het project en de bestanden van collega's die erin moeten (zie --help)."));
  return guardStore([&]() -> int {
    auto project = openProject(pos[0]);
    std::vector<std::string> fingerprints;
    for (const auto &r : project.recordings())
      fingerprints.push_back(r.fingerprint);
    const auto merged = review::mergeColleagues(
        project, fingerprints, {pos.begin() + 1, pos.end()},
        allOrNothing ? review::ColleaguePolicy::AllOrNothing : review::ColleaguePolicy::MergeGoodOnes);
    if (!merged) {
      if (merged.error.store)
        throw *merged.error.store;
      return fail(kExitError, describe(merged.error));
    }
    if (json)
      printJson(*merged.value);
    else
      printText(*merged.value);
    return merged.value->refusedCount() > 0 ? kExitBadInput : kExitOk;
  });
}

} // namespace spiegel::app
