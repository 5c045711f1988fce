#include <cmath>
#include <stdexcept>
#include <vector>

#include "spiegel/annotate/rating_agreement.hpp"

namespace spiegel::annotate {

std::optional<double> weightedKappa(std::span<const std::pair<int, int>> pairs, KappaWeights weights, int lowest,
                                    int highest) {
  if (highest <= lowest)
    throw std::invalid_argument("weightedKappa: needs at least two categories");
  const auto m = static_cast<std::size_t>(highest - lowest + 1);
  std::vector<double> observed(m * m, 0), rows(m, 0), columns(m, 0);
  for (const auto &[x, y] : pairs) {
    if (x < lowest || x > highest || y < lowest || y > highest)
      throw std::invalid_argument("weightedKappa: a value outside the categories");
    const auto i = static_cast<std::size_t>(x - lowest), j = static_cast<std::size_t>(y - lowest);
    observed[i * m + j] += 1;
    rows[i] += 1;
    columns[j] += 1;
  }
  if (pairs.empty())
    return std::nullopt;
  const double n = static_cast<double>(pairs.size());
  const double span = static_cast<double>(m - 1);
  double po = 0, pe = 0;
  for (std::size_t i = 0; i < m; ++i)
    for (std::size_t j = 0; j < m; ++j) {
      const double d = std::abs(static_cast<double>(i) - static_cast<double>(j)) / span;
      const double w = weights == KappaWeights::Linear ? 1.0 - d : 1.0 - d * d;
      po += w * observed[i * m + j] / n;
      pe += w * rows[i] * columns[j] / (n * n);
    }
  if (pe >= 1.0)
    return std::nullopt;
  return (po - pe) / (1.0 - pe);
}

} // namespace spiegel::annotate
