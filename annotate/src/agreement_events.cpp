#include <algorithm>
#include <cstddef>
#include <vector>

#include "agreement_codes.hpp"
#include "spiegel/annotate/agreement.hpp"
#include "spiegel/annotate/event_matching.hpp"

namespace spiegel::annotate {
namespace {

// The live tags of one side, as indices, one list per code, each sorted by
// onset (then index, so the order is the same on every run).
using ByCode = std::vector<std::vector<std::size_t>>;

ByCode collectByCode(std::span<const Annotation> tags, detail::CodeIds &codes) {
  ByCode out;
  for (std::size_t i = 0; i < tags.size(); ++i) {
    if (tags[i].deleted)
      continue;
    const auto code = static_cast<std::size_t>(codes.of(tags[i]));
    if (out.size() <= code)
      out.resize(code + 1);
    out[code].push_back(i);
  }
  for (std::vector<std::size_t> &list : out)
    std::sort(list.begin(), list.end(), [&](std::size_t x, std::size_t y) {
      return tags[x].start != tags[y].start ? tags[x].start < tags[y].start : x < y;
    });
  return out;
}

// A maximum matching between sorted onsets of one code, an a and a b being
// matchable when |a − b| ≤ tolerance. An a's partners form the window
// [a − tolerance, a + tolerance], whose both ends move right with a. Taking
// the a's in order and giving each the earliest free b in its window is then
// optimal (an exchange argument: if a maximum matching gives a some later b'
// and the greedy's b to a later a', swapping the two keeps both pairs within
// tolerance), and a b left of the window is of no use to any later a, so one
// pass suffices. Unlike nearest-first pairing, this never loses a pair.
// Appends the pairs and the unmatched of each side to `out`.
void matchOneCode(std::span<const Annotation> a, std::span<const Annotation> b, const std::vector<std::size_t> &ia,
                  const std::vector<std::size_t> &ib, Micros tolerance, EventMatching &out) {
  std::size_t j = 0;
  for (const std::size_t x : ia) {
    const Micros onset = a[x].start;
    while (j < ib.size() && b[ib[j]].start < onset - tolerance)
      out.onlyB.push_back(ib[j++]);
    if (j < ib.size() && b[ib[j]].start <= onset + tolerance)
      out.pairs.push_back({x, ib[j++]});
    else
      out.onlyA.push_back(x);
  }
  while (j < ib.size())
    out.onlyB.push_back(ib[j++]);
}

// The matching and, for each code, how many of each kind it has: the one
// computation behind eventMatching and eventAgreement.
struct CodedMatching {
  EventMatching matching;
  std::vector<int> pairs, onlyA, onlyB; // per code
};

CodedMatching match(std::span<const Annotation> a, std::span<const Annotation> b, const EventOptions &options) {
  detail::CodeIds codes(options.withParticipants);
  ByCode ia = collectByCode(a, codes), ib = collectByCode(b, codes);
  const auto m = static_cast<std::size_t>(codes.size());
  ia.resize(m);
  ib.resize(m);
  CodedMatching out;
  out.matching.tolerance = options.tolerance;
  out.matching.withParticipants = options.withParticipants;
  out.pairs.assign(m, 0);
  out.onlyA.assign(m, 0);
  out.onlyB.assign(m, 0);
  for (std::size_t c = 0; c < m; ++c) {
    const std::size_t p0 = out.matching.pairs.size(), a0 = out.matching.onlyA.size(), b0 = out.matching.onlyB.size();
    matchOneCode(a, b, ia[c], ib[c], options.tolerance, out.matching);
    out.pairs[c] = static_cast<int>(out.matching.pairs.size() - p0);
    out.onlyA[c] = static_cast<int>(out.matching.onlyA.size() - a0);
    out.onlyB[c] = static_cast<int>(out.matching.onlyB.size() - b0);
  }
  const auto byOnset = [](std::span<const Annotation> tags) {
    return [tags](std::size_t x, std::size_t y) {
      return tags[x].start != tags[y].start ? tags[x].start < tags[y].start : x < y;
    };
  };
  std::sort(out.matching.pairs.begin(), out.matching.pairs.end(),
            [&](const EventPair &x, const EventPair &y) { return byOnset(a)(x.a, y.a); });
  std::sort(out.matching.onlyA.begin(), out.matching.onlyA.end(), byOnset(a));
  std::sort(out.matching.onlyB.begin(), out.matching.onlyB.end(), byOnset(b));
  return out;
}

} // namespace

EventMatching eventMatching(std::span<const Annotation> a, std::span<const Annotation> b,
                            const EventOptions &options) {
  return match(a, b, options).matching;
}

EventAgreement eventAgreement(std::span<const Annotation> a, std::span<const Annotation> b,
                              const EventOptions &options) {
  const CodedMatching coded = match(a, b, options);
  const std::size_t m = coded.pairs.size();
  // Codes 0 … m−1, then *none* at index m.
  std::vector<std::vector<long>> table(m + 1, std::vector<long>(m + 1, 0));
  EventAgreement out{.tolerance = options.tolerance, .withParticipants = options.withParticipants};
  for (std::size_t c = 0; c < m; ++c) {
    table[c][c] = coded.pairs[c];
    table[c][m] = coded.onlyA[c];
    table[m][c] = coded.onlyB[c];
  }
  out.matched = static_cast<int>(coded.matching.pairs.size());
  out.unmatchedA = static_cast<int>(coded.matching.onlyA.size());
  out.unmatchedB = static_cast<int>(coded.matching.onlyB.size());
  out.kappa = cohensKappa(table);
  return out;
}

} // namespace spiegel::annotate
