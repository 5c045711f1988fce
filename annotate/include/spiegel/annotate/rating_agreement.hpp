#pragma once
// Agreement between reviewers' session ratings (issue #12 §3, domain.md
// §2.1): intraclass correlations, Krippendorff's α, the share of pairs within
// ±1 point (the SOFTA training criterion) and weighted Cohen's κ per pair.
//
//   const RatingTable t = ratingTable(codebook, participants, ratings, chosenReviewers);
//   const IccSet icc = intraclass(t.values); // icc.iccA1 is the headline
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "spiegel/annotate/types.hpp"

namespace spiegel::annotate {

// Rows (rated things) × columns (raters); nullopt = not rated.
using RatingValues = std::vector<std::vector<std::optional<double>>>;

struct RatingRow {
  std::string subject; // participant id or kFamilySubject
  std::string element;
};

struct RatingTable {
  std::vector<Uuid> reviewers; // the columns, in the order asked for
  std::vector<RatingRow> rows;
  RatingValues values; // rows × reviewers
};

// The rows are each live family member (participant order) × each element
// rated per person (codebook order), then the family × each element rated
// for the family; a row that none of `reviewers` rated is left out. Deleted
// ratings are ignored; of several live ratings by one reviewer of one row,
// the latest (updatedAt) counts. Pass the ratings of one recording.
[[nodiscard]] RatingTable ratingTable(const Codebook &codebook, std::span<const Participant> participants,
                                      std::span<const Rating> ratings, std::span<const Uuid> reviewers);

// Why .95: the level every ICC report in the field gives (Koo & Li 2016).
inline constexpr double kIccConfidence = 0.95;

struct Icc {
  double value = 0;
  std::optional<double> low, high; // 95 % confidence bounds; null where a bound is not finite (unbounded)
};

// The six ICCs of McGraw & Wong (1996) from the ANOVA mean squares of the
// complete rows (n rows, k raters): MSR between rows, MSW within rows, MSC
// between raters, MSE residual. A value is null when its denominator is 0 or
// there are fewer than 2 complete rows or 2 raters.
//   ICC(1)   = (MSR − MSW) / (MSR + (k−1)·MSW)                = Shrout & Fleiss ICC(1,1)
//   ICC(A,1) = (MSR − MSE) / (MSR + (k−1)·MSE + k·(MSC−MSE)/n) = ICC(2,1), the headline
//   ICC(C,1) = (MSR − MSE) / (MSR + (k−1)·MSE)                = ICC(3,1)
//   ICC(k)   = (MSR − MSW) / MSR                              = ICC(1,k)
//   ICC(A,k) = (MSR − MSE) / (MSR + (MSC−MSE)/n)              = ICC(2,k)
//   ICC(C,k) = (MSR − MSE) / MSR                              = ICC(3,k)
// The confidence bounds are McGraw & Wong's F-based ones (as R's irr::icc
// and psych::ICC); intraclass.cpp states them.
struct IccSet {
  std::optional<Icc> icc1, iccA1, iccC1, icc1k, iccAk, iccCk;
  int rows = 0;         // all rows given
  int rowsComplete = 0; // rows rated by every rater: the ICCs use only these
  int raters = 0;
  double confidence = kIccConfidence;
};

[[nodiscard]] IccSet intraclass(const RatingValues &values);

enum class AlphaMetric { Nominal, Ordinal, Interval, Ratio };

// Krippendorff's α over all values (rows are the units, missing values
// allowed), as in Krippendorff (2011), "Computing Krippendorff's
// Alpha-Reliability": α = 1 − (n − 1) · Σ o_ck δ²_ck / Σ n_c n_k δ²_ck over
// the coincidence matrix o of the units with at least two values. Null when
// fewer than two values are pairable or the expected disagreement is 0.
// Ratio needs values ≥ 0 (δ = (c−k)/(c+k)), else std::invalid_argument.
[[nodiscard]] std::optional<double> krippendorffAlpha(const RatingValues &values, AlphaMetric metric);

// Every unordered pair of raters in every row where both rated: how many lie
// within ±1 point. The SOFTA training criterion is ≥ 90 % (domain.md §1.7).
struct WithinOne {
  int within = 0, pairs = 0;
  std::optional<double> percent; // 100 · within / pairs; null without pairs
};

[[nodiscard]] WithinOne withinOne(const RatingValues &values);

// The rows where raters a and b (columns) both rated: (a's value, b's value),
// rounded to whole points.
[[nodiscard]] std::vector<std::pair<int, int>> pairedRatings(const RatingValues &values, std::size_t a, std::size_t b);

enum class KappaWeights { Linear, Quadratic };

// Weighted Cohen's κ over the categories lowest … highest (the alliance
// scale −3 … +3): agreement weight w = 1 − |i−j|/(m−1) (linear) or
// 1 − ((i−j)/(m−1))² (quadratic) for m categories; κ_w = (pₒ − pₑ)/(1 − pₑ)
// with weighted observed and chance agreement. Null when there are no pairs
// or pₑ = 1. A value outside the categories throws std::invalid_argument.
[[nodiscard]] std::optional<double> weightedKappa(std::span<const std::pair<int, int>> pairs, KappaWeights weights,
                                                  int lowest = -3, int highest = 3);

} // namespace spiegel::annotate
