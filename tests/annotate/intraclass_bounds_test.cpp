// The ICC confidence bounds on small samples (issue #12 §3): ICC(A,k) once
// printed a lower bound above its upper one (5.23 … 0.99) on three rows.
#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <random>

#include "spiegel/annotate/rating_agreement.hpp"

using namespace spiegel::annotate;

namespace {

void checkOrdered(const std::optional<Icc> &icc) {
  if (!icc)
    return;
  if (icc->low)
    CHECK(*icc->low <= 1.0);
  if (icc->high)
    CHECK(*icc->high <= 1.0);
  if (icc->low && icc->high)
    CHECK(*icc->low <= *icc->high);
}

} // namespace

TEST_CASE("ICC(A,k): no lower bound past the Spearman-Brown pole", "[agreement]") {
  // Three rows, two raters (tests/app/cli_agreement.sh's ratings): MSR 25/6,
  // MSC 1/6, MSE 7/6. ICC(A,1) = 3 / (14/3) = 9/14, ICC(A,k) = 3 / (23/6) =
  // 18/23. MSC < MSE and only 2 df between rows: the ICC(A,1) lower bound
  // lies below -1/(k-1) = -1, where k·ρ / (1 + (k-1)·ρ) turns over; the
  // ICC(A,k) bound there is unbounded below, not 4.9.
  const IccSet icc = intraclass({{2, 3}, {1, -1}, {0, 0}});
  REQUIRE(icc.iccA1);
  REQUIRE(icc.iccAk);
  CHECK(icc.iccA1->value == Approx(9.0 / 14));
  CHECK(icc.iccAk->value == Approx(18.0 / 23));
  REQUIRE(icc.iccA1->low);
  CHECK(*icc.iccA1->low < -1.0);
  CHECK_FALSE(icc.iccAk->low);
  REQUIRE(icc.iccAk->high);
  REQUIRE(icc.iccA1->high);
  // The upper bound is the Spearman-Brown image of ICC(A,1)'s.
  const double u = *icc.iccA1->high;
  CHECK(*icc.iccAk->high == Approx(2 * u / (1 + u)));
  CHECK(*icc.iccAk->high >= icc.iccAk->value);
}

TEST_CASE("ICC bounds stay ordered on many small tables", "[agreement]") {
  // Random 3-8 rows x 2-5 raters on the alliance scale -3..+3: every bound
  // given is at most 1, and a lower bound never exceeds its upper one.
  std::mt19937 gen(12); // fixed seed: the same tables on every run
  std::uniform_int_distribution<int> value(-3, 3), rows(3, 8), raters(2, 5);
  for (int t = 0; t < 400; ++t) {
    RatingValues data(static_cast<std::size_t>(rows(gen)));
    const auto k = static_cast<std::size_t>(raters(gen));
    for (auto &row : data)
      for (std::size_t j = 0; j < k; ++j)
        row.push_back(value(gen));
    const IccSet icc = intraclass(data);
    INFO("table " << t);
    for (const auto *one : {&icc.icc1, &icc.iccA1, &icc.iccC1, &icc.icc1k, &icc.iccAk, &icc.iccCk})
      checkOrdered(*one);
  }
}
