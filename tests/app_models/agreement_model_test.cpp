// The agreement model (viewmodels/agreement_model.hpp): the numbers the CLI,
// the Agreement tab and the HTML report all show, against values worked out
// by hand; the gold-standard comparison; the consensus beside the members;
// and the CLI's and the window's inputs giving the same report.
#include "common/assets.hpp"
#include "common/i18n.hpp"
#include "viewmodels/agreement_export.hpp"
#include "viewmodels/agreement_model.hpp"
#include "viewmodels/agreement_text.hpp"

#include "spiegel/annotate/round.hpp"
#include "spiegel/store/codebook_json.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace spiegel;
using namespace spiegel::app::viewmodels;
using annotate::Valence;

namespace {
constexpr annotate::Micros kSecond = 1'000'000;

annotate::Annotation tag(const std::string &id, const std::string &who, double at, const std::string &element,
                         Valence valence = Valence::Positive) {
  const auto t = static_cast<annotate::Micros>(at * kSecond);
  return {.id = id, .recording = "rec", .reviewer = who, .start = t, .end = t, .element = element, .valence = valence};
}

annotate::Rating rating(const std::string &who, const std::string &subject, const std::string &element, int value) {
  return {.id = who + subject + element,
          .recording = "rec",
          .reviewer = who,
          .subject = subject,
          .element = element,
          .value = value,
          .updatedAt = 1};
}

// tests/app/cli_agreement.sh's project, without the files: Anne tags
// engagement+ at 1 and 5 s and safety- at 9 s, Bram engagement+ at 2 and
// 6 s and bond+ at 12 s, on a 14.5 s recording; mother engagement 2 | 3,
// father engagement 1 | -1, family system 0 | 0.
AgreementInput anneAndBram() {
  AgreementInput in;
  in.codebook = store::loadCodebook(app::defaultCodebookFile());
  in.participants = {{.id = "mum", .role = "moeder"}, {.id = "dad", .role = "vader"}};
  in.reviewers = {{.id = "anne", .name = "Anne"}, {.id = "bram", .name = "Bram"}};
  in.names = {{"anne", "Anne"}, {"bram", "Bram"}};
  in.tags = {tag("a1", "anne", 1, "engagement"),
             tag("a2", "anne", 5, "engagement"),
             tag("a3", "anne", 9, "safety", Valence::Negative),
             tag("b1", "bram", 2, "engagement"),
             tag("b2", "bram", 6, "engagement"),
             tag("b3", "bram", 12, "bond")};
  in.ratings = {rating("anne", "mum", "engagement", 2),  rating("anne", "dad", "engagement", 1),
                rating("anne", "family", "system", 0),   rating("bram", "mum", "engagement", 3),
                rating("bram", "dad", "engagement", -1), rating("bram", "family", "system", 0)};
  in.duration = 14'500'000;
  return in;
}

struct English {
  English() { app::setLanguage(app::Lang::En); }
  ~English() { app::setLanguage(app::Lang::En); }
};

} // namespace

TEST_CASE("Agreement model: the hand-worked pair", "[agreement]") {
  English en;
  const AgreementReport r = computeAgreement(anneAndBram());
  REQUIRE(r.pairs.size() == 1);
  const PairAgreement &p = r.pairs[0];
  // Events (±2 s): po = 1/2, pe = 5/16, kappa = 3/11.
  CHECK(p.events.matched == 2);
  CHECK(p.events.unmatchedA == 1);
  CHECK(p.events.unmatchedB == 1);
  CHECK(p.events.kappa.value_or(9) == Approx(3.0 / 11));
  // Time units (1 s): 15 instants, kappa = -13/77.
  CHECK(p.timeUnits.instants == 15);
  CHECK(p.timeUnits.kappa.value_or(9) == Approx(-13.0 / 77));
  // Ratings: linear weighted kappa 0.4 over 3 rows; within 1 point 2 of 3.
  CHECK(p.weightedLinear.value_or(9) == Approx(0.4));
  CHECK(p.ratingPairs == 3);
  CHECK(r.group.within.within == 2);
  CHECK(r.group.within.pairs == 3);
  CHECK_FALSE(r.group.meetsCriterion);
  // ICC(A,1) = 9/14 on these three rows (tests/annotate/intraclass_bounds_test.cpp).
  REQUIRE(r.group.icc.iccA1);
  CHECK(r.group.icc.iccA1->value == Approx(9.0 / 14));
  // Every number says how it was computed, with the names and counts.
  CHECK(p.eventsHow.find("2 pairs; 1 of Anne and 1 of Bram without a partner") != std::string::npos);
  CHECK(p.timeUnitsHow.find("15 instants, one every 1 s from 0 to 14.5 s") != std::string::npos);
  CHECK(r.group.withinHow.find("2 of 3 pairs") != std::string::npos);
  CHECK(r.group.iccHow.find("3 rows every one of the 2 reviewers rated") != std::string::npos);
  // The rating table: mother, father (engagement), then the family (system).
  REQUIRE(r.ratingRows.size() == 3);
  CHECK(r.ratingRows[0].label == "mother \xC2\xB7 Engagement");
  CHECK(r.ratingRows[0].values == std::vector<std::optional<int>>{2, 3});
  CHECK(r.ratingRows[2].subject == annotate::kFamilySubject);
}

