#include <cmath>
#include <map>
#include <tuple>

#include "spiegel/annotate/rating_agreement.hpp"

namespace spiegel::annotate {

RatingTable ratingTable(const Codebook &codebook, std::span<const Participant> participants,
                        std::span<const Rating> ratings, std::span<const Uuid> reviewers) {
  // The latest live rating per (subject, element, reviewer column).
  std::map<std::tuple<std::string, std::string, std::size_t>, const Rating *> latest;
  for (const Rating &r : ratings) {
    if (r.deleted)
      continue;
    for (std::size_t col = 0; col < reviewers.size(); ++col) {
      if (reviewers[col] != r.reviewer)
        continue;
      const Rating *&slot = latest[{r.subject, r.element, col}];
      if (slot == nullptr || r.updatedAt >= slot->updatedAt)
        slot = &r;
    }
  }

  RatingTable out{.reviewers = {reviewers.begin(), reviewers.end()}, .rows = {}, .values = {}};
  const auto addRow = [&](const std::string &subject, const std::string &element) {
    std::vector<std::optional<double>> row(reviewers.size());
    bool any = false;
    for (std::size_t col = 0; col < reviewers.size(); ++col)
      if (const auto it = latest.find({subject, element, col}); it != latest.end()) {
        row[col] = it->second->value;
        any = true;
      }
    if (!any)
      return;
    out.rows.push_back({subject, element});
    out.values.push_back(std::move(row));
  };
  for (const Participant &p : participants) {
    if (p.deleted || p.kind != ParticipantKind::FamilyMember)
      continue;
    for (const Element &e : codebook.elements)
      if (e.ratedFor == Subject::Person)
        addRow(p.id, e.key);
  }
  for (const Element &e : codebook.elements)
    if (e.ratedFor == Subject::Family)
      addRow(kFamilySubject, e.key);
  return out;
}

WithinOne withinOne(const RatingValues &values) {
  WithinOne out;
  for (const auto &row : values)
    for (std::size_t i = 0; i < row.size(); ++i)
      for (std::size_t j = i + 1; j < row.size(); ++j)
        if (row[i] && row[j]) {
          ++out.pairs;
          out.within += std::fabs(*row[i] - *row[j]) <= 1.0 ? 1 : 0;
        }
  if (out.pairs > 0)
    out.percent = 100.0 * out.within / out.pairs;
  return out;
}

std::vector<std::pair<int, int>> pairedRatings(const RatingValues &values, std::size_t a, std::size_t b) {
  std::vector<std::pair<int, int>> out;
  for (const auto &row : values)
    if (a < row.size() && b < row.size() && row[a] && row[b])
      out.emplace_back(static_cast<int>(std::lround(*row[a])), static_cast<int>(std::lround(*row[b])));
  return out;
}

} // namespace spiegel::annotate
