#include "spiegel/annotate/split_alliance.hpp"

#include <algorithm>
#include <cmath>

namespace spiegel::annotate {
namespace {

// The latest live rating of `element` for participant `id` by `reviewer`, or nullptr.
const Rating *latest(std::span<const Rating> ratings, const Uuid &reviewer, const std::string &element,
                     const Uuid &id) {
  const Rating *best = nullptr;
  for (const Rating &r : ratings) {
    if (r.deleted || r.reviewer != reviewer || r.element != element || r.subject != id)
      continue;
    if (best == nullptr || r.updatedAt >= best->updatedAt)
      best = &r;
  }
  return best;
}

} // namespace

std::vector<SplitSpread> splitSpread(const Codebook &codebook, std::span<const Rating> ratings,
                                     std::span<const Participant> participants, const Uuid &reviewer,
                                     int threshold) {
  std::vector<SplitSpread> out;
  for (const Element &e : codebook.elements) {
    if (e.ratedFor != Subject::Person)
      continue;
    SplitSpread s{.element = e.key};
    double sum = 0, sumSq = 0;
    for (const Participant &p : participants) {
      if (p.deleted || p.kind != ParticipantKind::FamilyMember)
        continue;
      const Rating *r = latest(ratings, reviewer, e.key, p.id);
      if (r == nullptr)
        continue;
      if (s.count == 0 || r->value < s.min) {
        s.min = r->value;
        s.lowest = p.id;
      }
      if (s.count == 0 || r->value > s.max) {
        s.max = r->value;
        s.highest = p.id;
      }
      ++s.count;
      sum += r->value;
      sumSq += static_cast<double>(r->value) * r->value;
      s.subjects.push_back(p.id);
    }
    if (s.count == 0)
      continue;
    const double n = s.count;
    const double mean = sum / n;
    s.sd = std::sqrt(std::max(0.0, sumSq / n - mean * mean));
    s.range = s.max - s.min;
    s.split = s.count >= 2 && s.range >= threshold;
    out.push_back(std::move(s));
  }
  return out;
}

} // namespace spiegel::annotate
