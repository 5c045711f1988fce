#include "spiegel/annotate/tag_filter.hpp"

#include <algorithm>

namespace spiegel::annotate {

std::string foldCase(std::string_view utf8) {
  std::string out(utf8);
  for (std::size_t i = 0; i < out.size(); ++i) {
    const auto c = static_cast<unsigned char>(out[i]);
    if (c >= 'A' && c <= 'Z') {
      out[i] = static_cast<char>(c + ('a' - 'A'));
    } else if (c == 0xC3 && i + 1 < out.size()) {
      // U+00C0–U+00DE are 0xC3 0x80–0x9E; their lower case is 0x20 higher,
      // except U+00D7 (multiplication sign, 0x97), which has none.
      const auto next = static_cast<unsigned char>(out[i + 1]);
      if (next >= 0x80 && next <= 0x9E && next != 0x97)
        out[i + 1] = static_cast<char>(next + 0x20);
      ++i;
    }
  }
  return out;
}

bool containsFolded(std::string_view haystack, std::string_view needle) {
  if (needle.empty())
    return true;
  return foldCase(haystack).find(foldCase(needle)) != std::string::npos;
}

bool TagFilter::empty() const {
  return elements.empty() && !valence && participants.empty() && reviewers.empty() && text.empty();
}

bool TagFilter::matches(const Annotation &a, const Codebook &codebook) const {
  if (a.deleted && !includeDeleted)
    return false;
  if (!elements.empty() && !elements.contains(a.element))
    return false;
  if (valence && a.valence != *valence)
    return false;
  if (!reviewers.empty() && !reviewers.contains(a.reviewer))
    return false;
  if (!participants.empty()) {
    const bool hit = a.isFamilyLevel() ? participants.contains(kFamilySubject)
                                       : std::any_of(a.participants.begin(), a.participants.end(),
                                                     [&](const Uuid &p) { return participants.contains(p); });
    if (!hit)
      return false;
  }
  if (!text.empty()) {
    const std::string needle = foldCase(text);
    auto has = [&](std::string_view s) { return foldCase(s).find(needle) != std::string::npos; };
    bool hit = has(a.note);
    if (!hit && a.indicator) {
      if (const Indicator *ind = codebook.indicator(*a.indicator))
        hit = has(ind->label.en) || has(ind->label.nl);
    }
    if (!hit)
      return false;
  }
  return true;
}

} // namespace spiegel::annotate
