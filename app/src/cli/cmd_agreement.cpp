// spiegel agreement PROJECT [--reviewers A,B,…] [--tolerance S] [--unit S]
// [--json]: how far reviewers agree (issue #12 §3), from the statistics of
// annotate/agreement.hpp and rating_agreement.hpp. Every reviewer with work
// in the project counts unless --reviewers names some (display names or
// ids). In a blind coding round only the work the user running it is shown
// counts (review/visibility.hpp; --reviewer NAME picks one of their
// profiles). Tolerance and unit default to the project's settings.
#include "cli/review_cli.hpp"
#include "cli/store_cli.hpp"
#include "common/arg_parser.hpp"
#include "common/i18n.hpp"
#include "spiegel/annotate/agreement.hpp"
#include "spiegel/annotate/rating_agreement.hpp"
#include "spiegel/annotate/reviewer_names.hpp"
#include "spiegel/annotate/time_format.hpp"
#include "spiegel/review/visibility.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <set>
#include <sstream>

namespace spiegel::app {
namespace {
using Json = nlohmann::ordered_json;
using annotate::Micros;

void help() {
  std::cout << tr(
      "Usage: spiegel agreement PROJECT.spiegel [--reviewers A,B,...] [--tolerance S] [--unit S] [--json]\n"
      "                         [--reviewer NAME]\n"
      "  How far the reviewers of a project agree. Per pair: event agreement (tags of the same element\n"
      "  and sign whose starts lie within --tolerance seconds, default 2, paired one to one; Cohen's\n"
      "  kappa over the codes and 'none'), time-unit agreement (what each reviewer has tagged at every\n"
      "  --unit seconds, default 1; Cohen's kappa) and weighted kappa of the ratings. For the group:\n"
      "  the intraclass correlations of the ratings with 95 % intervals (ICC(A,1) first), Krippendorff's\n"
      "  alpha (ordinal, interval) and the share of rating pairs within 1 point (SOFTA asks >= 90 %).\n"
      "  --reviewers: display names or ids, comma-separated (default: everyone with work here).\n"
      "  Tolerance and unit default to the project's settings. In a blind coding round only the work you\n"
      "  are shown counts: your own, and after you reveal that of everyone who revealed.\n",
      "Gebruik: spiegel agreement PROJECT.spiegel [--reviewers A,B,...] [--tolerance S] [--unit S] [--json]\n"
      "                           [--reviewer NAAM]\n"
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
      "  die dat ook deed.\n");
}

Json number(const std::optional<double> &v) { return v ? Json(*v) : Json(nullptr); }

// A statistic for people: two decimals (in Dutch with a comma), or why not.
std::string shown(const std::optional<double> &v, int decimals = 2) {
  if (!v)
    return tr("undefined", "niet bepaald");
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, *v);
  std::string out = buf;
  if (language() == Lang::Nl) // Dutch writes 0,27
    std::replace(out.begin(), out.end(), '.', ',');
  return out;
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

// The reviewers to compare: the named ones, else everyone with live work, in
// the project's order.
std::vector<annotate::Reviewer> chosenReviewers(const std::vector<annotate::Reviewer> &all,
                                                const std::unordered_map<annotate::Uuid, std::string> &names,
                                                const std::vector<annotate::Annotation> &tags,
                                                const std::vector<annotate::Rating> &ratings,
                                                const std::optional<std::string> &wanted) {
  std::vector<annotate::Reviewer> out;
  if (!wanted) {
    std::set<annotate::Uuid> working;
    for (const auto &a : tags)
      working.insert(a.reviewer);
    for (const auto &r : ratings)
      working.insert(r.reviewer);
    for (const auto &r : all)
      if (working.contains(r.id))
        out.push_back(r);
    return out;
  }
  std::stringstream list(*wanted);
  for (std::string name; std::getline(list, name, ',');) {
    const auto it = std::find_if(all.begin(), all.end(), [&](const annotate::Reviewer &r) {
      return r.id == name || (names.contains(r.id) && names.at(r.id) == name);
    });
    if (it == all.end()) {
      std::string known;
      for (const auto &r : all)
        known += (known.empty() ? "" : ", ") + names.at(r.id);
      throw UsageError("\"" + name + "\"" + tr(" is not a reviewer of this project; its reviewers are: ",
                                               " is geen beoordelaar van dit project; de beoordelaars zijn: ") +
                       known + ".");
    }
    out.push_back(*it);
  }
  return out;
}

std::vector<annotate::Annotation> tagsOf(const std::vector<annotate::Annotation> &tags, const annotate::Uuid &who) {
  std::vector<annotate::Annotation> out;
  std::copy_if(tags.begin(), tags.end(), std::back_inserter(out),
               [&](const annotate::Annotation &a) { return a.reviewer == who; });
  return out;
}

Json iccJson(const std::optional<annotate::Icc> &icc) {
  if (!icc)
    return nullptr;
  return Json{{"value", icc->value}, {"ci95", Json::array({number(icc->low), number(icc->high)})}};
}

void printText(const Json &j) {
  std::cout << tr("Event tolerance: ", "Tolerantie momenten: ") << j["tolerance_s"].get<double>() << " s; "
            << tr("time unit: ", "tijdseenheid: ") << j["unit_s"].get<double>() << " s\n";
  for (const auto &p : j["pairs"]) {
    const auto &e = p["events"];
    std::cout << p["a"]["name"].get<std::string>() << " \xE2\x80\x93 " << p["b"]["name"].get<std::string>() << '\n'
              << tr("  events: ", "  momenten: ") << e["matched"].get<int>() << tr(" matched, ", " gekoppeld, ")
              << e["unmatched_a"].get<int>() << " + " << e["unmatched_b"].get<int>()
              << tr(" unmatched, kappa ", " niet gekoppeld, kappa ")
              << shown(e["kappa"].is_null() ? std::nullopt : std::optional(e["kappa"].get<double>())) << '\n'
              << tr("  time units: ", "  tijdseenheden: ") << p["time_unit"]["instants"].get<long>()
              << tr(" instants, kappa ", " tijdstippen, kappa ")
              << shown(p["time_unit"]["kappa"].is_null() ? std::nullopt
                                                         : std::optional(p["time_unit"]["kappa"].get<double>()))
              << '\n';
    const auto &w = p["ratings_weighted_kappa"];
    std::cout << tr("  ratings, weighted kappa: linear ", "  beoordelingen, gewogen kappa: lineair ")
              << shown(w["linear"].is_null() ? std::nullopt : std::optional(w["linear"].get<double>()))
              << tr(", quadratic ", ", kwadratisch ")
              << shown(w["quadratic"].is_null() ? std::nullopt : std::optional(w["quadratic"].get<double>())) << '\n';
  }
  const auto &r = j["ratings"];
  const auto opt = [](const Json &v) { return v.is_null() ? std::nullopt : std::optional(v.get<double>()); };
  std::cout << tr("Ratings: ", "Beoordelingen: ") << r["rows_complete"].get<int>() << tr(" of ", " van ")
            << r["rows"].get<int>() << tr(" rows rated by everyone\n", " rijen door iedereen beoordeeld\n");
  const auto &a1 = r["icc"]["ICC_A1"];
  std::cout << "  ICC(A,1) " << (a1.is_null() ? shown(std::nullopt) : shown(opt(a1["value"]))) << '\n'
            << tr("  Krippendorff's alpha: ordinal ", "  Krippendorffs alfa: ordinaal ") << shown(opt(r["alpha_ordinal"]))
            << tr(", interval ", ", interval ") << shown(opt(r["alpha_interval"])) << '\n'
            << tr("  within 1 point: ", "  binnen 1 punt: ") << shown(opt(r["within_one_pct"]), 1) << " % ("
            << r["within_one_pairs"][0].get<int>() << tr(" of ", " van ") << r["within_one_pairs"][1].get<int>()
            << tr(" pairs; SOFTA asks 90 %)\n", " paren; SOFTA vraagt 90 %)\n");
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
  const auto reader = p.value("--reviewer");
  const auto pos = p.positionals();
  if (auto bad = p.leftoverError())
    return fail(kExitUsage, *bad);
  if (pos.size() != 1)
    return fail(kExitUsage, tr("agreement needs one PROJECT.spiegel (see --help).",
                               "agreement heeft één PROJECT.spiegel nodig (zie --help)."));
  return guardStore([&]() -> int {
    auto project = openForReading(pos[0]);
    const auto defaults = project.info().agreement; // the project's settings
    annotate::EventOptions events;
    events.tolerance = seconds(tolerance, "--tolerance").value_or(defaults.tolerance);
    annotate::TimeUnitOptions units;
    units.unit = seconds(unit, "--unit").value_or(defaults.unit);

    const store::Recording recording = firstRecording(project);
    // In a blind round: only the work this user is shown (review/visibility).
    const auto work = review::visibleWork(project, readerProfile(reader));
    sayHidden(static_cast<int>(project.annotations().size() + project.ratings().size() - work.tags.size() -
                               work.ratings.size()));
    const auto &tags = work.tags;
    const auto &ratings = work.ratings;
    const auto &all = work.reviewers;
    const auto names = annotate::reviewerNames(project.reviewers(true));
    const auto reviewers = chosenReviewers(all, names, tags, ratings, wanted);
    Micros duration = recording.duration;
    for (const auto &a : tags) // an unknown length: up to the last tag
      duration = std::max(duration, a.end);

    std::vector<annotate::Uuid> ids;
    for (const auto &r : reviewers)
      ids.push_back(r.id);
    const auto participants = project.participants();
    const annotate::RatingTable table = annotate::ratingTable(project.codebook(), participants, ratings, ids);

    Json out;
    out["tolerance_s"] = static_cast<double>(events.tolerance) / 1e6;
    out["unit_s"] = static_cast<double>(units.unit) / 1e6;
    out["reviewers"] = Json::array();
    for (const auto &r : reviewers)
      out["reviewers"].push_back({{"id", r.id}, {"name", names.at(r.id)}});
    out["pairs"] = Json::array();
    for (std::size_t i = 0; i < reviewers.size(); ++i)
      for (std::size_t k = i + 1; k < reviewers.size(); ++k) {
        const auto a = tagsOf(tags, reviewers[i].id), b = tagsOf(tags, reviewers[k].id);
        const auto e = annotate::eventAgreement(a, b, events);
        const auto t = annotate::timeUnitAgreement(a, b, duration, units);
        const auto paired = annotate::pairedRatings(table.values, i, k);
        out["pairs"].push_back(
            {{"a", {{"id", reviewers[i].id}, {"name", names.at(reviewers[i].id)}}},
             {"b", {{"id", reviewers[k].id}, {"name", names.at(reviewers[k].id)}}},
             {"events",
              {{"matched", e.matched}, {"unmatched_a", e.unmatchedA}, {"unmatched_b", e.unmatchedB},
               {"kappa", number(e.kappa)}}},
             {"time_unit", {{"instants", t.instants}, {"kappa", number(t.kappa)}}},
             {"ratings_weighted_kappa",
              {{"linear", number(annotate::weightedKappa(paired, annotate::KappaWeights::Linear))},
               {"quadratic", number(annotate::weightedKappa(paired, annotate::KappaWeights::Quadratic))},
               {"pairs", paired.size()}}}});
      }
    const annotate::IccSet icc = annotate::intraclass(table.values);
    const annotate::WithinOne within = annotate::withinOne(table.values);
    out["ratings"] = {
        {"rows", icc.rows},
        {"rows_complete", icc.rowsComplete},
        {"icc",
         {{"ICC1", iccJson(icc.icc1)},
          {"ICC_A1", iccJson(icc.iccA1)},
          {"ICC_C1", iccJson(icc.iccC1)},
          {"ICC1k", iccJson(icc.icc1k)},
          {"ICC_Ak", iccJson(icc.iccAk)},
          {"ICC_Ck", iccJson(icc.iccCk)}}},
        {"alpha_ordinal", number(annotate::krippendorffAlpha(table.values, annotate::AlphaMetric::Ordinal))},
        {"alpha_interval", number(annotate::krippendorffAlpha(table.values, annotate::AlphaMetric::Interval))},
        {"within_one_pct", number(within.percent)},
        {"within_one_pairs", Json::array({within.within, within.pairs})}};
    if (json)
      std::cout << out.dump(2) << '\n';
    else
      printText(out);
    return kExitOk;
  });
}

} // namespace spiegel::app
