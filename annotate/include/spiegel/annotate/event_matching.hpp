#pragma once
// Which tags the event agreement pairs (agreement.hpp): the same
// maximum-cardinality matching that eventAgreement counts, returned as pairs
// of indices, so a view can link the pairs and mark the rest.
//
//   const EventMatching m = eventMatching(tagsOfAnne, tagsOfBram, {.tolerance = 2'000'000});
//   for (const EventPair &p : m.pairs) link(tagsOfAnne[p.a], tagsOfBram[p.b]);
//
// Pure; the indices are into the spans passed in.
#include <cstddef>
#include <span>
#include <vector>

#include "spiegel/annotate/agreement.hpp"

namespace spiegel::annotate {

struct EventPair {
  std::size_t a = 0, b = 0; // indices into the a and b spans
  bool operator==(const EventPair &) const = default;
};

struct EventMatching {
  // Same-code tags whose onsets lie within ±tolerance, one-to-one, as many as
  // possible; ordered by a's onset (then a's index).
  std::vector<EventPair> pairs;
  // Live tags of each side without a partner, ordered by onset (then index).
  // Tombstoned tags are in neither list nor in a pair.
  std::vector<std::size_t> onlyA, onlyB;
  Micros tolerance = 0; // as used
  bool withParticipants = false;
};

[[nodiscard]] EventMatching eventMatching(std::span<const Annotation> a, std::span<const Annotation> b,
                                          const EventOptions &options);

} // namespace spiegel::annotate
