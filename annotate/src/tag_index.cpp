#include "spiegel/annotate/tag_index.hpp"

#include <algorithm>
#include <limits>

namespace spiegel::annotate {
namespace {

bool before(const Annotation &x, Micros start, const Uuid &id) {
  return x.start < start || (x.start == start && x.id < id);
}

Micros effectiveEnd(const Annotation &a) {
  return std::max(a.start, a.end);
}

} // namespace

TagIndex::TagIndex(std::vector<Annotation> annotations) {
  std::erase_if(annotations, [](const Annotation &a) { return a.deleted; });
  // Keep the last of duplicate ids: stable sort by id, then keep each run's last.
  std::stable_sort(annotations.begin(), annotations.end(),
                   [](const Annotation &x, const Annotation &y) { return x.id < y.id; });
  for (std::size_t i = 0; i < annotations.size(); ++i) {
    if (i + 1 < annotations.size() && annotations[i + 1].id == annotations[i].id)
      continue;
    m_items.push_back(std::move(annotations[i]));
  }
  std::sort(m_items.begin(), m_items.end(),
            [](const Annotation &x, const Annotation &y) { return before(x, y.start, y.id); });
  for (const Annotation &a : m_items)
    m_startById.emplace(a.id, a.start);
  rebuildTree();
}

std::size_t TagIndex::position(const Annotation &a) const {
  auto it =
      std::lower_bound(m_items.begin(), m_items.end(), a, [](const Annotation &x, const Annotation &key) {
        return before(x, key.start, key.id);
      });
  return static_cast<std::size_t>(it - m_items.begin());
}

const Annotation *TagIndex::find(const Uuid &id) const {
  auto it = m_startById.find(id);
  if (it == m_startById.end())
    return nullptr;
  Annotation key;
  key.id = id;
  key.start = it->second;
  const std::size_t pos = position(key);
  return pos < m_items.size() && m_items[pos].id == id ? &m_items[pos] : nullptr;
}

void TagIndex::upsert(const Annotation &a) {
  if (a.deleted) {
    remove(a.id);
    return;
  }
  const std::size_t at = position(a); // where it goes among the current items
  if (const Annotation *old = find(a.id)) {
    // Move it from `from` to its new place by rotating only the items in
    // between (one place each), instead of an erase and an insert that
    // would both shift the whole tail.
    const auto from = static_cast<std::size_t>(old - m_items.data());
    const std::size_t to = at > from ? at - 1 : at; // its place once it has left `from`
    m_items[from] = a;
    const auto it = m_items.begin();
    if (to > from)
      std::rotate(it + static_cast<std::ptrdiff_t>(from), it + static_cast<std::ptrdiff_t>(from + 1),
                  it + static_cast<std::ptrdiff_t>(to + 1));
    else if (to < from)
      std::rotate(it + static_cast<std::ptrdiff_t>(to), it + static_cast<std::ptrdiff_t>(from),
                  it + static_cast<std::ptrdiff_t>(from + 1));
    m_startById[a.id] = a.start;
    refreshTree(std::min(from, to), std::max(from, to));
    return;
  }
  m_items.insert(m_items.begin() + static_cast<std::ptrdiff_t>(at), a);
  m_startById[a.id] = a.start;
  if (m_items.size() > m_leaves)
    rebuildTree(); // the tree needs more leaves
  else
    refreshTree(at, m_items.size() - 1);
}

bool TagIndex::remove(const Uuid &id) {
  const Annotation *old = find(id);
  if (old == nullptr)
    return false;
  const auto pos = static_cast<std::size_t>(old - m_items.data());
  m_items.erase(m_items.begin() + static_cast<std::ptrdiff_t>(pos));
  m_startById.erase(id);
  refreshTree(pos, m_items.size()); // the old last leaf becomes unused
  return true;
}

void TagIndex::clear() {
  m_items.clear();
  m_startById.clear();
  rebuildTree();
}

std::size_t TagIndex::lowerBound(Micros t) const {
  auto it = std::lower_bound(m_items.begin(), m_items.end(), t,
                             [](const Annotation &x, Micros value) { return x.start < value; });
  return static_cast<std::size_t>(it - m_items.begin());
}

void TagIndex::rebuildTree() {
  m_leaves = 1;
  while (m_leaves < m_items.size())
    m_leaves *= 2;
  m_maxEnd.assign(2 * m_leaves, std::numeric_limits<Micros>::min());
  for (std::size_t i = 0; i < m_items.size(); ++i)
    m_maxEnd[m_leaves + i] = effectiveEnd(m_items[i]);
  for (std::size_t node = m_leaves - 1; node >= 1; --node)
    m_maxEnd[node] = std::max(m_maxEnd[2 * node], m_maxEnd[2 * node + 1]);
}

void TagIndex::refreshTree(std::size_t first, std::size_t last) {
  last = std::min(last, m_leaves - 1);
  for (std::size_t i = first; i <= last; ++i)
    m_maxEnd[m_leaves + i] = i < m_items.size() ? effectiveEnd(m_items[i]) : std::numeric_limits<Micros>::min();
  // Parents of the changed leaves, level by level up to the root.
  for (std::size_t lo = (m_leaves + first) / 2, hi = (m_leaves + last) / 2; lo >= 1; lo /= 2, hi /= 2)
    for (std::size_t node = lo; node <= hi; ++node)
      m_maxEnd[node] = std::max(m_maxEnd[2 * node], m_maxEnd[2 * node + 1]);
}

// Reports, in index order, every item i < limit in the subtree `node` (which
// covers indices [lo, hi)) whose end lies after a.
void TagIndex::collectLongSpans(std::size_t node, std::size_t lo, std::size_t hi, std::size_t limit, Micros a,
                                std::vector<const Annotation *> &out) const {
  if (lo >= limit || m_maxEnd[node] <= a)
    return;
  if (hi - lo == 1) {
    out.push_back(&m_items[lo]);
    return;
  }
  const std::size_t mid = lo + (hi - lo) / 2;
  collectLongSpans(2 * node, lo, mid, limit, a, out);
  collectLongSpans(2 * node + 1, mid, hi, limit, a, out);
}

void TagIndex::overlapping(Micros a, Micros b, std::vector<const Annotation *> &out) const {
  if (b <= a || m_items.empty())
    return;
  // Tags starting before the window overlap it only when they end after a.
  const std::size_t first = lowerBound(a);
  collectLongSpans(1, 0, m_leaves, first, a, out);
  // Tags starting inside the window all overlap it.
  for (std::size_t i = first; i < m_items.size() && m_items[i].start < b; ++i)
    out.push_back(&m_items[i]);
}

std::vector<const Annotation *> TagIndex::overlapping(Micros a, Micros b) const {
  std::vector<const Annotation *> out;
  overlapping(a, b, out);
  return out;
}

std::vector<const Annotation *> TagIndex::overlapping(Micros a, Micros b, const TagFilter &filter,
                                                      const Codebook &codebook) const {
  std::vector<const Annotation *> out = overlapping(a, b);
  std::erase_if(out, [&](const Annotation *x) { return !filter.matches(*x, codebook); });
  return out;
}

} // namespace spiegel::annotate
