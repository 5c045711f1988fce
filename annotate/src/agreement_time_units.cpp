#include <algorithm>
#include <cstddef>
#include <map>
#include <stdexcept>
#include <tuple>
#include <vector>

#include "agreement_codes.hpp"
#include "kappa_margins.hpp"
#include "spiegel/annotate/agreement.hpp"

namespace spiegel::annotate {
namespace {

// ⌊x / d⌋ and ⌈x / d⌉ for d > 0, also for negative x.
Micros floorDiv(Micros x, Micros d) { return x >= 0 ? x / d : -((-x + d - 1) / d); }
Micros ceilDiv(Micros x, Micros d) { return -floorDiv(-x, d); }

// One code entering (+1) or leaving (−1) the active set at instant k.
struct Change {
  Micros k;
  int code;
  int delta;
};

// Numbers the categories (sorted multisets of code numbers; empty = none)
// of both reviewers alike.
using CategoryIds = std::map<std::vector<int>, int>;

int categoryId(CategoryIds &ids, std::vector<int> category) {
  const int next = static_cast<int>(ids.size());
  return ids.try_emplace(std::move(category), next).first->second;
}

// The category number at each instant 0 … last, by a sweep over the
// instants at which a tag starts or stops covering them.
std::vector<int> categories(std::span<const Annotation> tags, const std::vector<int> &codeOf, int codeCount,
                            Micros last, Micros unit, CategoryIds &ids) {
  std::vector<Change> changes;
  for (std::size_t i = 0; i < tags.size(); ++i) {
    const Annotation &t = tags[i];
    if (t.deleted)
      continue;
    // A span covers start ≤ k·u ≤ end; a point |k·u − onset| ≤ u/2, that is
    // 2·onset − u ≤ 2·k·u ≤ 2·onset + u.
    Micros first = t.isPoint() ? ceilDiv(2 * t.start - unit, 2 * unit) : ceilDiv(t.start, unit);
    Micros stop = t.isPoint() ? floorDiv(2 * t.start + unit, 2 * unit) : floorDiv(t.end, unit);
    first = std::max<Micros>(first, 0);
    stop = std::min(stop, last);
    if (first > stop)
      continue;
    changes.push_back({first, codeOf[i], +1});
    changes.push_back({stop + 1, codeOf[i], -1});
  }
  std::sort(changes.begin(), changes.end(), [](const Change &x, const Change &y) {
    return std::tie(x.k, x.code, x.delta) < std::tie(y.k, y.code, y.delta);
  });

  std::vector<int> active(static_cast<std::size_t>(codeCount), 0);
  std::vector<int> out(static_cast<std::size_t>(last + 1));
  std::size_t next = 0;
  int current = categoryId(ids, {});
  for (Micros k = 0; k <= last; ++k) {
    if (next < changes.size() && changes[next].k == k) {
      for (; next < changes.size() && changes[next].k == k; ++next)
        active[static_cast<std::size_t>(changes[next].code)] += changes[next].delta;
      std::vector<int> category;
      for (int c = 0; c < codeCount; ++c)
        category.insert(category.end(), static_cast<std::size_t>(active[static_cast<std::size_t>(c)]), c);
      current = categoryId(ids, std::move(category));
    }
    out[static_cast<std::size_t>(k)] = current;
  }
  return out;
}

std::vector<int> codeNumbers(std::span<const Annotation> tags, detail::CodeIds &codes) {
  std::vector<int> out;
  out.reserve(tags.size());
  for (const Annotation &t : tags)
    out.push_back(t.deleted ? -1 : codes.of(t));
  return out;
}

} // namespace

TimeUnitAgreement timeUnitAgreement(std::span<const Annotation> a, std::span<const Annotation> b, Micros duration,
                                    const TimeUnitOptions &options) {
  if (options.unit <= 0)
    throw std::invalid_argument("timeUnitAgreement: the unit must be positive");
  if (duration < 0)
    throw std::invalid_argument("timeUnitAgreement: the duration must not be negative");
  detail::CodeIds codes(options.withParticipants);
  const std::vector<int> codesA = codeNumbers(a, codes), codesB = codeNumbers(b, codes);
  const Micros last = duration / options.unit;
  CategoryIds ids;
  const std::vector<int> catA = categories(a, codesA, codes.size(), last, options.unit, ids);
  const std::vector<int> catB = categories(b, codesB, codes.size(), last, options.unit, ids);

  std::vector<long> rows(ids.size(), 0), columns(ids.size(), 0);
  long agreements = 0;
  for (std::size_t k = 0; k < catA.size(); ++k) {
    ++rows[static_cast<std::size_t>(catA[k])];
    ++columns[static_cast<std::size_t>(catB[k])];
    agreements += catA[k] == catB[k] ? 1 : 0;
  }
  const auto n = static_cast<long>(catA.size());
  return {.instants = n,
          .kappa = detail::kappaFromMargins(n, agreements, rows, columns),
          .unit = options.unit,
          .withParticipants = options.withParticipants};
}

} // namespace spiegel::annotate
