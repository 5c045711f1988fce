#pragma once
// One computation of how far reviewers agree (issue #12 §3–4), shared by
// `spiegel agreement`, the Agreement tab and the HTML report so that the
// three never disagree: every statistic of annotate/agreement.hpp and
// rating_agreement.hpp for the chosen reviewers, per pair and for the group,
// each with a sentence saying how it was computed; and, when a gold-standard
// reviewer is among them, each trainee's comparison with that coding.
//
//   const AgreementInput in = agreementInput(project, visibleWork(project, me), {}, options);
//   const AgreementReport report = computeAgreement(in);
//   std::cout << agreementJson(report);                 // agreement_export.hpp
//
// Pure: any thread (the tab computes on a task runner worker, from a copy).
// The sentences are in the language current when computeAgreement runs.
#include "spiegel/annotate/agreement.hpp"
#include "spiegel/annotate/rating_agreement.hpp"
#include "spiegel/annotate/types.hpp"

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace spiegel::app::viewmodels {

using annotate::Micros;
using annotate::Uuid;

// The SOFTA training criterion: at least 90 % of rating pairs within ±1.
inline constexpr double kWithinOneCriterion = 90.0;

struct AgreementOptions {
  Micros tolerance = annotate::kDefaultEventTolerance; // event agreement: onsets within ± this
  Micros unit = annotate::kDefaultTimeUnit;            // time-unit agreement: one instant every unit
  bool operator==(const AgreementOptions &) const = default;
};

// What the statistics are computed on: the work a reader is shown (a blind
// round's rule already applied, review/visibility.hpp) of one recording.
struct AgreementInput {
  std::vector<annotate::Annotation> tags; // live tags of the recording (any reviewer)
  std::vector<annotate::Rating> ratings;  // live ratings of the recording
  // The reviewers to compare, in column order; never a consensus row.
  std::vector<annotate::Reviewer> reviewers;
  // The round's consensus row, when one exists: shown beside the members
  // in the ratings table, never a coder of its own.
  std::optional<annotate::Reviewer> consensus;
  std::unordered_map<Uuid, std::string> names; // display names by reviewer id
  std::vector<annotate::Participant> participants;
  annotate::Codebook codebook;
  Micros duration = 0; // of the recording (the statistics run to the last tag when it is longer)
  AgreementOptions options;
};

struct PairAgreement {
  std::size_t a = 0, b = 0; // columns: indices into AgreementReport::reviewers
  annotate::EventAgreement events;
  annotate::TimeUnitAgreement timeUnits;
  std::optional<double> weightedLinear, weightedQuadratic; // ratings, −3 … +3
  int ratingPairs = 0;                                     // rows both rated
  std::string eventsHow, timeUnitsHow, ratingsHow;         // how each was computed
};

struct GroupAgreement {
  annotate::IccSet icc; // icc.iccA1 is the headline
  std::optional<double> alphaOrdinal, alphaInterval;
  annotate::WithinOne within;
  bool meetsCriterion = false; // within.percent ≥ kWithinOneCriterion
  std::string iccHow, alphaHow, withinHow;
};

// One element's moments in a trainee's comparison with the gold standard,
// by the event matching (same element and valence within the tolerance).
struct ElementMoments {
  std::string element;                      // key
  std::string name;                         // short name, current language
  int matched = 0;                          // pairs of this element
  std::vector<annotate::Annotation> missed; // the gold reviewer's without a partner, by onset
  std::vector<annotate::Annotation> added;  // the trainee's without a partner, by onset
};

struct GoldComparison {
  std::size_t trainee = 0, gold = 0;    // columns
  PairAgreement pair;                   // trainee = a, gold = b
  GroupAgreement ratings;               // the group statistics on the two columns
  std::vector<ElementMoments> elements; // codebook order; only elements either of them tagged
  std::string verdict;                  // "meets / does not meet the ≥ 90 % within ±1 criterion"
};

// A row of the ratings table (person × element, then family × element).
struct RatingLine {
  std::string subject, element;
  std::string label;                      // "moeder · Betrokkenheid"
  std::vector<std::optional<int>> values; // per column
  std::optional<int> consensus;           // the consensus row's value, when it has one
};

struct AgreementReport {
  AgreementOptions options;
  Micros duration = 0; // as used for the time units
  std::vector<annotate::Reviewer> reviewers;
  std::vector<std::string> names; // display names, per column
  std::optional<std::string> consensusName;
  std::vector<PairAgreement> pairs; // every unordered pair, (0,1), (0,2) … (1,2) …
  GroupAgreement group;
  std::vector<GoldComparison> gold; // each non-gold reviewer against each gold one
  std::vector<RatingLine> ratingRows;
};

[[nodiscard]] AgreementReport computeAgreement(const AgreementInput &in);

// The reviewers compared when nobody chose: everyone of `shown` (in its
// order) with a live tag or rating in `tags` / `ratings`, consensus rows
// left out.
[[nodiscard]] std::vector<annotate::Reviewer> defaultCoders(std::span<const annotate::Reviewer> shown,
                                                            std::span<const annotate::Annotation> tags,
                                                            std::span<const annotate::Rating> ratings);

} // namespace spiegel::app::viewmodels
