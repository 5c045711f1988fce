// The HTML agreement report (agreement_export.hpp): one page with its CSS
// inline, nothing fetched, so it can be attached to a paper or a file.
#include "viewmodels/agreement_export.hpp"

#include "common/html_text.hpp"
#include "common/i18n.hpp"
#include "viewmodels/agreement_text.hpp"

#include "spiegel/annotate/time_format.hpp"

#include <algorithm>
#include <sstream>

namespace spiegel::app::viewmodels {
namespace {

// Light and calm on screen; on paper A4 with tables kept whole.
constexpr const char *kStyle = R"(
body { font-family: "Segoe UI", "DejaVu Sans", Arial, sans-serif; color: #222; background: #fff;
       max-width: 60em; margin: 2em auto; padding: 0 1em; line-height: 1.45; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
h2 { font-size: 1.25em; margin-top: 1.8em; border-bottom: 1px solid #ccc; padding-bottom: 0.2em; }
h3 { font-size: 1.05em; margin-top: 1.2em; }
p.meta { color: #555; margin-top: 0; }
p.how, dd { color: #444; font-size: 0.92em; }
table { border-collapse: collapse; margin: 0.6em 0; }
th, td { border: 1px solid #ccc; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
th { background: #f2f2f2; }
td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.headline td { font-weight: bold; background: #f7f9fc; }
td.consensus, th.consensus { background: #fbf6e9; }
.ok { color: #1d6b2f; font-weight: bold; }
.no { color: #8a4b00; font-weight: bold; }
dt { font-weight: bold; margin-top: 0.6em; }
dd { margin-left: 1.2em; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  h2 { page-break-after: avoid; }
  table, .gold { page-break-inside: avoid; }
}
@page { size: A4; margin: 18mm; }
)";

std::string cell(const std::string &text, bool number = false) {
  return std::string(number ? "<td class=\"n\">" : "<td>") + htmlEscape(text) + "</td>";
}

std::string criterion(bool met) {
  return met ? std::string("<span class=\"ok\">") + tr("met", "gehaald") + "</span>"
             : std::string("<span class=\"no\">") + tr("not met", "niet gehaald") + "</span>";
}

void iccTable(std::ostringstream &out, const annotate::IccSet &icc) {
  struct Row {
    const char *name;
    const std::optional<annotate::Icc> *stat;
  };
  const Row rows[] = {{"ICC(A,1)", &icc.iccA1}, {"ICC(C,1)", &icc.iccC1}, {"ICC(1)", &icc.icc1},
                      {"ICC(A,k)", &icc.iccAk}, {"ICC(C,k)", &icc.iccCk}, {"ICC(k)", &icc.icc1k}};
  out << "<table><tr><th>" << tr("Statistic", "Maat") << "</th><th>" << tr("Value", "Waarde") << "</th><th>"
      << tr("95 % interval", "95 %-interval") << "</th><th>" << tr("Koo & Li", "Koo & Li") << "</th></tr>\n";
  for (const Row &row : rows) {
    const auto &v = *row.stat;
    out << (row.stat == &icc.iccA1 ? "<tr class=\"headline\">" : "<tr>") << cell(row.name)
        << cell(v ? decimal(v->value) : decimal(std::nullopt), true)
        << cell(v ? intervalText(v->low, v->high) : "\xE2\x80\x93", true) << cell(v ? kooLiBand(v->value) : "")
        << "</tr>\n";
  }
  out << "</table>\n";
}

void groupSection(std::ostringstream &out, const GroupAgreement &g) {
  out << "<h3>" << htmlEscape(termName(AgreementTerm::Icc)) << "</h3>\n";
  iccTable(out, g.icc);
  out << "<p class=\"how\">" << htmlEscape(g.iccHow) << "</p>\n";
  out << "<h3>" << htmlEscape(termName(AgreementTerm::Alpha)) << "</h3>\n<table><tr><th>" << tr("ordinal", "ordinaal")
      << "</th><th>" << tr("interval", "interval") << "</th></tr><tr>" << cell(decimal(g.alphaOrdinal), true)
      << cell(decimal(g.alphaInterval), true) << "</tr></table>\n<p class=\"how\">" << htmlEscape(g.alphaHow) << "</p>\n";
  out << "<h3>" << htmlEscape(termName(AgreementTerm::WithinOne)) << "</h3>\n<p>" << htmlEscape(percentText(g.within.percent)) << " ("
      << g.within.within << tr(" of ", " van ") << g.within.pairs << tr(" pairs", " paren") << "); "
      << tr("SOFTA criterion of 90 %: ", "SOFTA-criterium van 90 %: ") << criterion(g.meetsCriterion)
      << "</p>\n<p class=\"how\">" << htmlEscape(g.withinHow) << "</p>\n";
}

void pairsTable(std::ostringstream &out, const AgreementReport &r, const std::vector<const PairAgreement *> &pairs) {
  out << "<table><tr><th>" << tr("Pair", "Paar") << "</th><th>" << tr("Matched", "Gekoppeld") << "</th><th>"
      << tr("Unmatched", "Niet gekoppeld") << "</th><th>" << tr("Event kappa", "Kappa momenten") << "</th><th>"
      << tr("Instants", "Tijdstippen") << "</th><th>" << tr("Time-unit kappa", "Kappa tijdseenheden") << "</th><th>"
      << tr("Weighted kappa (linear / quadratic)", "Gewogen kappa (lineair / kwadratisch)") << "</th></tr>\n";
  for (const PairAgreement *p : pairs) {
    const auto &e = p->events;
    out << "<tr>" << cell(r.names[p->a] + " \xE2\x80\x93 " + r.names[p->b]) << cell(std::to_string(e.matched), true)
        << cell(std::to_string(e.unmatchedA) + " + " + std::to_string(e.unmatchedB), true)
        << cell(decimal(e.kappa), true) << cell(std::to_string(p->timeUnits.instants), true)
        << cell(decimal(p->timeUnits.kappa), true)
        << cell(decimal(p->weightedLinear) + " / " + decimal(p->weightedQuadratic), true) << "</tr>\n";
  }
  out << "</table>\n";
  for (const PairAgreement *p : pairs)
    out << "<p class=\"how\"><b>" << htmlEscape(r.names[p->a] + " \xE2\x80\x93 " + r.names[p->b]) << ".</b> "
        << htmlEscape(p->eventsHow) << ' ' << htmlEscape(p->timeUnitsHow) << ' ' << htmlEscape(p->ratingsHow) << "</p>\n";
}

void ratingsTable(std::ostringstream &out, const AgreementReport &r) {
  if (r.ratingRows.empty())
    return;
  out << "<h2>" << tr("The ratings", "De beoordelingen") << "</h2>\n<table><tr><th></th>";
  for (const auto &name : r.names)
    out << "<th>" << htmlEscape(name) << "</th>";
  if (r.consensusName)
    out << "<th class=\"consensus\">" << htmlEscape(*r.consensusName) << "</th>";
  out << "<th>" << tr("Spread", "Spreiding") << "</th></tr>\n";
  for (const auto &line : r.ratingRows) {
    out << "<tr>" << cell(line.label);
    int lo = 99, hi = -99;
    for (const auto &v : line.values) {
      out << cell(v ? (*v > 0 ? "+" : "") + std::to_string(*v) : "", true);
      if (v) {
        lo = std::min(lo, *v);
        hi = std::max(hi, *v);
      }
    }
    if (r.consensusName)
      out << "<td class=\"n consensus\">"
          << (line.consensus ? (*line.consensus > 0 ? "+" : "") + std::to_string(*line.consensus) : "") << "</td>";
    out << cell(hi >= lo ? std::to_string(hi - lo) : "", true) << "</tr>\n";
  }
  out << "</table>\n";
  if (r.consensusName)
    out << "<p class=\"how\">"
        << htmlEscape(tr("The consensus column holds the ratings the group agreed after the reveal; it is shown beside the "
                  "members and is not one of the reviewers compared.",
                  "De kolom consensus bevat de beoordelingen waarover de groep het na het laten zien eens werd; ze "
                  "staat naast de leden en is niet een van de vergeleken beoordelaars."))
        << "</p>\n";
}

std::string momentList(const std::vector<annotate::Annotation> &tags) {
  std::string out;
  for (const auto &t : tags)
    out += (out.empty() ? "" : ", ") + annotate::formatTime(t.start) +
           (t.valence == annotate::Valence::Positive ? " +" : " \xE2\x88\x92");
  return out;
}

void goldSection(std::ostringstream &out, const AgreementReport &r) {
  if (r.gold.empty())
    return;
  out << "<h2>" << htmlEscape(termName(AgreementTerm::Gold)) << "</h2>\n";
  for (const auto &g : r.gold) {
    out << "<div class=\"gold\"><h3>" << htmlEscape(r.names[g.trainee]) << tr(" compared with ", " vergeleken met ")
        << htmlEscape(r.names[g.gold]) << "</h3>\n";
    pairsTable(out, r, {&g.pair});
    out << "<p>ICC(A,1) " << htmlEscape(g.ratings.icc.iccA1 ? decimal(g.ratings.icc.iccA1->value) : decimal(std::nullopt))
        << tr("; within one point: ", "; binnen één punt: ") << htmlEscape(percentText(g.ratings.within.percent)) << " ("
        << g.ratings.within.within << tr(" of ", " van ") << g.ratings.within.pairs << "). <b>" << htmlEscape(g.verdict)
        << "</b></p>\n";
    out << "<table><tr><th>" << tr("Element", "Element") << "</th><th>" << tr("Matched", "Gekoppeld") << "</th><th>"
        << tr("Missed (only ", "Gemist (alleen ") << htmlEscape(r.names[g.gold]) << ")</th><th>"
        << tr("Added (only ", "Toegevoegd (alleen ") << htmlEscape(r.names[g.trainee]) << ")</th></tr>\n";
    for (const auto &e : g.elements)
      out << "<tr>" << cell(e.name) << cell(std::to_string(e.matched), true)
          << cell(std::to_string(e.missed.size()) + (e.missed.empty() ? "" : ": " + momentList(e.missed)))
          << cell(std::to_string(e.added.size()) + (e.added.empty() ? "" : ": " + momentList(e.added))) << "</tr>\n";
    out << "</table></div>\n";
  }
}

void definitions(std::ostringstream &out) {
  out << "<h2>" << tr("Definitions", "Definities") << "</h2>\n<dl>\n";
  for (const auto term :
       {AgreementTerm::EventKappa, AgreementTerm::TimeUnitKappa, AgreementTerm::WeightedKappa, AgreementTerm::Icc,
        AgreementTerm::KooLi, AgreementTerm::Alpha, AgreementTerm::WithinOne, AgreementTerm::Gold})
    out << "<dt>" << htmlEscape(termName(term)) << "</dt><dd>" << htmlEscape(definition(term)) << "</dd>\n";
  out << "</dl>\n";
}

} // namespace

std::string agreementHtml(const AgreementReport &r, const ReportContext &context) {
  std::ostringstream out;
  const std::string title = tr("Agreement report", "Rapport overeenstemming");
  out << "<!DOCTYPE html>\n<html lang=\"" << langCode() << "\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
      << htmlEscape(title + (context.project.empty() ? "" : " \xE2\x80\x93 " + context.project)) << "</title>\n<style>"
      << kStyle << "</style>\n</head>\n<body>\n<h1>" << htmlEscape(title) << "</h1>\n<p class=\"meta\">";
  if (!context.project.empty())
    out << tr("Project: ", "Project: ") << htmlEscape(context.project) << "<br>";
  if (!context.recording.empty())
    out << tr("Recording: ", "Opname: ") << htmlEscape(context.recording) << "<br>";
  if (!context.made.empty())
    out << tr("Made: ", "Gemaakt: ") << htmlEscape(context.made) << "<br>";
  out << tr("Made with Spiegel.", "Gemaakt met Spiegel.") << "</p>\n";

  out << "<h2>" << tr("Settings", "Instellingen") << "</h2>\n<p>" << tr("Reviewers: ", "Beoordelaars: ");
  for (std::size_t i = 0; i < r.names.size(); ++i)
    out << (i > 0 ? ", " : "") << htmlEscape(r.names[i])
        << (r.reviewers[i].gold ? tr(" (gold standard)", " (gouden standaard)") : "");
  if (r.names.empty())
    out << tr("none", "geen");
  out << ".<br>" << tr("Event tolerance: ", "Tolerantie momenten: ") << "\xC2\xB1"
      << htmlEscape(secondsText(r.options.tolerance)) << "; " << tr("time unit: ", "tijdseenheid: ")
      << htmlEscape(secondsText(r.options.unit)) << "; " << tr("length: ", "lengte: ") << htmlEscape(annotate::formatTime(r.duration))
      << ".</p>\n";

  out << "<h2>" << tr("The group", "De groep") << "</h2>\n";
  groupSection(out, r.group);
  if (!r.pairs.empty()) {
    out << "<h2>" << tr("Pairs of reviewers", "Paren beoordelaars") << "</h2>\n";
    std::vector<const PairAgreement *> pairs;
    for (const auto &p : r.pairs)
      pairs.push_back(&p);
    pairsTable(out, r, pairs);
  }
  ratingsTable(out, r);
  goldSection(out, r);
  definitions(out);
  out << "</body>\n</html>\n";
  return out.str();
}

} // namespace spiegel::app::viewmodels
