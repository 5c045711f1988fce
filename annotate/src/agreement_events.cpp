#include <algorithm>
#include <cstddef>
#include <vector>

#include "agreement_codes.hpp"
#include "spiegel/annotate/agreement.hpp"

namespace spiegel::annotate {
namespace {

// The onsets of the live tags, one list per code, each sorted.
void collectOnsets(std::span<const Annotation> tags, detail::CodeIds &codes, std::vector<std::vector<Micros>> &onsets) {
  for (const Annotation &t : tags) {
    if (t.deleted)
      continue;
    const auto code = static_cast<std::size_t>(codes.of(t));
    if (onsets.size() <= code)
      onsets.resize(code + 1);
    onsets[code].push_back(t.start);
  }
  for (std::vector<Micros> &list : onsets)
    std::sort(list.begin(), list.end());
}

// The size of a maximum matching between sorted onsets a and b, an a and a b
// being matchable when |a − b| ≤ tolerance. An a's partners form the window
// [a − tolerance, a + tolerance], whose both ends move right with a. Taking
// the a's in order and giving each the earliest free b in its window is then
// optimal (an exchange argument: if a maximum matching gives a some later b'
// and the greedy's b to a later a', swapping the two keeps both pairs within
// tolerance), and a b left of the window is of no use to any later a, so one
// pass suffices. Unlike nearest-first pairing, this never loses a pair.
int maximumMatching(const std::vector<Micros> &a, const std::vector<Micros> &b, Micros tolerance) {
  int matched = 0;
  std::size_t j = 0;
  for (const Micros onset : a) {
    while (j < b.size() && b[j] < onset - tolerance)
      ++j;
    if (j < b.size() && b[j] <= onset + tolerance) {
      ++matched;
      ++j;
    }
  }
  return matched;
}

} // namespace

EventAgreement eventAgreement(std::span<const Annotation> a, std::span<const Annotation> b,
                              const EventOptions &options) {
  detail::CodeIds codes(options.withParticipants);
  std::vector<std::vector<Micros>> onsetsA, onsetsB;
  collectOnsets(a, codes, onsetsA);
  collectOnsets(b, codes, onsetsB);
  const auto m = static_cast<std::size_t>(codes.size());
  onsetsA.resize(m);
  onsetsB.resize(m);

  // Codes 0 … m−1, then *none* at index m.
  std::vector<std::vector<long>> table(m + 1, std::vector<long>(m + 1, 0));
  EventAgreement out{.tolerance = options.tolerance, .withParticipants = options.withParticipants};
  for (std::size_t c = 0; c < m; ++c) {
    const int matched = maximumMatching(onsetsA[c], onsetsB[c], options.tolerance);
    const int leftA = static_cast<int>(onsetsA[c].size()) - matched;
    const int leftB = static_cast<int>(onsetsB[c].size()) - matched;
    table[c][c] = matched;
    table[c][m] = leftA;
    table[m][c] = leftB;
    out.matched += matched;
    out.unmatchedA += leftA;
    out.unmatchedB += leftB;
  }
  out.kappa = cohensKappa(table);
  return out;
}

} // namespace spiegel::annotate
