#include <algorithm>
#include <cstddef>
#include <stdexcept>

#include "spiegel/annotate/rating_agreement.hpp"

namespace spiegel::annotate {
namespace {

// δ²(c, k) of Krippendorff (2011) for the values c = values[i], k =
// values[j]; `totals` are the coincidence matrix's marginals n_g, which the
// ordinal metric ranks by.
double squaredDifference(AlphaMetric metric, const std::vector<double> &values, const std::vector<double> &totals,
                         std::size_t i, std::size_t j) {
  const double c = values[i], k = values[j];
  switch (metric) {
  case AlphaMetric::Nominal: return i == j ? 0.0 : 1.0;
  case AlphaMetric::Interval: return (c - k) * (c - k);
  case AlphaMetric::Ratio: return c + k == 0 ? 0.0 : (c - k) * (c - k) / ((c + k) * (c + k));
  case AlphaMetric::Ordinal: {
    double between = 0; // Σ n_g for g from c to k, less half of n_c and n_k
    for (std::size_t g = std::min(i, j); g <= std::max(i, j); ++g)
      between += totals[g];
    between -= (totals[i] + totals[j]) / 2;
    return between * between;
  }
  }
  return 0;
}

} // namespace

std::optional<double> krippendorffAlpha(const RatingValues &values, AlphaMetric metric) {
  // The units' values, each unit as indices into the sorted distinct values.
  std::vector<double> distinct;
  for (const auto &row : values)
    for (const auto &v : row)
      if (v) {
        if (metric == AlphaMetric::Ratio && *v < 0)
          throw std::invalid_argument("krippendorffAlpha: a ratio value below zero");
        distinct.push_back(*v);
      }
  std::sort(distinct.begin(), distinct.end());
  distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
  const std::size_t m = distinct.size();

  // Coincidences: every ordered pair of values of two coders in a unit with
  // m_u ≥ 2 values adds 1 / (m_u − 1).
  std::vector<double> coincidence(m * m, 0);
  for (const auto &row : values) {
    std::vector<std::size_t> unit;
    for (const auto &v : row)
      if (v)
        unit.push_back(
            static_cast<std::size_t>(std::lower_bound(distinct.begin(), distinct.end(), *v) - distinct.begin()));
    if (unit.size() < 2)
      continue;
    const double weight = 1.0 / static_cast<double>(unit.size() - 1);
    for (std::size_t p = 0; p < unit.size(); ++p)
      for (std::size_t r = 0; r < unit.size(); ++r)
        if (p != r)
          coincidence[unit[p] * m + unit[r]] += weight;
  }
  std::vector<double> totals(m, 0);
  double n = 0;
  for (std::size_t c = 0; c < m; ++c)
    for (std::size_t k = 0; k < m; ++k) {
      totals[c] += coincidence[c * m + k];
      n += coincidence[c * m + k];
    }
  if (n < 2)
    return std::nullopt;

  double observed = 0, expected = 0;
  for (std::size_t c = 0; c < m; ++c)
    for (std::size_t k = 0; k < m; ++k) {
      const double d = squaredDifference(metric, distinct, totals, c, k);
      observed += coincidence[c * m + k] * d;
      expected += totals[c] * totals[k] * d;
    }
  if (expected == 0)
    return std::nullopt;
  return 1.0 - (n - 1) * observed / expected;
}

} // namespace spiegel::annotate
