#pragma once
// What to call each reviewer where people read it (lists, exports, "this tag
// is Sanne's"): the display name, made unique within the project. Two
// people named Sanne stay two reviewers; the second (in id order, the same
// on every machine) is shown as "Sanne (2)".
//   const auto names = reviewerNames(project.reviewers(true));
//   std::cout << names.at(tag.reviewer);
#include <span>
#include <string>
#include <unordered_map>

#include "spiegel/annotate/types.hpp"

namespace spiegel::annotate {

[[nodiscard]] std::unordered_map<Uuid, std::string> reviewerNames(std::span<const Reviewer> reviewers);

} // namespace spiegel::annotate
