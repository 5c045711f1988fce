// spiegel tags add|list|export|import — the tags of a project.
#include "cli/review_cli.hpp"
#include "cli/store_cli.hpp"
#include "common/arg_parser.hpp"
#include "common/i18n.hpp"
#include "spiegel/annotate/reviewer_names.hpp"
#include "spiegel/annotate/time_format.hpp"
#include "spiegel/annotate/validation.hpp"
#include "spiegel/review/visibility.hpp"
#include "spiegel/store/package.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <unordered_map>

namespace spiegel::app {

namespace {
using annotate::Micros;
void help() {
  std::cout << tr(
      "Usage:\n"
      "  spiegel tags add PROJECT.spiegel --at SECONDS [--to SECONDS] --element KEY [--negative]\n"
      "                   [--indicator ID] [--participant ROLE]... [--note TEXT] [--reviewer NAME]\n"
      "      Add a tag (a moment, or a span with --to) as you (your reviewer profile, the window's); prints\n"
      "      its id. Times: 12.5, 1:02.5 or 0:01:02.500. --reviewer NAME: one of your own profiles by name,\n"
      "      or a new one (never a colleague's).\n"
      "  spiegel tags remove PROJECT.spiegel TAG-ID [--reviewer NAME]\n"
      "      Delete one of your own tags (a colleague's tag is refused, exit 4).\n"
      "  spiegel tags list PROJECT.spiegel [--json] [--reviewer NAME]\n"
      "  spiegel tags export PROJECT.spiegel --format json|csv [--out FILE] [--separator ';'|','] [--reviewer NAME]\n"
      "      json: the whole project as a package (for merging); csv: the tags for Excel (';' by default).\n"
      "      In a blind coding round both show what you are shown: your own work, and after you reveal that\n"
      "      of everyone who revealed (spiegel round --help).\n"
      "  spiegel tags import PROJECT.spiegel PACKAGE.json\n"
      "      Merge a package into the project (all or nothing; importing twice changes nothing).\n",
      "Gebruik:\n"
      "  spiegel tags add PROJECT.spiegel --at SECONDEN [--to SECONDEN] --element SLEUTEL [--negative]\n"
      "                   [--indicator ID] [--participant ROL]... [--note TEKST] [--reviewer NAAM]\n"
      "      Een tag toevoegen (een moment, of een stuk met --to) als jezelf (je beoordelaarsprofiel, dat van het\n"
      "      venster); toont het id. Tijden: 12.5, 1:02.5 of 0:01:02.500. --reviewer NAAM: een van je eigen\n"
      "      profielen op naam, of een nieuw (nooit dat van een collega).\n"
      "  spiegel tags remove PROJECT.spiegel TAG-ID [--reviewer NAAM]\n"
      "      Een van je eigen tags verwijderen (de tag van een collega wordt geweigerd, exit 4).\n"
      "  spiegel tags list PROJECT.spiegel [--json] [--reviewer NAAM]\n"
      "  spiegel tags export PROJECT.spiegel --format json|csv [--out BESTAND] [--separator ';'|','] [--reviewer NAAM]\n"
      "      json: het hele project als pakket (om samen te voegen); csv: de tags voor Excel (standaard ';').\n"
      "      In een blinde codeerronde tonen beide wat jij te zien krijgt: je eigen werk, en nadat je je werk\n"
      "      hebt laten zien dat van iedereen die dat ook deed (spiegel round --help).\n"
      "  spiegel tags import PROJECT.spiegel PAKKET.json\n"
      "      Een pakket in het project samenvoegen (alles of niets; twee keer importeren verandert niets).\n");
}

std::vector<std::string> positionals(ArgParser &p, std::size_t n) {
  auto pos = p.positionals();
  if (auto bad = p.leftoverError())
    throw UsageError(*bad);
  if (pos.size() != n)
    throw UsageError(n == 1 ? tr("Name exactly one project file (see --help).",
                                 "Noem precies een projectbestand (zie --help).")
                            : tr("Name the project and the package (see --help).",
                                 "Noem het project en het pakket (zie --help)."));
  return pos;
}

Micros seconds(ArgParser &p, const char *option, const std::optional<std::string> &text) {
  const auto v = ArgParser::parseSeconds(*text);
  if (!v)
    throw UsageError(std::string(tr("The option ", "De optie ")) + option +
                     tr(" needs a time in seconds, like 12.5 or 1:02.5.", " heeft een tijd in seconden nodig, zoals 12.5 of 1:02.5."));
  (void)p;
  return *v;
}

int runAdd(ArgParser &p) {
  const auto at = p.value("--at"), to = p.value("--to"), element = p.value("--element");
  const bool negative = p.flag("--negative");
  const auto indicator = p.value("--indicator"), note = p.value("--note"), reviewer = p.value("--reviewer");
  const auto roles = p.values("--participant");
  // Test hook, not in --help: add the tag N times, each in its own
  // transaction, printing each id once it is committed (the kill -9 test
  // interrupts such a stream of edits).
  const auto repeat = p.value("--repeat");
  const auto path = positionals(p, 1).front();
  if (auto bad = p.leftoverError())
    return fail(kExitUsage, *bad);
  if (!at || !element)
    return fail(kExitUsage, tr("tags add needs --at SECONDS and --element KEY (see --help).",
                               "tags add heeft --at SECONDEN en --element SLEUTEL nodig (zie --help)."));
  review::NewTag tag;
  tag.start = seconds(p, "--at", at);
  tag.end = to ? seconds(p, "--to", to) : tag.start;
  tag.element = *element;
  tag.note = note.value_or("");
  const auto me = cliIdentity(reviewer);
  auto ws = openForEditing(path, me);
  if (indicator) {
    tag.indicator = *indicator;
    if (const auto *ind = ws->codebook().indicator(*indicator); ind != nullptr)
      tag.valence = ind->valence;
  }
  if (negative)
    tag.valence = annotate::Valence::Negative;
  // Checked before a participant is added, so a bad tag leaves the project
  // exactly as it was (addTag checks again, with the participants).
  check(ws->checkTag(tag), path);
  for (const auto &r : roles)
    tag.participants.push_back(participantByRole(*ws, r));
  const long count = repeat ? std::max(1L, std::atol(repeat->c_str())) : 1;
  for (long i = 0; i < count; ++i) {
    auto added = ws->addTag(tag);
    check(added.error, path);
    std::cout << *added.value << std::endl; // the acknowledgement: the tag is on disk now
  }
  return kExitOk;
}

int runRemove(ArgParser &p) {
  const auto reviewer = p.value("--reviewer");
  const auto pos = positionals(p, 2);
  const auto me = cliIdentity(reviewer);
  auto ws = openForEditing(pos[0], me);
  if (ws->tags().find(pos[1]) == nullptr)
    check(review::Error::of(review::Problem::NoSuchTag, pos[1]), pos[0]);
  check(ws->deleteTag(pos[1]), pos[0]);
  return kExitOk;
}

nlohmann::ordered_json tagsJson(store::Project &project, const std::vector<annotate::Annotation> &tags) {
  std::unordered_map<std::string, std::string> roles{{annotate::kFamilySubject, annotate::kFamilySubject}};
  for (const auto &q : project.participants(true))
    roles[q.id] = q.role;
  auto names = annotate::reviewerNames(project.reviewers(true));
  auto arr = nlohmann::ordered_json::array();
  for (const auto &a : tags) {
    nlohmann::ordered_json j;
    j["id"] = a.id;
    j["start_us"] = a.start;
    j["end_us"] = a.end;
    j["element"] = a.element;
    j["valence"] = a.valence == annotate::Valence::Negative ? "negative" : "positive";
    j["indicator"] = a.indicator ? nlohmann::ordered_json(*a.indicator) : nlohmann::ordered_json(nullptr);
    auto parts = nlohmann::ordered_json::array();
    for (const auto &id : a.participants)
      parts.push_back(roles.contains(id) ? roles[id] : id);
    j["participants"] = parts;
    j["note"] = a.note;
    j["reviewer"] = names.contains(a.reviewer) ? nlohmann::ordered_json(names[a.reviewer]) : nlohmann::ordered_json(nullptr);
    j["reviewer_id"] = a.reviewer.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(a.reviewer);
    arr.push_back(std::move(j));
  }
  return arr;
}

int runList(ArgParser &p) {
  const bool json = p.flag("--json");
  const auto reviewer = p.value("--reviewer");
  const auto path = positionals(p, 1).front();
  if (auto bad = p.leftoverError())
    return fail(kExitUsage, *bad);
  auto project = openForReading(path);
  const auto work = review::visibleWork(project, readerProfile(reviewer));
  const auto tags = tagsJson(project, work.tags);
  sayHidden(static_cast<int>(project.annotations().size() - work.tags.size()));
  if (json) {
    std::cout << tags.dump(2) << '\n';
    return kExitOk;
  }
  for (const auto &t : tags) {
    std::string when = annotate::formatTime(t["start_us"].get<Micros>());
    if (t["end_us"] != t["start_us"])
      when += "-" + annotate::formatTime(t["end_us"].get<Micros>());
    std::cout << when << "  " << (t["valence"] == "negative" ? '-' : '+') << t["element"].get<std::string>();
    if (!t["indicator"].is_null())
      std::cout << "  " << t["indicator"].get<std::string>();
    for (const auto &r : t["participants"])
      std::cout << "  @" << r.get<std::string>();
    if (!t["reviewer"].is_null())
      std::cout << "  [" << t["reviewer"].get<std::string>() << "]";
    if (!t["note"].get<std::string>().empty())
      std::cout << "  \"" << t["note"].get<std::string>() << "\"";
    std::cout << "  " << t["id"].get<std::string>() << '\n';
  }
  std::cerr << tags.size() << tr(" tags\n", " tags\n");
  return kExitOk;
}

int runExport(ArgParser &p) {
  const auto format = p.value("--format"), out = p.value("--out"), sep = p.value("--separator");
  const auto reviewer = p.value("--reviewer");
  const auto path = positionals(p, 1).front();
  if (auto bad = p.leftoverError())
    return fail(kExitUsage, *bad);
  if (!format || (*format != "json" && *format != "csv"))
    return fail(kExitUsage, tr("tags export needs --format json or --format csv.",
                               "tags export heeft --format json of --format csv nodig."));
  if (sep && *sep != ";" && *sep != ",")
    return fail(kExitUsage, tr("--separator must be ';' or ','.", "--separator moet ';' of ',' zijn."));
  auto project = openForReading(path);
  const auto profile = readerProfile(reviewer);
  std::string text;
  int hidden = 0;
  if (*format == "json") {
    text = store::packageToJson(review::visiblePackage(project, profile, &hidden));
  } else {
    store::CsvOptions o;
    o.separator = sep ? (*sep)[0] : ';';
    o.lang = std::string(langCode());
    const auto work = review::visibleWork(project, profile);
    hidden = static_cast<int>(project.annotations().size() - work.tags.size());
    text = store::tagsToCsv(project, work.tags, o);
  }
  sayHidden(hidden);
  if (out)
    store::writeTextFile(*out, text);
  else
    std::cout << text << std::flush;
  try {
    project.logAudit("export", *format + " " + out.value_or("stdout"));
  } catch (const store::StoreError &) {
    // A read-only project can still be exported; it just cannot log it.
  }
  return kExitOk;
}

int runImport(ArgParser &p) {
  const bool json = p.flag("--json");
  const auto pos = positionals(p, 2);
  if (auto bad = p.leftoverError())
    return fail(kExitUsage, *bad);
  const auto package = store::readPackage(pos[1]);
  auto project = openProject(pos[0]);
  printReport(project.merge(package, pos[1], "import"), json);
  return kExitOk;
}
} // namespace

int runTags(const Args &args) {
  static constexpr Subcommand kSubcommands[] = {
      {"add", runAdd},
      {"remove", runRemove},
      {"list", runList},
      {"export", runExport},
      {"import", runImport},
  };
  return runSubcommand(args, "tags", help, kSubcommands);
}

} // namespace spiegel::app
