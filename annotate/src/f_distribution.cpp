#include "f_distribution.hpp"

#include <cmath>
#include <initializer_list>

namespace spiegel::annotate::detail {
namespace {

// The continued fraction of I_x(a, b) (Abramowitz & Stegun 26.5.8),
// evaluated by the modified Lentz method; it converges fast for
// x < (a + 1) / (a + b + 2).
double betaFraction(double a, double b, double x) {
  constexpr double kTiny = 1e-300; // keeps a denominator off zero
  constexpr double kEpsilon = 1e-15;
  constexpr int kMaxTerms = 500;
  double c = 1.0;
  double d = 1.0 - (a + b) * x / (a + 1.0);
  d = 1.0 / (std::fabs(d) < kTiny ? kTiny : d);
  double h = d;
  for (int m = 1; m <= kMaxTerms; ++m) {
    const double md = m;
    for (const double term : {md * (b - md) * x / ((a + 2 * md - 1) * (a + 2 * md)),
                              -(a + md) * (a + b + md) * x / ((a + 2 * md) * (a + 2 * md + 1))}) {
      d = 1.0 + term * d;
      d = 1.0 / (std::fabs(d) < kTiny ? kTiny : d);
      c = 1.0 + term / c;
      if (std::fabs(c) < kTiny)
        c = kTiny;
      h *= c * d;
    }
    if (std::fabs(c * d - 1.0) < kEpsilon)
      break;
  }
  return h;
}

} // namespace

double incompleteBeta(double a, double b, double x) {
  if (x <= 0)
    return 0;
  if (x >= 1)
    return 1;
  const double front =
      std::exp(std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log1p(-x));
  if (x < (a + 1) / (a + b + 2))
    return front * betaFraction(a, b, x) / a;
  return 1.0 - front * betaFraction(b, a, 1.0 - x) / b;
}

double fQuantile(double p, double d1, double d2) {
  // P(F ≤ x) = I_y(d1/2, d2/2) with y = d1·x / (d1·x + d2), increasing in
  // y: bisect on y, then x = d2·y / (d1·(1 − y)).
  double low = 0, high = 1;
  for (int i = 0; i < 200 && high - low > 1e-17; ++i) {
    const double mid = 0.5 * (low + high);
    (incompleteBeta(d1 / 2, d2 / 2, mid) < p ? low : high) = mid;
  }
  const double y = 0.5 * (low + high);
  return d2 * y / (d1 * (1 - y));
}

} // namespace spiegel::annotate::detail
