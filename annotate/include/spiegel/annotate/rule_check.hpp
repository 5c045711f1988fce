#pragma once
// Consistency checks between tagged indicators and ratings (domain.md §1.4),
// run when ratings are saved; the UI lists the warnings and lets the
// reviewer revise or keep the rating.
//
//   for (const RuleWarning &w : checkRatings(codebook, tags, ratings, participants))
//     list.add(w.message.in(lang));
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "spiegel/annotate/types.hpp"

namespace spiegel::annotate {

enum class RuleKind {
  PositiveOnlyNotAboveZero, // only positive tags, rating ≤ 0 (Codebook::rulePositiveOnlyAboveZero)
  NegativeOnlyNotBelowZero, // only negative tags, rating ≥ 0 (Codebook::ruleNegativeOnlyBelowZero)
  OncePerSessionRepeated,   // a once-per-session indicator tagged more than once for one subject
};

struct RuleWarning {
  RuleKind kind;
  Text message; // names subject, element, value and the indicators
  Uuid recording;
  Uuid reviewer;
  std::string subject; // participant id or kFamilySubject
  std::string element;
  std::optional<Uuid> rating;          // the rating at fault (not for OncePerSessionRepeated)
  std::optional<int> value;            // its value
  std::vector<Uuid> annotations;       // the tags involved, by start time
  std::vector<std::string> indicators; // distinct indicator ids involved (free tags have none)
};

// Checks every live rating against the same reviewer's live tags in the same
// recording. Which tags count for a rating: same element; for an element
// rated per person, tags whose participants include the rated person; for an
// element rated for the family, all tags of that element. Free tags (no
// indicator) count with their own valence, since quick tagging (keys 1–4)
// makes them. No tags, or both valences: no rule applies.
// `participants` supplies role labels for the messages (may be empty).
// Warnings come ordered by recording, reviewer, element, subject.
[[nodiscard]] std::vector<RuleWarning> checkRatings(const Codebook &codebook,
                                                    std::span<const Annotation> annotations,
                                                    std::span<const Rating> ratings,
                                                    std::span<const Participant> participants = {});

// Text for a rated subject: the participant's role label (with alias in
// brackets when set), "the family" / "het gezin" for kFamilySubject.
[[nodiscard]] Text subjectText(const std::string &subject, std::span<const Participant> participants);

} // namespace spiegel::annotate
