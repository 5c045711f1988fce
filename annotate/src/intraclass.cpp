#include <cmath>
#include <cstddef>

#include "f_distribution.hpp"
#include "spiegel/annotate/rating_agreement.hpp"

namespace spiegel::annotate {
namespace {

struct MeanSquares {
  double rows = 0;     // MSR, df n − 1
  double within = 0;   // MSW, df n(k − 1)
  double raters = 0;   // MSC, df k − 1
  double residual = 0; // MSE, df (n − 1)(k − 1)
};

// The two-way ANOVA of an n × k table without missing values (n, k ≥ 2).
MeanSquares meanSquares(const std::vector<std::vector<double>> &x) {
  const std::size_t n = x.size(), k = x.front().size();
  const double nd = static_cast<double>(n), kd = static_cast<double>(k);
  std::vector<double> rowMean(n, 0), colMean(k, 0);
  double grand = 0;
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < k; ++j) {
      rowMean[i] += x[i][j] / kd;
      colMean[j] += x[i][j] / nd;
      grand += x[i][j] / (nd * kd);
    }
  double total = 0, rows = 0, raters = 0;
  for (std::size_t i = 0; i < n; ++i) {
    rows += kd * (rowMean[i] - grand) * (rowMean[i] - grand);
    for (std::size_t j = 0; j < k; ++j)
      total += (x[i][j] - grand) * (x[i][j] - grand);
  }
  for (std::size_t j = 0; j < k; ++j)
    raters += nd * (colMean[j] - grand) * (colMean[j] - grand);
  const double within = total - rows;
  return {.rows = rows / (nd - 1),
          .within = within / (nd * (kd - 1)),
          .raters = raters / (kd - 1),
          .residual = (within - raters) / ((nd - 1) * (kd - 1))};
}

std::optional<double> finite(double x) { return std::isfinite(x) ? std::optional<double>(x) : std::nullopt; }

// An average-measures bound from a single-measure bound ρ by Spearman–Brown,
// k·ρ / (1 + (k−1)·ρ). It increases with ρ only on (−1/(k−1), 1]; at or
// below −1/(k−1) (a small sample can put an ICC(A,1) bound there) it has no
// finite image — the ICC(A,k) bound is unbounded below — so null. (McGraw &
// Wong's direct ICC(A,k) formula is the same expression: its denominator
// F*(MSC − MSE) + n·MSR is 1 + (k−1)·ρ times a positive factor, and where it
// turns negative it gave a "lower" bound above the upper one.)
std::optional<double> averageOf(std::optional<double> single, double k) {
  if (!single || *single <= -1 / (k - 1))
    return std::nullopt;
  return finite(k * *single / (1 + (k - 1) * *single));
}

std::optional<Icc> icc(double numerator, double denominator, std::optional<double> low, std::optional<double> high) {
  if (denominator == 0)
    return std::nullopt;
  return Icc{.value = numerator / denominator, .low = low, .high = high};
}

} // namespace

