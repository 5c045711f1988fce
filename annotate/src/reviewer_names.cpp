#include "spiegel/annotate/reviewer_names.hpp"

#include <algorithm>
#include <map>
#include <vector>

namespace spiegel::annotate {

std::unordered_map<Uuid, std::string> reviewerNames(std::span<const Reviewer> reviewers) {
  std::map<std::string, std::vector<const Reviewer *>> byName;
  for (const auto &r : reviewers)
    byName[r.name].push_back(&r);
  std::unordered_map<Uuid, std::string> out;
  for (auto &[name, rows] : byName) {
    std::sort(rows.begin(), rows.end(), [](const Reviewer *a, const Reviewer *b) { return a->id < b->id; });
    for (std::size_t i = 0; i < rows.size(); ++i)
      out[rows[i]->id] = i == 0 ? name : name + " (" + std::to_string(i + 1) + ")";
  }
  return out;
}

} // namespace spiegel::annotate
