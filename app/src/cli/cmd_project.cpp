// spiegel project new|info|relink — create and inspect a project file.
#include "cli/review_cli.hpp"
#include "cli/store_cli.hpp"
#include "common/arg_parser.hpp"
#include "common/i18n.hpp"
#include "common/open_project.hpp"
#include "common/profile.hpp"
#include "spiegel/media/background.hpp"
#include "spiegel/store/codebook_json.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <iostream>

namespace spiegel::app {

namespace {
void help() {
  std::cout << tr(
      "Usage:\n"
      "  spiegel project new PROJECT.spiegel --recording FILE [--title TEXT] [--codebook FILE.json]\n"
      "      Make a new project for a recording (with the alliance codebook unless --codebook is given).\n"
      "  spiegel project info PROJECT.spiegel [--json]\n"
      "      Show the project: recordings (and whether they are found), codebook, counts.\n"
      "  spiegel project relink PROJECT.spiegel [--search FOLDER]...\n"
      "      Find moved recordings again by their content, next to the project and in the folders given.\n",
      "Gebruik:\n"
      "  spiegel project new PROJECT.spiegel --recording BESTAND [--title TEKST] [--codebook BESTAND.json]\n"
      "      Een nieuw project maken voor een opname (met het alliantie-codeboek, tenzij --codebook is opgegeven).\n"
      "  spiegel project info PROJECT.spiegel [--json]\n"
      "      Het project tonen: opnames (en of ze gevonden worden), codeboek, aantallen.\n"
      "  spiegel project relink PROJECT.spiegel [--search MAP]...\n"
      "      Verplaatste opnames terugvinden aan hun inhoud, naast het project en in de opgegeven mappen.\n");
}

// The one positional argument (the project); consumed after the options.
std::string onePath(ArgParser &p) {
  auto pos = p.positionals();
  if (auto bad = p.leftoverError())
    throw UsageError(*bad);
  if (pos.size() != 1)
    throw UsageError(tr("Name exactly one project file (see --help).", "Noem precies een projectbestand (zie --help)."));
  return pos.front();
}

int runNew(ArgParser &p) {
  const auto recording = p.value("--recording");
  const auto title = p.value("--title");
  const auto codebookFile = p.value("--codebook");
  const auto path = onePath(p);
  if (auto bad = p.leftoverError())
    return fail(kExitUsage, *bad);
  if (!recording)
    return fail(kExitUsage, tr("project new needs --recording FILE (see --help).",
                               "project new heeft --recording BESTAND nodig (zie --help)."));
  std::error_code ec;
  if (std::filesystem::exists(path, ec))
    return fail(kExitUsage, path + tr(" exists already; choose another name.", " bestaat al; kies een andere naam."));
  // The window's way to make a project (common/open_project, review/), with
  // the CLI's title and codebook.
  auto facts = probeRecording(*recording);
  facts.title = title.value_or("");
  const auto codebook = store::loadCodebook(codebookFile.value_or(SPIEGEL_ASSETS_DIR "/codebooks/alliance.json"));
  auto made = review::Workspace::createProject(path, facts, codebook, loadIdentity()); // the audit's "who"
  check(made.error, path);
  auto &ws = **made.value;
  std::cout << ws.project().info().id << '\n';
  std::cerr << tr("Made ", "Gemaakt: ") << path << tr(" for ", " voor ") << ws.recording().path << '\n';
  return kExitOk;
}

int runInfo(ArgParser &p) {
  const bool json = p.flag("--json");
  const auto path = onePath(p);
  if (auto bad = p.leftoverError())
    return fail(kExitUsage, *bad);
  auto project = openForReading(path);
  const auto info = project.info();
  const auto cb = project.codebook();
  nlohmann::ordered_json j;
  j["path"] = path;
  j["id"] = info.id;
  j["title"] = info.title;
  j["schema_version"] = info.schemaVersion;
  j["created_at"] = info.createdAt;
  j["codebook"] = {{"id", cb.id}, {"version", cb.version}};
  j["recordings"] = nlohmann::ordered_json::array();
  for (const auto &r : project.recordings()) {
    const auto found = project.locateRecording(r);
    j["recordings"].push_back({{"id", r.id}, {"path", r.path}, {"relative_path", r.relativePath},
                               {"fingerprint", r.fingerprint}, {"duration_us", r.duration},
                               {"found", !found.empty()}});
  }
  j["counts"] = {{"tags", project.annotationCount()},
                 {"ratings", project.ratings().size()},
                 {"participants", project.participants().size()},
                 {"reviewers", project.reviewers().size()},
                 {"audit", project.audit().size()}};
  if (json) {
    std::cout << j.dump(2) << '\n';
    return kExitOk;
  }
  std::cout << tr("Project:   ", "Project:   ") << info.title << "  (" << info.id << ")\n"
            << tr("Schema:    ", "Schema:    ") << info.schemaVersion << '\n'
            << tr("Codebook:  ", "Codeboek:  ") << cb.id << " v" << cb.version << '\n';
  for (const auto &r : j["recordings"])
    std::cout << tr("Recording: ", "Opname:    ") << r["path"].get<std::string>()
              << (r["found"].get<bool>() ? "" : tr("  (NOT FOUND: run project relink)", "  (NIET GEVONDEN: gebruik project relink)"))
              << '\n';
  const auto &c = j["counts"];
  std::cout << tr("Tags: ", "Tags: ") << c["tags"] << tr(", ratings: ", ", beoordelingen: ") << c["ratings"]
            << tr(", participants: ", ", deelnemers: ") << c["participants"] << tr(", reviewers: ", ", beoordelaars: ")
            << c["reviewers"] << '\n';
  return kExitOk;
}

int runRelink(ArgParser &p) {
  const auto dirs = p.values("--search");
  const auto path = onePath(p);
  if (auto bad = p.leftoverError())
    return fail(kExitUsage, *bad);
  auto project = openProject(path);
  const auto results = project.relinkRecordings([](const std::string &f) { return media::fingerprint(f); }, dirs);
  int missing = 0;
  for (const auto &r : results) {
    if (r.newPath.empty()) {
      ++missing;
      std::cout << tr("not found: ", "niet gevonden: ") << r.oldPath << '\n';
    } else if (r.wasMissing) {
      std::cout << tr("found: ", "gevonden: ") << r.oldPath << " -> " << r.newPath << '\n';
    } else {
      std::cout << tr("in place: ", "op zijn plaats: ") << r.newPath << '\n';
    }
  }
  if (missing > 0)
    return fail(kExitError, tr("Some recordings were not found; name the folder that holds them with --search.",
                               "Niet alle opnames zijn gevonden; geef de map waarin ze staan op met --search."));
  return kExitOk;
}
} // namespace

int runProject(const Args &args) {
  static constexpr Subcommand kSubcommands[] = {
      {"new", runNew},
      {"info", runInfo},
      {"relink", runRelink},
  };
  return runSubcommand(args, "project", help, kSubcommands);
}

} // namespace spiegel::app
