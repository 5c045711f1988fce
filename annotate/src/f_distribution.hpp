#pragma once
// The F distribution's quantiles, for the ICC confidence bounds.

namespace spiegel::annotate::detail {

// The regularized incomplete beta function I_x(a, b), a, b > 0, 0 ≤ x ≤ 1.
[[nodiscard]] double incompleteBeta(double a, double b, double x);

// The p-quantile of F(d1, d2): the x with P(F ≤ x) = p, for 0 < p < 1 and
// real d1, d2 > 0 (McGraw & Wong's bounds need a fractional d2).
[[nodiscard]] double fQuantile(double p, double d1, double d2);

} // namespace spiegel::annotate::detail
