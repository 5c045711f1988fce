#pragma once
// The live (not deleted) annotations of a view, sorted by start time, with
// a fast "which tags touch this window" query for the timeline and the tag
// list. Pure data: the owner (one thread, usually the UI thread) keeps it in
// step with the store by calling upsert() for every change it applies.
//
//   TagIndex index(store.annotations(recording));
//   for (const Annotation *a : index.overlapping(view.start, view.end)) draw(*a);
#include <cstddef>
#include <span>
#include <unordered_map>
#include <vector>

#include "spiegel/annotate/tag_filter.hpp"
#include "spiegel/annotate/types.hpp"

namespace spiegel::annotate {

class TagIndex {
public:
  TagIndex() = default;
  // Builds the index in O(n log n); tombstones and duplicate ids (the later
  // one wins) are dropped.
  explicit TagIndex(std::vector<Annotation> annotations);

  // Inserts, replaces (same id, possibly new times) or, for a tombstone,
  // removes. Replacing moves only the items between the old and the new
  // place and updates the tree over that range: O(k + log n) for a tag that
  // moves past k others. Inserting and removing shift the sorted vector:
  // O(n), a memmove-like shift, still a few ms at 100 000 tags.
  void upsert(const Annotation &a);
  // Removes by id; false when the id is not in the index.
  bool remove(const Uuid &id);
  void clear();

  [[nodiscard]] std::size_t size() const { return m_items.size(); }
  [[nodiscard]] bool empty() const { return m_items.empty(); }
  [[nodiscard]] const Annotation *find(const Uuid &id) const;
  // All annotations ordered by (start, id). Invalidated by any change.
  [[nodiscard]] std::span<const Annotation> all() const { return m_items; }
  // Index in all() of the first annotation starting at or after t.
  [[nodiscard]] std::size_t lowerBound(Micros t) const;

  // Annotations that touch the half-open window [a, b): spans with
  // start < b and end > a, points with a <= start < b. Empty when b <= a.
  // Ordered by (start, id). Spans that start long before a are found too.
  // Cost O(log n + k) for tags starting inside the window plus O(log n) per
  // reported tag that started before it. Pointers are invalidated by any change.
  [[nodiscard]] std::vector<const Annotation *> overlapping(Micros a, Micros b) const;
  // As above, appending to out (reuse one vector per frame to avoid allocation).
  void overlapping(Micros a, Micros b, std::vector<const Annotation *> &out) const;
  // As above, keeping only those the filter matches.
  [[nodiscard]] std::vector<const Annotation *> overlapping(Micros a, Micros b, const TagFilter &filter,
                                                            const Codebook &codebook) const;
  // Annotations under time t: overlapping(t, t + 1).
  [[nodiscard]] std::vector<const Annotation *> at(Micros t) const { return overlapping(t, t + 1); }

private:
  [[nodiscard]] std::size_t position(const Annotation &a) const; // insertion point by (start, id)
  void rebuildTree();
  // Refreshes the tree leaves of items first … last (inclusive; past size()
  // an unused leaf) and their ancestors.
  void refreshTree(std::size_t first, std::size_t last);
  void collectLongSpans(std::size_t node, std::size_t lo, std::size_t hi, std::size_t limit, Micros a,
                        std::vector<const Annotation *> &out) const;

  std::vector<Annotation> m_items;              // sorted by (start, id), no tombstones
  std::unordered_map<Uuid, Micros> m_startById; // id → start, to find an item in O(log n)
  // Max-end segment tree over m_items: leaf i (at m_leaves + i) holds
  // max(start, end) of item i; inner nodes the max of their children; unused
  // leaves hold the lowest Micros. Lets the query skip every subtree whose
  // tags all end before the window.
  std::vector<Micros> m_maxEnd;
  std::size_t m_leaves = 0;
};

} // namespace spiegel::annotate
