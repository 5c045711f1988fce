#include "viewmodels/agreement_model.hpp"

#include "common/i18n.hpp"
#include "viewmodels/agreement_text.hpp"

#include "spiegel/annotate/event_matching.hpp"
#include "spiegel/annotate/roles.hpp"
#include "spiegel/annotate/round.hpp"

#include <algorithm>
#include <iterator>
#include <set>

namespace spiegel::app::viewmodels {
namespace {

std::string count(int n) { return std::to_string(n); }

std::vector<annotate::Annotation> tagsOf(const std::vector<annotate::Annotation> &tags, const Uuid &who) {
  std::vector<annotate::Annotation> out;
  std::copy_if(tags.begin(), tags.end(), std::back_inserter(out),
               [&](const annotate::Annotation &a) { return a.reviewer == who && !a.deleted; });
  return out;
}

std::string eventsHow(const annotate::EventAgreement &e, const std::string &a, const std::string &b) {
  return tr("Tags of the same element and sign whose starts lie within ", "Tags van hetzelfde element en teken waarvan "
                                                                          "het begin binnen ") +
         std::string("\xC2\xB1") + secondsText(e.tolerance) +
         tr(" of each other, paired one to one (as many pairs as possible): ",
            " van elkaar ligt, één op één gekoppeld (zoveel mogelijk paren): ") +
         count(e.matched) + tr(" pairs; ", " paren; ") + count(e.unmatchedA) + tr(" of ", " van ") + a +
         tr(" and ", " en ") + count(e.unmatchedB) + tr(" of ", " van ") + b +
         tr(" without a partner. Cohen's kappa over the codes and 'none'.",
            " zonder partner. Cohens kappa over de codes en 'geen'.");
}

std::string timeUnitsHow(const annotate::TimeUnitAgreement &t, Micros duration) {
  return tr("What each reviewer tagged at ", "Wat elke beoordelaar getagd had op ") + std::to_string(t.instants) +
         tr(" instants, one every ", " tijdstippen, één elke ") + secondsText(t.unit) +
         tr(" from 0 to ", " van 0 tot ") + secondsText(duration) +
         tr(" (a point counts within half a unit); Cohen's kappa, nothing with nothing counting as agreement.",
            " (een punt telt binnen een halve eenheid); Cohens kappa, niets met niets telt als overeenstemming.");
}

std::string ratingsHow(int pairs, int lowest, int highest) {
  return tr("The ", "De ") + count(pairs) +
         tr(" rows both rated, on the scale ", " rijen die beiden beoordeelden, op de schaal ") +
         std::to_string(lowest) + " \xE2\x80\xA6 " + (highest > 0 ? "+" : "") + std::to_string(highest) +
         tr("; a near miss counts partly (linear and quadratic weights).",
            "; bijna gelijk telt deels (lineaire en kwadratische gewichten).");
}

GroupAgreement group(const annotate::RatingValues &values) {
  GroupAgreement g;
  g.icc = annotate::intraclass(values);
  g.alphaOrdinal = annotate::krippendorffAlpha(values, annotate::AlphaMetric::Ordinal);
  g.alphaInterval = annotate::krippendorffAlpha(values, annotate::AlphaMetric::Interval);
  g.within = annotate::withinOne(values);
  g.meetsCriterion = g.within.percent && *g.within.percent >= kWithinOneCriterion;
  const int left = g.icc.rows - g.icc.rowsComplete;
  g.iccHow = tr("Two-way analysis of variance of the ", "Tweeweg-variantieanalyse van de ") +
             count(g.icc.rowsComplete) + tr(" rows every one of the ", " rijen die elk van de ") + count(g.icc.raters) +
             tr(" reviewers rated", " beoordelaars beoordeelde") +
             (left > 0 ? tr(" (", " (") + count(left) +
                             tr(" left out: a rating is missing)", " weggelaten: er ontbreekt een beoordeling)")
                       : std::string()) +
             tr("; 95 % intervals from the F distribution (McGraw & Wong).",
                "; 95 %-intervallen uit de F-verdeling (McGraw & Wong).");
  int ratings = 0;
  for (const auto &row : values)
    ratings += static_cast<int>(std::count_if(row.begin(), row.end(), [](const auto &v) { return v.has_value(); }));
  g.alphaHow = tr("Over all ", "Over alle ") + count(ratings) + tr(" ratings in ", " beoordelingen in ") +
               count(g.icc.rows) +
               tr(" rows, missing ratings allowed.", " rijen, ontbrekende beoordelingen toegestaan.");
  g.withinHow = count(g.within.within) + tr(" of ", " van ") + count(g.within.pairs) +
                tr(" pairs of ratings of one row by two reviewers differ by at most one point: ",
                   " paren beoordelingen van één rij door twee beoordelaars verschillen hoogstens één punt: ") +
                percentText(g.within.percent) + tr(" (SOFTA asks at least 90 %).", " (SOFTA vraagt minstens 90 %).");
  return g;
}

PairAgreement pair(const AgreementInput &in, const AgreementReport &out, const annotate::RatingTable &table,
                   std::size_t i, std::size_t k) {
  PairAgreement p{.a = i, .b = k};
  const auto a = tagsOf(in.tags, out.reviewers[i].id), b = tagsOf(in.tags, out.reviewers[k].id);
  p.events = annotate::eventAgreement(a, b, {.tolerance = in.options.tolerance});
  p.timeUnits = annotate::timeUnitAgreement(a, b, out.duration, {.unit = in.options.unit});
  const auto paired = annotate::pairedRatings(table.values, i, k);
  const int lowest = in.codebook.minValue(), highest = in.codebook.maxValue();
  p.weightedLinear = annotate::weightedKappa(paired, annotate::KappaWeights::Linear, lowest, highest);
  p.weightedQuadratic = annotate::weightedKappa(paired, annotate::KappaWeights::Quadratic, lowest, highest);
  p.ratingPairs = static_cast<int>(paired.size());
  p.eventsHow = eventsHow(p.events, out.names[i], out.names[k]);
  p.timeUnitsHow = timeUnitsHow(p.timeUnits, out.duration);
  p.ratingsHow = ratingsHow(p.ratingPairs, lowest, highest);
  return p;
}

std::string elementName(const annotate::Codebook &codebook, const std::string &key) {
  const annotate::Element *e = codebook.element(key);
  return e != nullptr ? e->shortName.in(langCode()) : key;
}

// Per element, the trainee's and the gold reviewer's moments without a
// partner in the event matching (the same one eventAgreement counts).
std::vector<ElementMoments> moments(const AgreementInput &in, const Uuid &trainee, const Uuid &gold) {
  const auto a = tagsOf(in.tags, trainee), b = tagsOf(in.tags, gold);
  const annotate::EventMatching m = annotate::eventMatching(a, b, {.tolerance = in.options.tolerance});
  std::vector<ElementMoments> out;
  const auto of = [&](const std::string &key) -> ElementMoments & {
    const auto it = std::find_if(out.begin(), out.end(), [&](const ElementMoments &e) { return e.element == key; });
    if (it != out.end())
      return *it;
    return out.emplace_back(ElementMoments{.element = key, .name = elementName(in.codebook, key)});
  };
  for (const auto &e : in.codebook.elements) // codebook order first
    if (std::any_of(a.begin(), a.end(), [&](const auto &t) { return t.element == e.key; }) ||
        std::any_of(b.begin(), b.end(), [&](const auto &t) { return t.element == e.key; }))
      (void)of(e.key);
  for (const auto &p : m.pairs)
    ++of(a[p.a].element).matched;
  for (const std::size_t x : m.onlyA)
    of(a[x].element).added.push_back(a[x]);
  for (const std::size_t x : m.onlyB)
    of(b[x].element).missed.push_back(b[x]);
  for (auto &e : out)
    for (auto *list : {&e.missed, &e.added})
      std::stable_sort(list->begin(), list->end(), [](const auto &x, const auto &y) { return x.start < y.start; });
  return out;
}

GoldComparison compareWithGold(const AgreementInput &in, const AgreementReport &out, const annotate::RatingTable &table,
                               std::size_t trainee, std::size_t gold) {
  GoldComparison g{.trainee = trainee, .gold = gold};
  g.pair = pair(in, out, table, trainee, gold);
  annotate::RatingValues two;
  for (const auto &row : table.values)
    if (row[trainee] || row[gold])
      two.push_back({row[trainee], row[gold]});
  g.ratings = group(two);
  g.elements = moments(in, out.reviewers[trainee].id, out.reviewers[gold].id);
  const std::string &who = out.names[trainee];
  if (!g.ratings.within.percent)
    g.verdict = who + tr(" and ", " en ") + out.names[gold] +
                tr(" have no rows both rated: the 90 % criterion cannot be judged yet.",
                   " hebben geen rijen die beiden beoordeelden: het criterium van 90 % is nog niet te beoordelen.");
  else if (g.ratings.meetsCriterion)
    g.verdict = who + tr(" meets the training criterion: ", " haalt het trainingscriterium: ") +
                percentText(g.ratings.within.percent) +
                tr(" of the ratings within one point of the gold standard (at least 90 % asked).",
                   " van de beoordelingen binnen één punt van de gouden standaard (minstens 90 % gevraagd).");
  else
    g.verdict = who + tr(" does not meet the training criterion yet: ", " haalt het trainingscriterium nog niet: ") +
                percentText(g.ratings.within.percent) +
                tr(" of the ratings within one point of the gold standard (at least 90 % asked).",
                   " van de beoordelingen binnen één punt van de gouden standaard (minstens 90 % gevraagd).");
  return g;
}

std::string subjectLabel(const AgreementInput &in, const std::string &subject) {
  if (subject == annotate::kFamilySubject)
    return tr("the family", "het gezin");
  for (const auto &p : in.participants)
    if (p.id == subject) {
      std::string label(annotate::roleText(p.role).in(langCode()));
      return p.alias.empty() ? label : label + " (" + p.alias + ")";
    }
  return subject;
}

// The consensus row's latest live rating of subject × element.
std::optional<int> consensusValue(const AgreementInput &in, const std::string &subject, const std::string &element) {
  if (!in.consensus)
    return std::nullopt;
  const annotate::Rating *best = nullptr;
  for (const auto &r : in.ratings)
    if (!r.deleted && r.reviewer == in.consensus->id && r.subject == subject && r.element == element &&
        (best == nullptr || r.updatedAt > best->updatedAt))
      best = &r;
  return best != nullptr ? std::optional<int>(best->value) : std::nullopt;
}

} // namespace

std::vector<annotate::Reviewer> defaultCoders(std::span<const annotate::Reviewer> shown,
                                              std::span<const annotate::Annotation> tags,
                                              std::span<const annotate::Rating> ratings) {
  std::set<Uuid> working;
  for (const auto &a : tags)
    if (!a.deleted)
      working.insert(a.reviewer);
  for (const auto &r : ratings)
    if (!r.deleted)
      working.insert(r.reviewer);
  std::vector<annotate::Reviewer> out;
  for (const auto &r : shown)
    if (!r.deleted && !annotate::isConsensus(r) && working.contains(r.id))
      out.push_back(r);
  return out;
}

AgreementReport computeAgreement(const AgreementInput &in) {
  AgreementReport out;
  out.options = in.options;
  out.duration = in.duration;
  for (const auto &a : in.tags) // an unknown length: up to the last tag
    if (!a.deleted)
      out.duration = std::max(out.duration, a.end);
  out.reviewers = in.reviewers;
  std::vector<Uuid> ids;
  for (const auto &r : out.reviewers) {
    ids.push_back(r.id);
    const auto it = in.names.find(r.id);
    out.names.push_back(it != in.names.end() ? it->second : r.name);
  }
  if (in.consensus) {
    const auto it = in.names.find(in.consensus->id);
    out.consensusName = it != in.names.end() ? it->second : in.consensus->name;
  }
  const annotate::RatingTable table = annotate::ratingTable(in.codebook, in.participants, in.ratings, ids);
  for (std::size_t i = 0; i < out.reviewers.size(); ++i)
    for (std::size_t k = i + 1; k < out.reviewers.size(); ++k)
      out.pairs.push_back(pair(in, out, table, i, k));
  out.group = group(table.values);
  for (std::size_t g = 0; g < out.reviewers.size(); ++g) {
    if (!out.reviewers[g].gold)
      continue;
    for (std::size_t t = 0; t < out.reviewers.size(); ++t)
      if (!out.reviewers[t].gold)
        out.gold.push_back(compareWithGold(in, out, table, t, g));
  }
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const auto &row = table.rows[r];
    RatingLine line{.subject = row.subject, .element = row.element};
    line.label = subjectLabel(in, row.subject) + " \xC2\xB7 " + elementName(in.codebook, row.element);
    for (const auto &v : table.values[r])
      line.values.push_back(v ? std::optional<int>(static_cast<int>(*v)) : std::nullopt);
    line.consensus = consensusValue(in, row.subject, row.element);
    out.ratingRows.push_back(std::move(line));
  }
  return out;
}

} // namespace spiegel::app::viewmodels
