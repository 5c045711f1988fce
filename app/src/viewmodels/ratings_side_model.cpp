#include "viewmodels/ratings_side_model.hpp"

#include "common/edit_description.hpp"
#include "common/i18n.hpp"
#include "spiegel/annotate/round.hpp"
#include "spiegel/annotate/rule_check.hpp"
#include "spiegel/annotate/split_alliance.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace spiegel::app::viewmodels {

std::string RatingsSideModel::valueText(std::optional<int> v) {
  if (!v)
    return "";
  return *v > 0 ? "+" + std::to_string(*v) : *v < 0 ? "\xE2\x88\x92" + std::to_string(-*v) : "0";
}

bool RatingsSideModel::refresh(const review::Workspace &ws) {
  if (!m_seen.changed(ws))
    return false;
  build(ws);
  return true;
}

void RatingsSideModel::build(const review::Workspace &ws) {
  m_columns.clear();
  m_rows.clear();
  m_hasConsensus = false;
  const annotate::Codebook &cb = ws.codebook();
  std::optional<annotate::Uuid> consensus;
  for (const annotate::Reviewer &r : ws.reviewers()) {
    if (annotate::isConsensus(r)) {
      consensus = r.id;
      continue;
    }
    const auto it = ws.reviewerNames().find(r.id);
    SideColumn c{.reviewer = r.id, .name = it != ws.reviewerNames().end() ? it->second : r.name, .gold = r.gold};
    for (const annotate::SplitSpread &s : annotate::splitSpread(cb, ws.ratings(), ws.participants(), r.id))
      if (s.split)
        c.splitElements.push_back(s.element);
    m_columns.push_back(std::move(c));
  }
  m_hasConsensus = consensus.has_value();
  // The latest live rating per reviewer × subject × element.
  std::map<std::tuple<annotate::Uuid, std::string, std::string>, const annotate::Rating *> latest;
  for (const annotate::Rating &r : ws.ratings()) {
    if (r.deleted)
      continue;
    const annotate::Rating *&slot = latest[{r.reviewer, r.subject, r.element}];
    if (slot == nullptr || r.updatedAt >= slot->updatedAt)
      slot = &r;
  }
  const auto valueOf = [&](const annotate::Uuid &reviewer, const std::string &subject,
                           const std::string &element) -> std::optional<int> {
    const auto it = latest.find({reviewer, subject, element});
    return it != latest.end() ? std::optional(it->second->value) : std::nullopt;
  };
  const auto addRows = [&](const std::string &subject, bool family) {
    for (const annotate::Element &e : cb.elements) {
      if ((e.ratedFor == annotate::Subject::Family) != family)
        continue;
      SideRow row{.subject = subject,
                  .subjectText = annotate::subjectText(subject, ws.participants()).in(langCode()),
                  .element = e.key,
                  .elementText = elementText(cb, e.key)};
      int lo = 0, hi = 0, n = 0;
      for (const SideColumn &c : m_columns) {
        SideCell cell{.value = valueOf(c.reviewer, subject, e.key)};
        cell.split = !family && std::find(c.splitElements.begin(), c.splitElements.end(), e.key) != c.splitElements.end();
        if (cell.value) {
          lo = n == 0 ? *cell.value : std::min(lo, *cell.value);
          hi = n == 0 ? *cell.value : std::max(hi, *cell.value);
          ++n;
        }
        row.cells.push_back(cell);
      }
      if (n >= 2)
        row.spread = hi - lo;
      if (consensus)
        row.consensus = valueOf(*consensus, subject, e.key);
      m_rows.push_back(std::move(row));
    }
  };
  for (const annotate::Participant &p : ws.participants())
    if (p.kind == annotate::ParticipantKind::FamilyMember)
      addRows(p.id, false);
  addRows(annotate::kFamilySubject, true);
}

} // namespace spiegel::app::viewmodels