TEST_CASE("Agreement model: the JSON, the text and the HTML carry the same numbers", "[agreement]") {
  English en;
  const AgreementReport r = computeAgreement(anneAndBram());
  const auto j = nlohmann::json::parse(agreementJson(r));
  CHECK(j["tolerance_s"] == 2.0);
  CHECK(j["unit_s"] == 1.0);
  CHECK(j["pairs"][0]["a"]["name"] == "Anne");
  CHECK(j["pairs"][0]["events"]["kappa"].get<double>() == Approx(3.0 / 11));
  CHECK(j["pairs"][0]["time_unit"]["instants"] == 15);
  CHECK(j["ratings"]["within_one_pairs"] == nlohmann::json::array({2, 3}));
  CHECK(j["ratings"]["icc"]["ICC_A1"]["value"].get<double>() == Approx(9.0 / 14));
  CHECK(j["ratings"]["icc"]["ICC_Ak"]["ci95"][0].is_null()); // unbounded below (the bug fixed in annotate)
  CHECK(j["gold"].empty());
  CHECK(j["consensus"].is_null());

  const std::string text = agreementText(r);
  CHECK(text.find("Anne \xE2\x80\x93 Bram") != std::string::npos);
  CHECK(text.find("kappa 0.27") != std::string::npos);
  CHECK(text.find("within 1 point: 66.7 %") != std::string::npos);

  const std::string html = agreementHtml(r, {.project = "Gesprek <1>", .recording = "talk.mp4", .made = "now"});
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(html.find("<style>") != std::string::npos);
  CHECK(html.find("<link") == std::string::npos); // self-contained
  CHECK(html.find("Gesprek &lt;1&gt;") != std::string::npos);
  CHECK(html.find(">0.27<") != std::string::npos);  // event kappa
  CHECK(html.find(">-0.17<") != std::string::npos); // time-unit kappa
  CHECK(html.find(">0.64<") != std::string::npos);  // ICC(A,1)
  CHECK(html.find("66.7 %") != std::string::npos);
  CHECK(html.find(definition(AgreementTerm::EventKappa)) != std::string::npos);
  CHECK(html.find("Intraclass correlations (McGraw &amp; Wong, 1996) from a two-way analysis") != std::string::npos);
  CHECK(html.find("Koo &amp; Li (2016)") != std::string::npos);
  CHECK(html.find(r.pairs[0].eventsHow) != std::string::npos);
}

