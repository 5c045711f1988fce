#pragma once
// Split (unbalanced) alliance (domain.md §7.2): how far one reviewer's
// ratings of the family members lie apart, per element rated per person.
//
//   for (const SplitSpread &s : splitSpread(codebook, ratings, participants, reviewer))
//     if (s.split) warn(s.element, s.range);
#include <span>
#include <string>
#include <vector>

#include "spiegel/annotate/types.hpp"

namespace spiegel::annotate {

// Why 2: a difference of two scale points between family members is the
// working threshold suggested in domain.md §7.2 (not a published norm).
inline constexpr int kSplitAllianceThreshold = 2;

struct SplitSpread {
  std::string element;
  int count = 0; // family members rated
  int min = 0, max = 0;
  int range = 0;                     // max − min
  double sd = 0;                     // population SD (the members are the whole family, not a sample)
  bool split = false;                // count ≥ 2 and range ≥ threshold
  std::string lowest, highest;       // participant ids of a lowest and a highest rating (first in order)
  std::vector<std::string> subjects; // participant ids rated, in participant order
};

// For each element rated per person (codebook order) that has at least one
// live rating by `reviewer` of a participant of kind FamilyMember. Pass the
// ratings of one recording. Ratings of unknown or deleted participants, of
// professionals and of the family as a whole are ignored; if one member has
// several live ratings of an element, the latest (updatedAt) counts.
[[nodiscard]] std::vector<SplitSpread> splitSpread(const Codebook &codebook, std::span<const Rating> ratings,
                                                   std::span<const Participant> participants,
                                                   const Uuid &reviewer,
                                                   int threshold = kSplitAllianceThreshold);

} // namespace spiegel::annotate
