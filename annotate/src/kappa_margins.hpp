#pragma once
// Cohen's κ from a contingency table's totals, for callers that never build
// the whole table (time-unit κ has one category per multiset of codes).
#include <optional>
#include <span>

namespace spiegel::annotate::detail {

// κ = (pₒ − pₑ) / (1 − pₑ), pₒ = agreements / n, pₑ = Σ rowᵢ·columnᵢ / n²,
// where rowTotals[i] and columnTotals[i] belong to the same category. Null
// when n = 0 or pₑ = 1.
[[nodiscard]] std::optional<double> kappaFromMargins(long n, long agreements, std::span<const long> rowTotals,
                                                     std::span<const long> columnTotals);

} // namespace spiegel::annotate::detail