// Confidence bounds (McGraw & Wong 1996, Tables 7 and 8; the same as
// irr::icc and psych::ICC), q = 1 − (1 − .95)/2 and
// F_q(d1, d2) the F quantile:
//  one-way, ICC(1) and ICC(k): F₀ = MSR/MSW, FL = F₀ / F_q(n−1, n(k−1)),
//    FU = F₀ · F_q(n(k−1), n−1); ICC(1) in [(FL−1)/(FL+k−1), (FU−1)/(FU+k−1)],
//    ICC(k) in [1 − 1/FL, 1 − 1/FU];
//  consistency, ICC(C,1) and ICC(C,k): the same with F₀ = MSR/MSE and
//    degrees of freedom n−1 and (n−1)(k−1);
//  absolute agreement, with ρ = ICC(A,1), a = kρ / (n(1−ρ)),
//    b = 1 + kρ(n−1) / (n(1−ρ)),
//    v = (a·MSC + b·MSE)² / ((a·MSC)²/(k−1) + (b·MSE)²/((n−1)(k−1))),
//    F* = F_q(n−1, v), G* = F_q(v, n−1):
//    ICC(A,1) in [n(MSR − F*·MSE) / (F*(k·MSC + (kn−k−n)·MSE) + n·MSR),
//                 n(G*·MSR − MSE) / (k·MSC + (kn−k−n)·MSE + n·G*·MSR)],
//    ICC(A,k) in [n(MSR − F*·MSE) / (F*(MSC − MSE) + n·MSR),
//                 n(G*·MSR − MSE) / (MSC − MSE + n·G*·MSR)], computed as the
//    Spearman–Brown image of the ICC(A,1) bounds (averageOf: the same value
//    where it is defined, null where McGraw & Wong's turns over the pole).
IccSet intraclass(const RatingValues &values) {
  IccSet out;
  out.rows = static_cast<int>(values.size());
  out.raters = values.empty() ? 0 : static_cast<int>(values.front().size());
  std::vector<std::vector<double>> complete;
  for (const auto &row : values) {
    std::vector<double> r;
    for (const auto &v : row)
      if (v)
        r.push_back(*v);
    if (r.size() == row.size() && !r.empty())
      complete.push_back(std::move(r));
  }
  out.rowsComplete = static_cast<int>(complete.size());
  if (out.rowsComplete < 2 || out.raters < 2)
    return out;

  const MeanSquares ms = meanSquares(complete);
  const double n = out.rowsComplete, k = out.raters;
  const double q = 1 - (1 - out.confidence) / 2;

  const double f1 = ms.rows / ms.within;
  const double lo1 = f1 / detail::fQuantile(q, n - 1, n * (k - 1));
  const double hi1 = f1 * detail::fQuantile(q, n * (k - 1), n - 1);
  out.icc1 = icc(ms.rows - ms.within, ms.rows + (k - 1) * ms.within, finite((lo1 - 1) / (lo1 + k - 1)),
                 finite((hi1 - 1) / (hi1 + k - 1)));
  out.icc1k = icc(ms.rows - ms.within, ms.rows, finite(1 - 1 / lo1), finite(1 - 1 / hi1));

  const double fc = ms.rows / ms.residual;
  const double loC = fc / detail::fQuantile(q, n - 1, (n - 1) * (k - 1));
  const double hiC = fc * detail::fQuantile(q, (n - 1) * (k - 1), n - 1);
  out.iccC1 = icc(ms.rows - ms.residual, ms.rows + (k - 1) * ms.residual, finite((loC - 1) / (loC + k - 1)),
                  finite((hiC - 1) / (hiC + k - 1)));
  out.iccCk = icc(ms.rows - ms.residual, ms.rows, finite(1 - 1 / loC), finite(1 - 1 / hiC));

  const double denomA1 = ms.rows + (k - 1) * ms.residual + k * (ms.raters - ms.residual) / n;
  const double denomAk = ms.rows + (ms.raters - ms.residual) / n;
  std::optional<double> lowA1, highA1, lowAk, highAk;
  if (denomA1 != 0) {
    const double rho = (ms.rows - ms.residual) / denomA1;
    const double a = k * rho / (n * (1 - rho));
    const double b = 1 + k * rho * (n - 1) / (n * (1 - rho));
    const double v = std::pow(a * ms.raters + b * ms.residual, 2) /
                     (std::pow(a * ms.raters, 2) / (k - 1) + std::pow(b * ms.residual, 2) / ((n - 1) * (k - 1)));
    if (std::isfinite(v) && v > 0) {
      const double fl = detail::fQuantile(q, n - 1, v), fu = detail::fQuantile(q, v, n - 1);
      const double spread = (k * n - k - n) * ms.residual;
      lowA1 = finite(n * (ms.rows - fl * ms.residual) / (fl * (k * ms.raters + spread) + n * ms.rows));
      highA1 = finite(n * (fu * ms.rows - ms.residual) / (k * ms.raters + spread + n * fu * ms.rows));
      lowAk = averageOf(lowA1, k);
      highAk = averageOf(highA1, k);
    }
  }
  out.iccA1 = icc(ms.rows - ms.residual, denomA1, lowA1, highA1);
  out.iccAk = icc(ms.rows - ms.residual, denomAk, lowAk, highAk);
  return out;
}

} // namespace spiegel::annotate
