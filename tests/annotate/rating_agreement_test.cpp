#include <catch2/catch.hpp>

#include <cmath>
#include <stdexcept>

#include "spiegel/annotate/rating_agreement.hpp"
#include "test_codebook.hpp"

using namespace spiegel::annotate;
using namespace spiegel::annotate::test;

namespace {

constexpr std::optional<double> kMissing = std::nullopt;

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section
// C: 4 observers (columns A–D) × 12 units (rows), values 1–5, missing ones
// allowed; unit 12 has one value only and is not pairable.
RatingValues krippendorffExample() {
  const std::optional<double> _ = kMissing;
  return {{1, 1, _, 1}, {2, 2, 3, 2}, {3, 3, 3, 3}, {3, 3, 3, 3}, {2, 2, 2, 2}, {1, 2, 3, 4},
          {4, 4, 4, 4}, {1, 1, 2, 1}, {2, 2, 2, 2}, {_, 5, 5, 5}, {_, _, 1, 1}, {_, 3, _, _}};
}

// Shrout & Fleiss (1979), Table 2: 6 targets (rows) × 4 judges (columns).
RatingValues shroutFleiss() {
  return {{9, 2, 5, 8}, {6, 1, 3, 2}, {8, 4, 6, 8}, {7, 1, 2, 6}, {10, 5, 6, 9}, {6, 2, 4, 7}};
}

void checkIcc(const std::optional<Icc> &icc, double value, double low, double high, double margin) {
  REQUIRE(icc);
  CHECK(icc->value == Approx(value).margin(margin));
  REQUIRE(icc->low);
  REQUIRE(icc->high);
  CHECK(*icc->low == Approx(low).margin(margin));
  CHECK(*icc->high == Approx(high).margin(margin));
}

} // namespace

TEST_CASE("Krippendorff's alpha: the published 4 x 12 example", "[agreement]") {
  // Krippendorff (2011): nominal .743, ordinal .815, interval .849, ratio .797.
  const RatingValues data = krippendorffExample();
  const double printed = 0.0005; // the published values have three decimals
  CHECK(krippendorffAlpha(data, AlphaMetric::Nominal).value_or(std::nan("")) == Approx(0.743).margin(printed));
  CHECK(krippendorffAlpha(data, AlphaMetric::Ordinal).value_or(std::nan("")) == Approx(0.815).margin(printed));
  CHECK(krippendorffAlpha(data, AlphaMetric::Interval).value_or(std::nan("")) == Approx(0.849).margin(printed));
  CHECK(krippendorffAlpha(data, AlphaMetric::Ratio).value_or(std::nan("")) == Approx(0.797).margin(printed));
}

TEST_CASE("Krippendorff's alpha: undefined cases and perfect agreement", "[agreement]") {
  CHECK_FALSE(krippendorffAlpha({}, AlphaMetric::Interval));
  CHECK_FALSE(krippendorffAlpha({{1, kMissing}, {kMissing, 2}}, AlphaMetric::Interval)); // nothing pairable
  CHECK_FALSE(krippendorffAlpha({{2, 2}, {2, 2}}, AlphaMetric::Nominal));                // one value: Dₑ = 0
  CHECK(krippendorffAlpha({{1, 1}, {3, 3}, {-2, -2}}, AlphaMetric::Interval).value_or(std::nan("")) == Approx(1.0));
  CHECK_THROWS_AS(krippendorffAlpha({{-1, 1}}, AlphaMetric::Ratio), std::invalid_argument);
}

