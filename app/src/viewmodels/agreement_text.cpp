#include "viewmodels/agreement_text.hpp"

#include "common/i18n.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace spiegel::app::viewmodels {

std::string decimal(const std::optional<double> &v, int decimals) {
  if (!v)
    return tr("undefined", "niet bepaald");
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, *v);
  std::string out = buf;
  if (out.rfind("-0.", 0) == 0 && out.find_first_not_of("-0.") == std::string::npos)
    out.erase(0, 1);          // a tiny negative rounds to 0.00, not -0.00
  if (language() == Lang::Nl) // Dutch writes 0,27
    std::replace(out.begin(), out.end(), '.', ',');
  return out;
}

std::string secondsNumber(annotate::Micros t) {
  const double s = static_cast<double>(t) / 1e6;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", s);
  std::string out = buf;
  if (language() == Lang::Nl)
    std::replace(out.begin(), out.end(), '.', ',');
  return out;
}

std::string secondsText(annotate::Micros t) { return secondsNumber(t) + " s"; }

std::optional<annotate::Micros> parseSeconds(std::string_view text) {
  std::string s(text);
  std::replace(s.begin(), s.end(), ',', '.'); // either decimal sign, in either language
  while (!s.empty() && (s.back() == ' ' || s.back() == 's'))
    s.pop_back();
  while (!s.empty() && s.front() == ' ')
    s.erase(0, 1);
  if (s.empty())
    return std::nullopt;
  char *end = nullptr;
  const double v = std::strtod(s.c_str(), &end);
  if (end != s.c_str() + s.size() || !std::isfinite(v) || v <= 0 || v > 1e9)
    return std::nullopt;
  return static_cast<annotate::Micros>(std::llround(v * 1e6));
}

std::string percentText(const std::optional<double> &pct) {
  if (!pct)
    return tr("undefined", "niet bepaald");
  return decimal(pct, 1) + " %";
}

std::string intervalText(const std::optional<double> &low, const std::optional<double> &high) {
  const char *dash = "\xE2\x80\x93";
  const std::string lo = low ? decimal(low) : dash, hi = high ? decimal(high) : dash;
  return "[" + lo + (language() == Lang::Nl ? "; " : ", ") + hi + "]";
}

std::string termName(AgreementTerm term) {
  switch (term) {
  case AgreementTerm::EventKappa: return tr("Event agreement", "Overeenstemming over momenten");
  case AgreementTerm::TimeUnitKappa: return tr("Time-unit agreement", "Overeenstemming per tijdseenheid");
  case AgreementTerm::WeightedKappa: return tr("Weighted kappa of the ratings", "Gewogen kappa van de beoordelingen");
  case AgreementTerm::Icc: return tr("Intraclass correlations (ICC)", "Intraclasscorrelaties (ICC)");
  case AgreementTerm::KooLi: return tr("How to read an ICC (Koo & Li)", "Een ICC lezen (Koo & Li)");
  case AgreementTerm::Alpha: return tr("Krippendorff's alpha", "Krippendorffs alfa");
  case AgreementTerm::WithinOne: return tr("Within one point", "Binnen één punt");
  case AgreementTerm::Gold: return tr("Comparison with the gold standard", "Vergelijking met de gouden standaard");
  }
  return {};
}

