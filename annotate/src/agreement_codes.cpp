#include "agreement_codes.hpp"

#include <algorithm>
#include <vector>

namespace spiegel::annotate::detail {

int CodeIds::of(const Annotation &tag) {
  // '\x1f' (unit separator) cannot occur in an element key or a UUID.
  std::string key = tag.element + (tag.valence == Valence::Positive ? "\x1f+" : "\x1f-");
  if (m_withParticipants) {
    std::vector<std::string> people = tag.isFamilyLevel() ? std::vector<std::string>{kFamilySubject} : tag.participants;
    std::sort(people.begin(), people.end());
    people.erase(std::unique(people.begin(), people.end()), people.end());
    for (const std::string &p : people)
      key += "\x1f" + p;
  }
  return m_ids.try_emplace(std::move(key), size()).first->second;
}

} // namespace spiegel::annotate::detail
