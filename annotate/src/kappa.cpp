#include <stdexcept>

#include "kappa_margins.hpp"
#include "spiegel/annotate/agreement.hpp"

namespace spiegel::annotate {

namespace detail {

std::optional<double> kappaFromMargins(long n, long agreements, std::span<const long> rowTotals,
                                       std::span<const long> columnTotals) {
  if (n <= 0)
    return std::nullopt;
  const double total = static_cast<double>(n);
  double chance = 0;
  for (std::size_t i = 0; i < rowTotals.size() && i < columnTotals.size(); ++i)
    chance += static_cast<double>(rowTotals[i]) * static_cast<double>(columnTotals[i]);
  chance /= total * total;
  if (chance >= 1.0)
    return std::nullopt;
  return (static_cast<double>(agreements) / total - chance) / (1.0 - chance);
}

} // namespace detail

std::optional<double> cohensKappa(const std::vector<std::vector<long>> &table) {
  const std::size_t m = table.size();
  std::vector<long> rows(m, 0), columns(m, 0);
  long n = 0, agreements = 0;
  for (std::size_t i = 0; i < m; ++i) {
    if (table[i].size() != m)
      throw std::invalid_argument("cohensKappa: the table is not square");
    for (std::size_t j = 0; j < m; ++j) {
      rows[i] += table[i][j];
      columns[j] += table[i][j];
      n += table[i][j];
    }
    agreements += table[i][i];
  }
  return detail::kappaFromMargins(n, agreements, rows, columns);
}

} // namespace spiegel::annotate