TEST_CASE("Intraclass correlations: Shrout & Fleiss's Table 2", "[agreement]") {
  // Shrout & Fleiss (1979) print ICC(1,1) .17, ICC(2,1) .29, ICC(3,1) .71 and
  // .44, .62, .91 for k = 4 (McGraw & Wong: ICC(1), ICC(A,1), ICC(C,1),
  // ICC(k), ICC(A,k), ICC(C,k)). The 95 % bounds are psych::ICC's printout for
  // the same table (lower to three decimals, upper to two).
  const IccSet icc = intraclass(shroutFleiss());
  CHECK(icc.rows == 6);
  CHECK(icc.rowsComplete == 6);
  CHECK(icc.raters == 4);
  CHECK(icc.confidence == 0.95);
  checkIcc(icc.icc1, 0.17, -0.133, 0.72, 0.005);
  checkIcc(icc.iccA1, 0.29, 0.019, 0.76, 0.005);
  checkIcc(icc.iccC1, 0.71, 0.342, 0.95, 0.005);
  checkIcc(icc.icc1k, 0.44, -0.884, 0.91, 0.005);
  checkIcc(icc.iccAk, 0.62, 0.071, 0.93, 0.005);
  checkIcc(icc.iccCk, 0.91, 0.676, 0.99, 0.005);
  // The values to three decimals as DescTools::ICC prints them for this
  // table (.166 .290 .715 .443 .620 .909), the lower bounds to psych's three.
  CHECK(icc.icc1->value == Approx(0.166).margin(0.0005));
  CHECK(icc.iccA1->value == Approx(0.290).margin(0.0005));
  CHECK(icc.iccC1->value == Approx(0.715).margin(0.0005));
  CHECK(icc.icc1k->value == Approx(0.443).margin(0.0005));
  CHECK(icc.iccAk->value == Approx(0.620).margin(0.0005));
  CHECK(icc.iccCk->value == Approx(0.909).margin(0.0005));
  CHECK(*icc.icc1->low == Approx(-0.133).margin(0.0005));
  CHECK(*icc.iccA1->low == Approx(0.019).margin(0.0005));
  CHECK(*icc.iccC1->low == Approx(0.342).margin(0.0005));
  CHECK(*icc.icc1k->low == Approx(-0.884).margin(0.0005));
  CHECK(*icc.iccAk->low == Approx(0.071).margin(0.0005));
  CHECK(*icc.iccCk->low == Approx(0.676).margin(0.0005));
}

TEST_CASE("Intraclass correlations leave out and count rows with a missing rating", "[agreement]") {
  RatingValues data = shroutFleiss();
  data.push_back({3, kMissing, 1, 2});
  const IccSet icc = intraclass(data);
  CHECK(icc.rows == 7);
  CHECK(icc.rowsComplete == 6);
  REQUIRE(icc.iccA1);
  CHECK(icc.iccA1->value == Approx(intraclass(shroutFleiss()).iccA1->value));

  const IccSet few = intraclass({{1, 2}, {kMissing, 3}});
  CHECK(few.rowsComplete == 1);
  CHECK_FALSE(few.iccA1);
  CHECK_FALSE(intraclass({{1}, {2}, {3}}).icc1); // one rater

  // Identical raters: every ICC 1 (no F bound is finite where MSE = 0).
  const IccSet same = intraclass({{1, 1}, {2, 2}, {3, 3}});
  REQUIRE(same.iccA1);
  CHECK(same.iccA1->value == Approx(1.0));
  CHECK_FALSE(same.iccA1->low);
}

TEST_CASE("Within one point: every pair of raters in every row", "[agreement]") {
  // Row 1: (1,2) yes, (1,4) no, (2,4) no; row 2: (0,0) yes; row 3: no pair.
  const WithinOne w = withinOne({{1, 2, 4}, {0, 0, kMissing}, {3, kMissing, kMissing}});
  CHECK(w.within == 2);
  CHECK(w.pairs == 4);
  CHECK(w.percent.value_or(std::nan("")) == Approx(50.0));
  CHECK_FALSE(withinOne({{1, kMissing}}).percent);
}

TEST_CASE("The rating table: person x element rows, then family x system", "[agreement]") {
  const Codebook cb = miniCodebook();
  const std::vector<Participant> people = {
      {.id = "mum", .role = "moeder"},
      {.id = "pro", .role = "hulpverlener", .kind = ParticipantKind::Professional},
      {.id = "son", .role = "jeugdige"},
  };
  std::vector<Rating> ratings = {
      rating("mum", "engagement", 1, "ann", 1),
      rating("mum", "engagement", 2, "ann", 5), // the latest counts
      rating("mum", "engagement", 3, "bram"),
      rating("son", "safety", -1, "bram"),
      rating(kFamilySubject, "system", 0, "ann"),
      rating(kFamilySubject, "system", 1, "bram"),
      rating("pro", "bond", 3, "ann"),  // a professional: no row
      rating("son", "bond", 2, "cleo"), // not a chosen reviewer
      rating("son", "safety", -3, "ann"),
  };
  ratings.back().deleted = true; // tombstoned: ann's son × safety is missing
  const std::vector<Uuid> reviewers = {"ann", "bram"};
  const RatingTable t = ratingTable(cb, people, ratings, reviewers);
  CHECK(t.reviewers == reviewers);
  REQUIRE(t.rows.size() == 3);
  CHECK((t.rows[0].subject == "mum" && t.rows[0].element == "engagement"));
  CHECK((t.rows[1].subject == "son" && t.rows[1].element == "safety"));
  CHECK((t.rows[2].subject == kFamilySubject && t.rows[2].element == "system"));
  CHECK(t.values == RatingValues{{2, 3}, {kMissing, -1}, {0, 1}});
  CHECK(pairedRatings(t.values, 0, 1) == std::vector<std::pair<int, int>>{{2, 3}, {0, 1}});
}