TEST_CASE("Agreement model: Dutch decimal commas", "[agreement]") {
  English restore;
  app::setLanguage(app::Lang::Nl);
  const AgreementReport r = computeAgreement(anneAndBram());
  CHECK(decimal(r.pairs[0].events.kappa) == "0,27");
  CHECK(percentText(r.group.within.percent) == "66,7 %");
  CHECK(intervalText(0.25, 0.5) == "[0,25; 0,50]");
  CHECK(secondsText(500'000) == "0,5 s");
  CHECK(decimal(std::nullopt) == "niet bepaald");
  CHECK(decimal(-0.001) == "0,00"); // no "-0,00"
  const std::string text = agreementText(r);
  CHECK(text.find("kappa 0,27") != std::string::npos);
  CHECK(text.find("binnen 1 punt: 66,7 %") != std::string::npos);
  CHECK(agreementHtml(r, {}).find("<html lang=\"nl\">") != std::string::npos);
  // The settings fields take either decimal sign.
  CHECK(secondsNumber(1'500'000) == "1,5");
  CHECK(parseSeconds("1,5") == 1'500'000);
  CHECK(parseSeconds(" 0.25 s") == 250'000);
  CHECK(parseSeconds("2") == 2'000'000);
  CHECK_FALSE(parseSeconds("0"));
  CHECK_FALSE(parseSeconds("-1"));
  CHECK_FALSE(parseSeconds("soon"));
  CHECK_FALSE(parseSeconds(""));
}

TEST_CASE("Agreement model: a trainee compared with the gold standard", "[agreement]") {
  English en;
  AgreementInput in = anneAndBram();
  in.reviewers[1].gold = true; // Bram is the expert
  const AgreementReport r = computeAgreement(in);
  REQUIRE(r.gold.size() == 1);
  const GoldComparison &g = r.gold[0];
  CHECK(r.names[g.trainee] == "Anne");
  CHECK(r.names[g.gold] == "Bram");
  CHECK(g.pair.events.kappa.value_or(9) == Approx(3.0 / 11));
  // Per element: engagement 2 paired; Anne added safety- at 9 s; she missed
  // Bram's bond+ at 12 s.
  const auto element = [&](const std::string &key) -> const ElementMoments & {
    const auto it = std::find_if(g.elements.begin(), g.elements.end(), [&](const auto &e) { return e.element == key; });
    REQUIRE(it != g.elements.end());
    return *it;
  };
  CHECK(element("engagement").matched == 2);
  CHECK(element("engagement").missed.empty());
  CHECK(element("engagement").added.empty());
  REQUIRE(element("safety").added.size() == 1);
  CHECK(element("safety").added[0].id == "a3");
  REQUIRE(element("bond").missed.size() == 1);
  CHECK(element("bond").missed[0].id == "b3");
  CHECK(std::none_of(g.elements.begin(), g.elements.end(), [](const auto &e) { return e.element == "system"; }));
  // 2 of 3 rows within one point: the 90 % criterion is not met.
  CHECK_FALSE(g.ratings.meetsCriterion);
  CHECK(g.verdict.find("Anne does not meet the training criterion yet: 66.7 %") == 0);

  // Anne moves her father rating to 0: 3 of 3 within one point.
  in.ratings[1].value = 0;
  const AgreementReport better = computeAgreement(in);
  CHECK(better.gold[0].ratings.meetsCriterion);
  CHECK(better.gold[0].verdict.find("Anne meets the training criterion: 100.0 %") == 0);
  const auto j = nlohmann::json::parse(agreementJson(better));
  CHECK(j["gold"][0]["trainee"]["name"] == "Anne");
  CHECK(j["gold"][0]["meets_criterion"] == true);
  CHECK(j["reviewers"][1]["gold"] == true);
  const std::string html = agreementHtml(better, {});
  CHECK(html.find("Anne compared with Bram") != std::string::npos);
  CHECK(html.find("00:00:12.000 +") != std::string::npos); // the missed bond+ moment
}

TEST_CASE("Agreement model: the consensus beside the members, never a coder", "[agreement]") {
  English en;
  AgreementInput in = anneAndBram();
  const annotate::Reviewer consensus{
      .id = "cons", .name = "Consensus", .profile = annotate::consensusProfile("round-1")};
  REQUIRE(annotate::isConsensus(consensus));
  in.consensus = consensus;
  in.names["cons"] = "Consensus";
  in.ratings.push_back(rating("cons", "mum", "engagement", 3));
  in.tags.push_back(tag("c1", "cons", 1, "engagement"));
  // defaultCoders leaves the consensus row out.
  std::vector<annotate::Reviewer> shown = in.reviewers;
  shown.push_back(consensus);
  const auto coders = defaultCoders(shown, in.tags, in.ratings);
  REQUIRE(coders.size() == 2);
  CHECK(coders[0].id == "anne");
  CHECK(coders[1].id == "bram");

  const AgreementReport r = computeAgreement(in);
  CHECK(r.pairs.size() == 1); // still only Anne and Bram
  REQUIRE(r.consensusName);
  CHECK(r.ratingRows[0].consensus == 3);
  CHECK_FALSE(r.ratingRows[1].consensus);
  const std::string html = agreementHtml(r, {});
  CHECK(html.find("<th class=\"consensus\">Consensus</th>") != std::string::npos);
  CHECK(html.find("<td class=\"n consensus\">+3</td>") != std::string::npos);
  CHECK(agreementText(r).find("mother \xC2\xB7 Engagement: Anne 2 Bram 3; consensus 3") != std::string::npos);
}

TEST_CASE("Agreement model: fewer than two reviewers, and none", "[agreement]") {
  English en;
  AgreementInput in = anneAndBram();
  in.reviewers.resize(1);
  const AgreementReport one = computeAgreement(in);
  CHECK(one.pairs.empty());
  CHECK_FALSE(one.group.icc.iccA1);
  in.reviewers.clear();
  const AgreementReport none = computeAgreement(in);
  CHECK(none.ratingRows.empty());
  const auto j = nlohmann::json::parse(agreementJson(none));
  CHECK(j["pairs"].empty());
  CHECK(j["ratings"]["icc"]["ICC_A1"].is_null());
  CHECK(agreementHtml(none, {}).find("Reviewers: none.") != std::string::npos);
}
