#pragma once
// Indicator counts and rates per hour (domain.md §7.2): how often each
// element was tagged for each participant, positive and negative.
//
//   auto s = summarise(codebook, liveTagsOfOneReviewer, recording.duration);
//   for (const SummaryRow &row : s.rows) table.add(row.element, row.participant, row.positivePerHour);
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "spiegel/annotate/types.hpp"

namespace spiegel::annotate {

struct SummaryRow {
  std::string element;
  std::string participant;                         // participant id, kFamilySubject, or "" in elementTotals
  int positive = 0, negative = 0;                  // tag counts
  double positivePerHour = 0, negativePerHour = 0; // per 60 minutes of recording
  // positive / negative; nullopt when there are no negative tags.
  [[nodiscard]] std::optional<double> ratio() const;
  // positive / (positive + negative); nullopt when there are no tags.
  [[nodiscard]] std::optional<double> positiveShare() const;
  [[nodiscard]] int total() const { return positive + negative; }
};

struct Summary {
  Micros duration = 0;
  // One row per element × participant that has tags, in codebook element
  // order, then participant id (kFamilySubject among them). A tag with
  // several participants counts once for each; a family-level tag counts
  // for kFamilySubject.
  std::vector<SummaryRow> rows;
  // One row per codebook element (also those without tags); each tag counted once.
  std::vector<SummaryRow> elementTotals;
};

// Summarises the given tags (tombstones and tags of elements not in the
// codebook are skipped; filter by reviewer/recording before calling).
// Rates are count × 1 h / duration; all rates are 0 when duration <= 0.
[[nodiscard]] Summary summarise(const Codebook &codebook, std::span<const Annotation> annotations,
                                Micros recordingDuration);

// count per 60 minutes of `duration`; 0 when duration <= 0.
[[nodiscard]] double perHour(int count, Micros duration);

} // namespace spiegel::annotate
