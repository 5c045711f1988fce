#include "viewmodels/agreement_export.hpp"
#include "common/clock_text.hpp"

#include "common/i18n.hpp"
#include "viewmodels/agreement_text.hpp"

#include "spiegel/annotate/time_format.hpp"

#include <nlohmann/json.hpp>

#include <sstream>

namespace spiegel::app::viewmodels {
namespace {
using Json = nlohmann::ordered_json;

Json number(const std::optional<double> &v) { return v ? Json(*v) : Json(nullptr); }

Json iccJson(const std::optional<annotate::Icc> &icc) {
  if (!icc)
    return nullptr;
  return Json{{"value", icc->value}, {"ci95", Json::array({number(icc->low), number(icc->high)})}};
}

Json who(const AgreementReport &r, std::size_t column) {
  return {{"id", r.reviewers[column].id}, {"name", r.names[column]}};
}

Json pairJson(const AgreementReport &r, const PairAgreement &p) {
  const auto &e = p.events;
  return {
      {"a", who(r, p.a)},
      {"b", who(r, p.b)},
      {"events",
       {{"matched", e.matched},
        {"unmatched_a", e.unmatchedA},
        {"unmatched_b", e.unmatchedB},
        {"kappa", number(e.kappa)}}},
      {"time_unit", {{"instants", p.timeUnits.instants}, {"kappa", number(p.timeUnits.kappa)}}},
      {"ratings_weighted_kappa",
       {{"linear", number(p.weightedLinear)}, {"quadratic", number(p.weightedQuadratic)}, {"pairs", p.ratingPairs}}}};
}

Json groupJson(const GroupAgreement &g) {
  return {{"rows", g.icc.rows},
          {"rows_complete", g.icc.rowsComplete},
          {"icc",
           {{"ICC1", iccJson(g.icc.icc1)},
            {"ICC_A1", iccJson(g.icc.iccA1)},
            {"ICC_C1", iccJson(g.icc.iccC1)},
            {"ICC1k", iccJson(g.icc.icc1k)},
            {"ICC_Ak", iccJson(g.icc.iccAk)},
            {"ICC_Ck", iccJson(g.icc.iccCk)}}},
          {"alpha_ordinal", number(g.alphaOrdinal)},
          {"alpha_interval", number(g.alphaInterval)},
          {"within_one_pct", number(g.within.percent)},
          {"within_one_pairs", Json::array({g.within.within, g.within.pairs})},
          {"meets_criterion", g.meetsCriterion}};
}

Json momentsJson(const std::vector<annotate::Annotation> &tags) {
  Json out = Json::array();
  for (const auto &t : tags)
    out.push_back({{"id", t.id},
                   {"start_s", static_cast<double>(t.start) / 1e6},
                   {"valence", t.valence == annotate::Valence::Positive ? "+" : "-"}});
  return out;
}

Json goldJson(const AgreementReport &r, const GoldComparison &g) {
  Json elements = Json::array();
  for (const auto &e : g.elements)
    elements.push_back({{"element", e.element},
                        {"matched", e.matched},
                        {"missed", momentsJson(e.missed)},
                        {"added", momentsJson(e.added)}});
  Json out = pairJson(r, g.pair);
  out.erase("a");
  out.erase("b");
  Json head = {{"trainee", who(r, g.trainee)}, {"gold", who(r, g.gold)}};
  head.update(out);
  head["ratings"] = groupJson(g.ratings);
  head["meets_criterion"] = g.ratings.meetsCriterion;
  head["elements"] = std::move(elements);
  return head;
}

std::string opt(const std::optional<int> &v) { return v ? std::to_string(*v) : "-"; }

} // namespace

std::string madeAtText(std::time_t t) { return wallClockText(static_cast<annotate::UnixMillis>(t) * 1000, "%Y-%m-%d %H:%M"); }

std::string agreementJson(const AgreementReport &r) {
  Json out;
  out["tolerance_s"] = static_cast<double>(r.options.tolerance) / 1e6;
  out["unit_s"] = static_cast<double>(r.options.unit) / 1e6;
  out["duration_s"] = static_cast<double>(r.duration) / 1e6;
  out["reviewers"] = Json::array();
  for (std::size_t i = 0; i < r.reviewers.size(); ++i) {
    Json one = who(r, i);
    one["gold"] = r.reviewers[i].gold;
    out["reviewers"].push_back(std::move(one));
  }
  out["consensus"] = r.consensusName ? Json(*r.consensusName) : Json(nullptr);
  out["pairs"] = Json::array();
  for (const auto &p : r.pairs)
    out["pairs"].push_back(pairJson(r, p));
  out["ratings"] = groupJson(r.group);
  out["rating_rows"] = Json::array();
  for (const auto &line : r.ratingRows) {
    Json values = Json::array();
    for (const auto &v : line.values)
      values.push_back(v ? Json(*v) : Json(nullptr));
    out["rating_rows"].push_back({{"subject", line.subject},
                                  {"element", line.element},
                                  {"values", std::move(values)},
                                  {"consensus", line.consensus ? Json(*line.consensus) : Json(nullptr)}});
  }
  out["gold"] = Json::array();
  for (const auto &g : r.gold)
    out["gold"].push_back(goldJson(r, g));
  return out.dump(2) + '\n';
}

std::string agreementText(const AgreementReport &r) {
  std::ostringstream out;
  out << tr("Event tolerance: ", "Tolerantie momenten: ") << secondsText(r.options.tolerance) << "; "
      << tr("time unit: ", "tijdseenheid: ") << secondsText(r.options.unit) << '\n';
  for (const auto &p : r.pairs) {
    const auto &e = p.events;
    out << r.names[p.a] << " \xE2\x80\x93 " << r.names[p.b] << '\n'
        << tr("  events: ", "  momenten: ") << e.matched << tr(" matched, ", " gekoppeld, ") << e.unmatchedA << " + "
        << e.unmatchedB << tr(" unmatched, kappa ", " niet gekoppeld, kappa ") << decimal(e.kappa) << '\n'
        << tr("  time units: ", "  tijdseenheden: ") << p.timeUnits.instants
        << tr(" instants, kappa ", " tijdstippen, kappa ") << decimal(p.timeUnits.kappa) << '\n'
        << tr("  ratings, weighted kappa: linear ", "  beoordelingen, gewogen kappa: lineair ")
        << decimal(p.weightedLinear) << tr(", quadratic ", ", kwadratisch ") << decimal(p.weightedQuadratic) << '\n';
  }
  const auto &g = r.group;
  out << tr("Ratings: ", "Beoordelingen: ") << g.icc.rowsComplete << tr(" of ", " van ") << g.icc.rows
      << tr(" rows rated by everyone\n", " rijen door iedereen beoordeeld\n");
  out << "  ICC(A,1) " << (g.icc.iccA1 ? decimal(g.icc.iccA1->value) : decimal(std::nullopt));
  if (g.icc.iccA1)
    out << ' ' << intervalText(g.icc.iccA1->low, g.icc.iccA1->high);
  out << '\n'
      << tr("  Krippendorff's alpha: ordinal ", "  Krippendorffs alfa: ordinaal ") << decimal(g.alphaOrdinal)
      << tr(", interval ", ", interval ") << decimal(g.alphaInterval) << '\n'
      << tr("  within 1 point: ", "  binnen 1 punt: ") << percentText(g.within.percent) << " (" << g.within.within
      << tr(" of ", " van ") << g.within.pairs << tr(" pairs; SOFTA asks 90 %)\n", " paren; SOFTA vraagt 90 %)\n");
  if (r.consensusName) {
    out << tr("Consensus (", "Consensus (") << *r.consensusName << "):\n";
    for (const auto &line : r.ratingRows)
      if (line.consensus) {
        out << "  " << line.label << ':';
        for (std::size_t i = 0; i < line.values.size(); ++i)
          out << ' ' << r.names[i] << ' ' << opt(line.values[i]);
        out << tr("; consensus ", "; consensus ") << opt(line.consensus) << '\n';
      }
  }
  for (const auto &c : r.gold) {
    out << tr("Compared with the gold standard (", "Vergeleken met de gouden standaard (") << r.names[c.gold]
        << "): " << r.names[c.trainee] << '\n';
    for (const auto &e : c.elements) {
      out << "  " << e.name << ": " << e.matched << tr(" matched, ", " gekoppeld, ") << e.missed.size()
          << tr(" missed", " gemist");
      for (const auto &t : e.missed)
        out << ' ' << annotate::formatTime(t.start);
      out << ", " << e.added.size() << tr(" added", " toegevoegd");
      for (const auto &t : e.added)
        out << ' ' << annotate::formatTime(t.start);
      out << '\n';
    }
    out << "  " << c.verdict << '\n';
  }
  return out.str();
}

} // namespace spiegel::app::viewmodels