std::string definition(AgreementTerm term) {
  switch (term) {
  case AgreementTerm::EventKappa:
    return tr("Tags with the same code (element and sign) whose starts lie within the tolerance of each other are "
              "paired one to one, as many pairs as possible. Cohen's kappa is computed over a table of the codes "
              "plus 'none': paired tags on the diagonal, a tag without a partner against 'none' (none against none "
              "does not occur). kappa = (po - pe) / (1 - pe): 1 is full agreement, 0 is what chance would give.",
              "Tags met dezelfde code (element en teken) waarvan het begin binnen de tolerantie van elkaar ligt, "
              "worden één op één gekoppeld, zoveel mogelijk paren. Cohens kappa wordt berekend over een tabel van de "
              "codes plus 'geen': gekoppelde tags op de diagonaal, een tag zonder partner tegenover 'geen' (geen "
              "tegenover geen komt niet voor). kappa = (po - pe) / (1 - pe): 1 is volledige overeenstemming, 0 is "
              "wat toeval zou geven.");
  case AgreementTerm::TimeUnitKappa:
    return tr(
        "At every multiple of the time unit, from 0 to the end, each reviewer's category is the set of codes active "
        "then: a span from its start to its end, a point within half a unit of it; 'none' when nothing is. "
        "Cohen's kappa over these instants, where none with none counts as agreement.",
        "Op elk veelvoud van de tijdseenheid, van 0 tot het einde, is de categorie van een beoordelaar de verzameling "
        "codes die dan actief is: een periode van begin tot einde, een punt binnen een halve eenheid; 'geen' "
        "als er niets is. Cohens kappa over die tijdstippen, waarbij geen met geen als overeenstemming telt.");
  case AgreementTerm::WeightedKappa:
    return tr("Cohen's kappa of two reviewers' ratings of the same rows on the scale -3 ... +3, where ratings close "
              "to each other count as partly in agreement: linear weights 1 - |i - j| / 6, quadratic weights "
              "1 - ((i - j) / 6)^2.",
              "Cohens kappa van de beoordelingen van dezelfde rijen door twee beoordelaars op de schaal -3 ... +3, "
              "waarbij beoordelingen dicht bij elkaar deels als overeenstemming tellen: lineaire gewichten "
              "1 - |i - j| / 6, kwadratische gewichten 1 - ((i - j) / 6)^2.");
  case AgreementTerm::Icc:
    return tr("Intraclass correlations (McGraw & Wong, 1996) from a two-way analysis of variance of the rows "
              "(person x element, and family x element) that every chosen reviewer rated; rows with a missing "
              "rating are left out and counted. ICC(A,1), absolute agreement of a single reviewer, is the "
              "headline: it counts a reviewer who rates everyone higher as disagreeing. ICC(C,1) measures "
              "consistency (such an offset does not count), ICC(1) is the one-way model. The k forms are the "
              "reliability of the mean of all reviewers. The 95 % intervals are McGraw & Wong's, from the F "
              "distribution; with few rows they are wide.",
              "Intraclasscorrelaties (McGraw & Wong, 1996) uit een tweeweg-variantieanalyse van de rijen (persoon x "
              "element, en gezin x element) die elke gekozen beoordelaar beoordeelde; rijen waarin een beoordeling "
              "ontbreekt, vallen weg en worden geteld. ICC(A,1), absolute overeenstemming van één beoordelaar, is de "
              "hoofdmaat: een beoordelaar die iedereen hoger beoordeelt, telt als niet overeenstemmend. ICC(C,1) "
              "meet consistentie (zo'n verschuiving telt niet), ICC(1) is het eenwegmodel. De k-vormen zijn de "
              "betrouwbaarheid van het gemiddelde van alle beoordelaars. De 95 %-intervallen zijn die van McGraw & "
              "Wong, uit de F-verdeling; met weinig rijen zijn ze breed.");
  case AgreementTerm::KooLi:
    return tr("Koo & Li (2016): below 0.50 poor, 0.50 to 0.75 moderate, 0.75 to 0.90 good, above 0.90 excellent. "
              "Judge by the 95 % interval, not by the value alone.",
              "Koo & Li (2016): onder 0,50 zwak, 0,50 tot 0,75 matig, 0,75 tot 0,90 goed, boven 0,90 uitstekend. "
              "Oordeel op het 95 %-interval, niet alleen op de waarde.");
  case AgreementTerm::Alpha:
    return tr("Krippendorff's alpha = 1 - observed / expected disagreement, over every rating that another "
              "reviewer's rating of the same row can be paired with; missing ratings are allowed. Ordinal alpha "
              "weighs a difference by the ranks between the two values, interval alpha by the squared "
              "difference. 1 is full agreement, 0 is chance; 0.80 is the usual bar, 0.667 the least for "
              "tentative conclusions.",
              "Krippendorffs alfa = 1 - waargenomen / verwachte onenigheid, over elke beoordeling die met die van "
              "een andere beoordelaar van dezelfde rij te paren is; ontbrekende beoordelingen mogen. Ordinale alfa "
              "weegt een verschil naar de rangen ertussen, intervalalfa naar het gekwadrateerde verschil. 1 is "
              "volledige overeenstemming, 0 is toeval; 0,80 is de gebruikelijke grens, 0,667 het minste voor "
              "voorlopige conclusies.");
  case AgreementTerm::WithinOne:
    return tr("The share of pairs of ratings of the same row by two reviewers that differ by at most one point, "
              "over every pair of reviewers in every row. The SOFTA training criterion is at least 90 %.",
              "Het deel van de paren beoordelingen van dezelfde rij door twee beoordelaars dat hoogstens één punt "
              "verschilt, over elk paar beoordelaars in elke rij. Het trainingscriterium van SOFTA is minstens "
              "90 %.");
  case AgreementTerm::Gold:
    return tr("A gold-standard reviewer is an expert whose coding others compare themselves with. Per element: "
              "the moments the expert tagged that you did not (missed) and the ones you tagged that the expert did "
              "not (added), by the same pairing as the event agreement; and whether your ratings are within one "
              "point of the expert's in at least 90 % of the rows.",
              "Een beoordelaar als gouden standaard is een expert met wiens codering anderen zich vergelijken. Per "
              "element: de momenten die de expert tagde en jij niet (gemist) en die jij tagde en de expert niet "
              "(toegevoegd), met dezelfde koppeling als de overeenstemming over momenten; en of je beoordelingen in "
              "minstens 90 % van de rijen binnen één punt van die van de expert liggen.");
  }
  return {};
}

std::string kooLiBand(double icc) {
  if (icc < 0.5)
    return tr("poor", "zwak");
  if (icc < 0.75)
    return tr("moderate", "matig");
  if (icc <= 0.9)
    return tr("good", "goed");
  return tr("excellent", "uitstekend");
}

} // namespace spiegel::app::viewmodels
