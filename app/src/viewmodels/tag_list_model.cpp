#include "viewmodels/tag_list_model.hpp"

#include "common/clock_text.hpp"
#include "common/edit_description.hpp"
#include "common/i18n.hpp"

#include "spiegel/annotate/rule_check.hpp"

#include <algorithm>

namespace spiegel::app::viewmodels {

using annotate::Valence;

using annotate::Micros;

void TagListModel::setFilter(annotate::TagFilter filter) {
  m_filter = std::move(filter);
  m_dirty = true;
}

void TagListModel::setSearch(std::string text) {
  if (text != m_search) {
    m_search = std::move(text);
    m_dirty = true;
  }
}

void TagListModel::setSort(TagColumn column, bool ascending) {
  if (column != m_column || ascending != m_ascending) {
    m_column = column;
    m_ascending = ascending;
    m_dirty = true;
  }
}

TagRow TagListModel::makeRow(const Workspace &ws, const Annotation &a) {
  TagRow row;
  row.tag = &a;
  row.time = a.isPoint() ? clockText(a.start) : clockSpan(a.start, a.end);
  row.element = elementText(ws.codebook(), a.element);
  row.valence = a.valence == Valence::Positive ? "+" : "−";
  if (a.indicator)
    if (const auto *ind = ws.codebook().indicator(*a.indicator))
      row.indicator = ind->label.in(langCode());
  for (const auto &p : a.participants) {
    if (p == annotate::kFamilySubject)
      continue;
    if (!row.participants.empty())
      row.participants += ", ";
    row.participants += annotate::subjectText(p, ws.participants()).in(langCode());
  }
  row.reviewer = ws.ownerName(a);
  return row;
}

bool TagListModel::passes(const Workspace &ws, const Annotation &a) const {
  annotate::TagFilter f = m_filter;
  f.text.clear();
  if (!f.matches(a, ws.codebook()))
    return false;
  if (m_search.empty())
    return true;
  annotate::TagFilter text;
  text.text = m_search;
  if (text.matches(a, ws.codebook()))
    return true;
  const auto row = makeRow(ws, a);
  return annotate::containsFolded(row.element, m_search) ||
         annotate::containsFolded(row.participants, m_search) ||
         annotate::containsFolded(row.reviewer, m_search);
}

bool TagListModel::refresh(const Workspace &ws) {
  const std::string lang(langCode());
  if (!m_dirty && m_seenWorkspace == &ws && m_seenRevision == ws.revision() && m_seenLang == lang)
    return false;
  m_rows.clear();
  m_hidden.clear();
  const bool plain = m_filter.empty() && m_search.empty();
  for (const auto &a : ws.tags().all()) {
    if (plain || passes(ws, a))
      m_rows.push_back(makeRow(ws, a));
    else
      m_hidden.insert(&a);
  }
  sortRows();
  m_dirty = false;
  m_seenWorkspace = &ws;
  m_seenRevision = ws.revision();
  m_seenLang = lang;
  return true;
}

void TagListModel::sortRows() {
  // Rows arrive in (start, id) order; a stable sort keeps that order among equals.
  const auto key = [this](const TagRow &r) -> const std::string & {
    switch (m_column) {
    case TagColumn::Element:
      return r.element;
    case TagColumn::Valence:
      return r.valence;
    case TagColumn::Indicator:
      return r.indicator;
    case TagColumn::Participants:
      return r.participants;
    case TagColumn::Note:
      return r.tag->note;
    case TagColumn::Reviewer:
      return r.reviewer;
    case TagColumn::Time:
      break;
    }
    return r.time;
  };
  if (m_column == TagColumn::Time) {
    if (!m_ascending)
      std::stable_sort(m_rows.begin(), m_rows.end(),
                       [](const TagRow &a, const TagRow &b) { return a.tag->start > b.tag->start; });
    return;
  }
  // Fold each key once rather than twice per comparison.
  std::vector<std::pair<std::string, std::size_t>> keys;
  keys.reserve(m_rows.size());
  for (std::size_t i = 0; i < m_rows.size(); ++i)
    keys.emplace_back(annotate::foldCase(key(m_rows[i])), i);
  std::stable_sort(keys.begin(), keys.end(), [&](const auto &a, const auto &b) {
    return m_ascending ? a.first < b.first : a.first > b.first;
  });
  std::vector<TagRow> sorted;
  sorted.reserve(m_rows.size());
  for (const auto &k : keys)
    sorted.push_back(std::move(m_rows[k.second]));
  m_rows = std::move(sorted);
}

std::optional<std::size_t> TagListModel::rowOf(const Uuid &id) const {
  for (std::size_t i = 0; i < m_rows.size(); ++i)
    if (m_rows[i].tag->id == id)
      return i;
  return std::nullopt;
}

Micros TagListModel::jumpTarget(const Annotation &tag, Micros preRoll) {
  return std::max<Micros>(0, tag.start - std::max<Micros>(0, preRoll));
}

Micros TagListModel::jumpTo(const Annotation &tag, Micros preRoll) {
  const Micros target = jumpTarget(tag, preRoll);
  m_lastJump = Jump{tag.id, tag.start, target};
  return target;
}

const Annotation *TagListModel::nextTag(const Workspace &ws, Micros pos) const {
  const auto all = ws.tags().all();
  // Cursor in (start, id) order: the tag last jumped to while playback is
  // still in its pre-roll, else the position itself.
  const bool fromJump = m_lastJump && pos >= m_lastJump->target && pos <= m_lastJump->start &&
                        ws.tags().find(m_lastJump->id) != nullptr;
  std::size_t i = ws.tags().lowerBound(fromJump ? m_lastJump->start : pos + 1);
  for (; i < all.size(); ++i) {
    const auto &a = all[i];
    if (fromJump && a.start == m_lastJump->start && a.id <= m_lastJump->id)
      continue;
    if (passes(ws, a))
      return &a;
  }
  return nullptr;
}

const Annotation *TagListModel::prevTag(const Workspace &ws, Micros pos) const {
  const auto all = ws.tags().all();
  const bool fromJump = m_lastJump && pos >= m_lastJump->target && pos <= m_lastJump->start &&
                        ws.tags().find(m_lastJump->id) != nullptr;
  // Why 1 s: pressing "previous" just after a tag started goes to the one
  // before it, as in a music player, rather than repeating the same tag.
  constexpr Micros kRestartWindow = 1'000'000;
  const Micros limit = fromJump ? m_lastJump->start : pos - kRestartWindow;
  std::size_t i = ws.tags().lowerBound(limit + 1);
  while (i-- > 0) {
    const auto &a = all[i];
    if (a.start > limit || (fromJump && a.start == m_lastJump->start && a.id >= m_lastJump->id))
      continue;
    if (passes(ws, a))
      return &a;
  }
  return nullptr;
}

} // namespace spiegel::app::viewmodels
