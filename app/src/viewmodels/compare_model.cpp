#include "viewmodels/compare_model.hpp"

#include "common/edit_description.hpp"
#include "common/i18n.hpp"
#include "spiegel/annotate/event_matching.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <unordered_map>

namespace spiegel::app::viewmodels {
namespace {

// "2 s", "1.5 s" / "1,5 s".
std::string secondsText(Micros us) {
  char buf[32];
  const double s = static_cast<double>(us) / 1e6;
  if (us % 1'000'000 == 0)
    std::snprintf(buf, sizeof buf, "%lld s", static_cast<long long>(us / 1'000'000));
  else
    std::snprintf(buf, sizeof buf, "%.1f s", s);
  std::string out = buf;
  if (language() == Lang::Nl)
    std::replace(out.begin(), out.end(), '.', ',');
  return out;
}

// One reviewer's tags of the elements shown: copies for the matching (which
// takes a span of values) and the workspace's own pointers for the view.
struct ReviewerTags {
  Uuid id;
  std::vector<Annotation> copies;
  std::vector<const Annotation *> tags; // same order as copies (by start)
  std::vector<bool> matched;            // another's tag: matched with the reference
  std::vector<int> partners;            // the reference's tag: reviewers that matched it
};

std::string summaryText(const CompareSummary &s, const std::string &ref, const std::string &other) {
  const std::string tol = std::string(tr(" · onsets within \xC2\xB1", " · begin binnen \xC2\xB1")) + secondsText(s.tolerance);
  if (s.others == 0)
    return std::string(tr("Only the tags of ", "Alleen de tags van ")) + ref +
           tr(" are shown: there is nobody to compare with yet.", " zijn zichtbaar: er is nog niemand om mee te vergelijken.");
  const std::string counts = std::to_string(s.matched) + tr(" matched · ", " gekoppeld · ") +
                             std::to_string(s.onlyReference) + tr(" only ", " alleen ") + ref + " · " +
                             std::to_string(s.onlyOthers) + tr(" only ", " alleen ");
  if (s.others == 1)
    return ref + tr(" (reference) and ", " (referentie) en ") + other + ": " + counts + other + tol;
  return ref + tr(" (reference) against ", " (referentie) tegenover ") + std::to_string(s.others) +
         tr(" reviewers: ", " beoordelaars: ") + counts + tr("the others", "de anderen") + tol;
}

} // namespace

Uuid CompareModel::defaultReference(const review::Workspace &ws) {
  const auto &shown = ws.reviewers();
  if (shown.empty())
    return {};
  for (const annotate::Reviewer &r : shown)
    if (r.gold)
      return r.id;
  if (const auto me = ws.currentReviewerId())
    for (const annotate::Reviewer &r : shown)
      if (r.id == *me)
        return r.id;
  return shown.front().id;
}

bool CompareModel::refresh(const review::Workspace &ws, const CompareChoice &choice) {
  // Both checks run, so each remembers what it saw.
  const bool workspaceChanged = m_seen.changed(ws);
  if (!workspaceChanged && choice == m_seenChoice)
    return false;
  build(ws, choice);
  m_seenChoice = choice;
  return true;
}

void CompareModel::build(const review::Workspace &ws, const CompareChoice &choice) {
  m_lanes.clear();
  m_links.clear();
  m_disagreements.clear();
  m_summary = CompareSummary{.tolerance = choice.tolerance};
  const auto &shown = ws.reviewers();
  const auto &names = ws.reviewerNames();
  m_reference = defaultReference(ws);
  if (choice.reference)
    for (const annotate::Reviewer &r : shown)
      if (r.id == *choice.reference)
        m_reference = r.id;
  if (m_reference.empty()) {
    m_summary.text = tr("Nobody's tags are shown yet.", "Er zijn nog van niemand tags zichtbaar.");
    return;
  }
  // The elements shown: the chosen one, else all in codebook order.
  std::vector<std::string> elements;
  for (const annotate::Element &e : ws.codebook().elements)
    if (choice.element.empty() || e.key == choice.element)
      elements.push_back(e.key);
  if (elements.empty()) // a key no longer in the codebook: show them all
    for (const annotate::Element &e : ws.codebook().elements)
      elements.push_back(e.key);

  // The reference first, then the others in the workspace's order.
  std::vector<ReviewerTags> people;
  people.push_back({.id = m_reference});
  for (const annotate::Reviewer &r : shown)
    if (r.id != m_reference)
      people.push_back({.id = r.id});
  std::unordered_map<Uuid, std::size_t> slot;
  for (std::size_t i = 0; i < people.size(); ++i)
    slot[people[i].id] = i;
  for (const Annotation &a : ws.tags().all()) {
    const auto it = slot.find(a.reviewer);
    if (it == slot.end() || std::find(elements.begin(), elements.end(), a.element) == elements.end())
      continue;
    people[it->second].copies.push_back(a);
    people[it->second].tags.push_back(&a);
  }
  for (ReviewerTags &p : people)
    p.matched.assign(p.tags.size(), false);
  ReviewerTags &ref = people.front();
  ref.partners.assign(ref.tags.size(), 0);

  // Lanes: per reviewer, one per element shown.
  std::map<std::pair<std::size_t, std::string>, std::size_t> laneOf;
  for (std::size_t p = 0; p < people.size(); ++p) {
    const annotate::Reviewer *r = ws.reviewer(people[p].id);
    for (const std::string &key : elements) {
      CompareLane lane;
      lane.reviewer = people[p].id;
      lane.name = names.contains(people[p].id) ? names.at(people[p].id) : std::string("?");
      lane.element = key;
      lane.label = elements.size() == 1 ? lane.name : lane.name + " \xC2\xB7 " + elementText(ws.codebook(), key);
      lane.reference = p == 0;
      lane.gold = r != nullptr && r->gold;
      laneOf[{p, key}] = m_lanes.size();
      m_lanes.push_back(std::move(lane));
    }
  }

  const annotate::EventOptions options{.tolerance = choice.tolerance};
  for (std::size_t p = 1; p < people.size(); ++p) {
    ReviewerTags &other = people[p];
    const annotate::EventMatching m = annotate::eventMatching(ref.copies, other.copies, options);
    for (const annotate::EventPair &pair : m.pairs) {
      ++ref.partners[pair.a];
      other.matched[pair.b] = true;
      const std::string &key = other.tags[pair.b]->element;
      const std::size_t lane = laneOf.at({p, key});
      m_links.push_back({.lane = lane, .referenceLane = laneOf.at({0, key}), .reference = ref.tags[pair.a],
                         .other = other.tags[pair.b]});
      ++m_lanes[lane].matched;
    }
    for (const std::size_t i : m.onlyA)
      ++m_lanes[laneOf.at({p, ref.tags[i]->element})].onlyReference;
    for (const std::size_t i : m.onlyB)
      ++m_lanes[laneOf.at({p, other.tags[i]->element})].onlyThis;
    m_summary.matched += static_cast<int>(m.pairs.size());
    m_summary.onlyReference += static_cast<int>(m.onlyA.size());
    m_summary.onlyOthers += static_cast<int>(m.onlyB.size());
  }
  m_summary.others = static_cast<int>(people.size()) - 1;
  for (std::size_t i = 0; i < ref.tags.size(); ++i)
    ref.matched[i] = ref.partners[i] == m_summary.others;

  for (std::size_t p = 0; p < people.size(); ++p)
    for (std::size_t i = 0; i < people[p].tags.size(); ++i) {
      const Annotation *tag = people[p].tags[i];
      const std::size_t lane = laneOf.at({p, tag->element});
      m_lanes[lane].marks.push_back({.tag = tag, .matched = people[p].matched[i],
                                     .partners = p == 0 ? ref.partners[i] : (people[p].matched[i] ? 1 : 0)});
      if (!people[p].matched[i] && m_summary.others > 0)
        m_disagreements.push_back({.at = tag->start, .lane = lane, .tag = tag});
    }
  std::sort(m_disagreements.begin(), m_disagreements.end(), [](const Disagreement &x, const Disagreement &y) {
    return x.at != y.at ? x.at < y.at : x.lane < y.lane;
  });
  const std::string otherName = people.size() == 2 ? m_lanes[laneOf.at({1, elements.front()})].name : "";
  m_summary.text = summaryText(m_summary, m_lanes.front().name, otherName);
}

std::optional<std::size_t> CompareModel::step(const std::vector<Disagreement> &list, Micros playhead, int direction,
                                              std::optional<std::size_t> current) {
  if (list.empty())
    return std::nullopt;
  if (current && *current < list.size() && std::llabs(list[*current].at - playhead) <= kOnItUs) {
    if (direction > 0)
      return *current + 1 < list.size() ? std::optional(*current + 1) : std::nullopt;
    return *current > 0 ? std::optional(*current - 1) : std::nullopt;
  }
  if (direction > 0) {
    const auto it = std::upper_bound(list.begin(), list.end(), playhead,
                                     [](Micros t, const Disagreement &d) { return t < d.at; });
    return it == list.end() ? std::nullopt : std::optional(static_cast<std::size_t>(it - list.begin()));
  }
  const auto it = std::lower_bound(list.begin(), list.end(), playhead,
                                   [](const Disagreement &d, Micros t) { return d.at < t; });
  return it == list.begin() ? std::nullopt : std::optional(static_cast<std::size_t>(it - list.begin()) - 1);
}

} // namespace spiegel::app::viewmodels
