#pragma once
// Agreement between two reviewers' tags of one recording (issue #12 §3,
// domain.md §2): event-based and time-unit Cohen's κ, after Bakeman, Quera &
// Gnisci (2009), who advise reporting both.
//
//   const EventAgreement e = eventAgreement(tagsOfAnne, tagsOfBram, {});
//   const TimeUnitAgreement t = timeUnitAgreement(tagsOfAnne, tagsOfBram, duration, {});
//
// A tag's *code* is its element and valence ("engagement+"); with
// withParticipants it also carries the sorted participant ids (a family-level
// tag: the family). Tombstoned tags are ignored. Pass the tags of one
// reviewer and one recording per side; nothing here checks that.
#include <optional>
#include <span>
#include <vector>

#include "spiegel/annotate/types.hpp"

namespace spiegel::annotate {

// Cohen's κ of a square contingency table (rows: reviewer A's category,
// columns: B's), κ = (pₒ − pₑ) / (1 − pₑ) with pₒ the diagonal's share and pₑ
// Σ row·column / N². Null when undefined: an empty table or pₑ = 1 (both
// reviewers used one and the same category throughout). Throws
// std::invalid_argument when the table is not square.
[[nodiscard]] std::optional<double> cohensKappa(const std::vector<std::vector<long>> &table);

// Why 2 s: the default; the literature uses ±1…5 s (domain.md §2.2).
inline constexpr Micros kDefaultEventTolerance = 2'000'000;

struct EventOptions {
  Micros tolerance = kDefaultEventTolerance; // onsets match when |onsetA − onsetB| ≤ tolerance
  bool withParticipants = false;             // the code includes the participants
};

// Event agreement: same-code tags whose onsets (start) lie within ±tolerance
// are paired one-to-one in a matching of maximum cardinality. The κ is over
// the codes plus *none*: matched pairs on the diagonal, an unmatched tag of A
// in (code, none), one of B in (none, code), none × none = 0.
struct EventAgreement {
  int matched = 0, unmatchedA = 0, unmatchedB = 0;
  std::optional<double> kappa; // null when undefined (see cohensKappa)
  Micros tolerance = 0;        // as used
  bool withParticipants = false;
};

[[nodiscard]] EventAgreement eventAgreement(std::span<const Annotation> a, std::span<const Annotation> b,
                                            const EventOptions &options);

// Why 1 s: the usual unit of time-unit κ (Bakeman & Quera; BORIS's default).
inline constexpr Micros kDefaultTimeUnit = 1'000'000;

struct TimeUnitOptions {
  Micros unit = kDefaultTimeUnit; // > 0, else std::invalid_argument
  bool withParticipants = false;
};

// Time-unit agreement: instants t = k·unit for k = 0 … ⌊duration / unit⌋. A
// reviewer's category at t is the sorted multiset of the codes active then
// (a span when start ≤ t ≤ end, a point when |t − onset| ≤ unit / 2), *none*
// when empty; κ over the instants, where none–none counts as agreement.
struct TimeUnitAgreement {
  long instants = 0;
  std::optional<double> kappa; // null when undefined (see cohensKappa)
  Micros unit = 0;             // as used
  bool withParticipants = false;
};

// duration ≥ 0, else std::invalid_argument.
[[nodiscard]] TimeUnitAgreement timeUnitAgreement(std::span<const Annotation> a, std::span<const Annotation> b,
                                                  Micros duration, const TimeUnitOptions &options);

} // namespace spiegel::annotate
