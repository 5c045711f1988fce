// spiegel agreement PROJECT [--reviewers A,B,…] [--tolerance S] [--unit S]
// [--json] [--html OUT.html], and --set-tolerance S / --set-unit S: how far
// reviewers agree (issue #12 §3–4). The numbers are the agreement model's
// (viewmodels/agreement_model.hpp), the same the window's Agreement tab and
// report show; this file only reads the project and prints. Every reviewer
// with work in the project counts unless --reviewers names some (display
// names or ids). In a blind coding round only the work the user running it
// is shown counts (review/visibility.hpp; --reviewer NAME picks one of their
// profiles). Tolerance and unit default to the project's settings, which
// --set-tolerance and --set-unit change.
#include "cli/review_cli.hpp"
#include "cli/store_cli.hpp"
#include "common/arg_parser.hpp"
#include "common/i18n.hpp"
#include "spiegel/annotate/reviewer_names.hpp"
#include "spiegel/annotate/time_format.hpp"
#include "spiegel/review/visibility.hpp"
#include "spiegel/store/package.hpp"
#include "viewmodels/agreement_export.hpp"
#include "viewmodels/agreement_input.hpp"
#include "viewmodels/agreement_text.hpp"

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <sstream>

namespace spiegel::app {
namespace {
using annotate::Micros;

void help() {
  std::cout << tr(
      "Usage: spiegel agreement PROJECT.spiegel [--reviewers A,B,...] [--tolerance S] [--unit S] [--json]\n"
      "                         [--html OUT.html] [--reviewer NAME]\n"
      "       spiegel agreement PROJECT.spiegel --set-tolerance S --set-unit S\n"
      "  How far the reviewers of a project agree. Per pair: event agreement (tags of the same element\n"
      "  and sign whose starts lie within --tolerance seconds, default 2, paired one to one; Cohen's\n"
      "  kappa over the codes and 'none'), time-unit agreement (what each reviewer has tagged at every\n"
      "  --unit seconds, default 1; Cohen's kappa) and weighted kappa of the ratings. For the group:\n"
      "  the intraclass correlations of the ratings with 95 % intervals (ICC(A,1) first), Krippendorff's\n"
      "  alpha (ordinal, interval) and the share of rating pairs within 1 point (SOFTA asks >= 90 %).\n"
      "  --reviewers: display names or ids, comma-separated (default: everyone with work here).\n"
      "  Tolerance and unit default to the project's settings. In a blind coding round only the work you\n"
      "  are shown counts: your own, and after you reveal that of everyone who revealed.\n"
      "  A reviewer marked as the gold standard (spiegel reviewers gold) is compared with each of the others:\n"
      "  the same statistics, the moments they missed and added per element, and the 90 % criterion.\n"
      "  --html: also write the report as one HTML page (numbers, definitions, tables) to OUT.html.\n"
      "  --set-tolerance, --set-unit: change the project's defaults (seconds) and compute nothing.\n",
      "Gebruik: spiegel agreement PROJECT.spiegel [--reviewers A,B,...] [--tolerance S] [--unit S] [--json]\n"
      "                           [--html UIT.html] [--reviewer NAAM]\n"
      "         spiegel agreement PROJECT.spiegel --set-tolerance S --set-unit S\n"
      "  Hoe ver de beoordelaars van een project overeenstemmen. Per paar: overeenstemming over momenten\n"
      "  (tags van hetzelfde element en teken waarvan het begin binnen --tolerance seconden ligt, standaard\n"
      "  2, één op één gekoppeld; Cohens kappa over de codes en 'geen'), per tijdseenheid (wat elke\n"
      "  beoordelaar op elke --unit seconden getagd heeft, standaard 1; Cohens kappa) en gewogen kappa van\n"
      "  de beoordelingen. Voor de groep: de intraclasscorrelaties van de beoordelingen met 95 %-intervallen\n"
      "  (ICC(A,1) eerst), Krippendorffs alfa (ordinaal, interval) en het deel van de paren beoordelingen\n"
      "  binnen 1 punt (SOFTA vraagt >= 90 %).\n"
      "  --reviewers: weergavenamen of id's, met komma's (standaard: iedereen met werk in het project).\n"
      "  Tolerantie en eenheid komen standaard uit de instellingen van het project. In een blinde codeerronde\n"
      "  telt alleen het werk dat jij te zien krijgt: je eigen, en nadat je je werk liet zien dat van iedereen\n"
      "  die dat ook deed.\n"
      "  Een beoordelaar die als gouden standaard gemarkeerd is (spiegel reviewers gold), wordt met elk van de\n"
      "  anderen vergeleken: dezelfde maten, de gemiste en toegevoegde momenten per element, en het criterium\n"
      "  van 90 %.\n"
      "  --html: schrijf het rapport ook als één HTML-pagina (getallen, definities, tabellen) naar UIT.html.\n"
      "  --set-tolerance, --set-unit: verander de standaardwaarden van het project (seconden), zonder te rekenen.\n");
}

// A duration in seconds ("2", "0.5", "1:30"); nullopt when absent.
std::optional<Micros> seconds(const std::optional<std::string> &text, const char *option) {
  if (!text)
    return std::nullopt;
  const auto t = annotate::parseTime(*text);
  if (!t || *t <= 0)
    throw UsageError(std::string(option) + tr(" needs a time above zero in seconds, like 2 or 0.5.",
                                              " heeft een tijd boven nul in seconden nodig, zoals 2 of 0.5."));
  return t;
}

// The reviewers --reviewers names (display names or ids, in that order).
std::vector<annotate::Reviewer> namedReviewers(const std::vector<annotate::Reviewer> &all,
                                               const std::unordered_map<annotate::Uuid, std::string> &names,
                                               const std::string &wanted) {
  std::vector<annotate::Reviewer> out;
  std::stringstream list(wanted);
  for (std::string name; std::getline(list, name, ',');) {
    const auto it = std::find_if(all.begin(), all.end(), [&](const annotate::Reviewer &r) {
      return r.id == name || (names.contains(r.id) && names.at(r.id) == name);
    });
    if (it == all.end()) {
      std::string known;
      for (const auto &r : all)
        known += (known.empty() ? "" : ", ") + names.at(r.id);
      throw UsageError("\"" + name + "\"" +
                       tr(" is not a reviewer of this project; its reviewers are: ",
                          " is geen beoordelaar van dit project; de beoordelaars zijn: ") +
                       known + ".");
    }
    out.push_back(*it);
  }
  return out;
}

// --set-tolerance / --set-unit: the project's defaults, written.
int setDefaults(const std::string &path, std::optional<Micros> tolerance, std::optional<Micros> unit) {
  auto project = openProject(path);
  store::AgreementSettings s = project.info().agreement;
  s.tolerance = tolerance.value_or(s.tolerance);
  s.unit = unit.value_or(s.unit);
  project.setAgreementSettings(s);
  std::cout << tr("The project's agreement settings: tolerance ",
                  "De instellingen voor overeenstemming van het project: "
                  "tolerantie ")
            << viewmodels::secondsText(s.tolerance) << tr(", time unit ", ", tijdseenheid ")
            << viewmodels::secondsText(s.unit) << ".\n";
  return kExitOk;
}

} // namespace

int runAgreement(const Args &args) {
  ArgParser p(args);
  if (p.wantsHelp()) {
    help();
    return kExitOk;
  }
  const bool json = p.flag("--json");
  const auto wanted = p.value("--reviewers"), tolerance = p.value("--tolerance"), unit = p.value("--unit");
  const auto reader = p.value("--reviewer"), html = p.value("--html");
  const auto setTolerance = p.value("--set-tolerance"), setUnit = p.value("--set-unit");
  const auto pos = p.positionals();
  if (auto bad = p.leftoverError())
    return fail(kExitUsage, *bad);
  if (pos.size() != 1)
    return fail(kExitUsage, tr("agreement needs one PROJECT.spiegel (see --help).",
                               "agreement heeft één PROJECT.spiegel nodig (zie --help)."));
  return guardStore([&]() -> int {
    if (setTolerance || setUnit)
      return setDefaults(pos[0], seconds(setTolerance, "--set-tolerance"), seconds(setUnit, "--set-unit"));
    const auto toleranceOverride = seconds(tolerance, "--tolerance"), unitOverride = seconds(unit, "--unit");
    auto project = openForReading(pos[0]);
    const store::Recording recording = firstRecording(project);
    // In a blind round: only the work this user is shown (review/visibility).
    const auto work = review::visibleWork(project, readerProfile(reader));
    sayHidden(static_cast<int>(project.annotations().size() + project.ratings().size() - work.tags.size() -
                               work.ratings.size()));
    const auto names = annotate::reviewerNames(project.reviewers(true));
    const auto chosen = wanted ? namedReviewers(work.reviewers, names, *wanted)
                               : viewmodels::defaultCoders(work.reviewers, work.tags, work.ratings);
    viewmodels::AgreementInput in = viewmodels::agreementInput(project, work, recording, chosen);
    in.options.tolerance = toleranceOverride.value_or(in.options.tolerance);
    in.options.unit = unitOverride.value_or(in.options.unit);
    const viewmodels::AgreementReport report = viewmodels::computeAgreement(in);
    if (html) {
      const std::string title =
          recording.title.empty() ? std::filesystem::path(recording.path).stem().string() : recording.title;
      store::writeTextFile(*html, viewmodels::agreementHtml(report, {project.info().title, title,
                                                                     viewmodels::madeAtText(std::time(nullptr))}));
      std::cerr << tr("Wrote the agreement report to ", "Het rapport overeenstemming staat in ") << *html << '\n';
    }
    std::cout << (json ? viewmodels::agreementJson(report) : viewmodels::agreementText(report));
    return kExitOk;
  });
}

} // namespace spiegel::app
