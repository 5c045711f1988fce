#pragma once
// The tag list's rows: the workspace's tags filtered (annotate::TagFilter
// plus a text search), sorted by any column, with display text ready.
// Rebuilt only when the workspace's revision, the filter, the search, the
// sort or the language changed, so calling refresh() every frame is cheap.
// The timeline reads the same filter through shows(): one filter state for
// the list and the lanes.
//
//   model.setSearch("telefoon");
//   model.refresh(ws);                       // once per frame, before drawing
//   for (const TagRow &row : model.rows()) table.add(row.time, row.element, …);
//   if (auto *t = model.nextTag(ws, pos)) player.seek(TagListModel::jumpTarget(*t, ws.settings().preRoll));
//
// UI thread only. Row pointers into the workspace's index are valid until
// the workspace changes; call refresh() before using rows() again.
#include "spiegel/review/workspace.hpp"

#include "spiegel/annotate/tag_filter.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

namespace spiegel::app::viewmodels {

using annotate::Annotation;
using annotate::Uuid;
using review::Workspace;

enum class TagColumn { Time, Element, Valence, Indicator, Participants, Note, Reviewer };

struct TagRow {
  const Annotation *tag = nullptr;
  std::string time;         // clockText: "01:23.456", or "01:23.456 – 01:30.000" for a span
  std::string element;      // short name, current language
  std::string valence;      // "+" or "−"
  std::string indicator;    // label in the current language, "" for a free tag
  std::string participants; // role labels (aliases in brackets), comma-separated; "" = family / nobody
  std::string reviewer;     // reviewer name
};

class TagListModel {
public:
  void setFilter(annotate::TagFilter filter);
  [[nodiscard]] const annotate::TagFilter &filter() const { return m_filter; }
  // Case-insensitive; matches the note, indicator labels, element, participants and reviewer.
  void setSearch(std::string text);
  [[nodiscard]] const std::string &search() const { return m_search; }
  // Stable: equal keys keep time order.
  void setSort(TagColumn column, bool ascending);
  [[nodiscard]] TagColumn sortColumn() const { return m_column; }
  [[nodiscard]] bool sortAscending() const { return m_ascending; }

  // Rebuilds the rows if anything they depend on changed; true when it did.
  bool refresh(const Workspace &ws);
  [[nodiscard]] const std::vector<TagRow> &rows() const { return m_rows; }
  // Row position of a tag, when it is shown.
  [[nodiscard]] std::optional<std::size_t> rowOf(const Uuid &id) const;
  // Whether the filter and search let `a` through, O(1): `a` is one of the
  // workspace's tags as of the last refresh() (a pointer into ws.tags()).
  [[nodiscard]] bool shows(const Annotation &a) const { return !m_hidden.contains(&a); }

  // Jump keys: the next / previous tag in time that passes the filter and
  // search, from `pos`. After jumpTo(), pressing "next" again continues from
  // the tag jumped to even while playback is still in its pre-roll.
  [[nodiscard]] const Annotation *nextTag(const Workspace &ws, annotate::Micros pos) const;
  [[nodiscard]] const Annotation *prevTag(const Workspace &ws, annotate::Micros pos) const;
  // Remembers the tag jumped to; returns where to seek: jumpTarget(tag, preRoll).
  annotate::Micros jumpTo(const Annotation &tag, annotate::Micros preRoll);
  // max(0, start − preRoll)
  [[nodiscard]] static annotate::Micros jumpTarget(const Annotation &tag, annotate::Micros preRoll);

  // Display text of one tag (also used by the editor).
  [[nodiscard]] static TagRow makeRow(const Workspace &ws, const Annotation &a);

private:
  [[nodiscard]] bool passes(const Workspace &ws, const Annotation &a) const;
  void sortRows();

  annotate::TagFilter m_filter;
  std::string m_search;
  TagColumn m_column = TagColumn::Time;
  bool m_ascending = true;
  std::vector<TagRow> m_rows;
  std::unordered_set<const Annotation *> m_hidden; // the tags the filter or search leaves out
  bool m_dirty = true;
  std::uint64_t m_seenRevision = 0;
  const Workspace *m_seenWorkspace = nullptr;
  std::string m_seenLang;
  struct Jump {
    Uuid id;
    annotate::Micros start = 0, target = 0;
  };
  std::optional<Jump> m_lastJump;
};

} // namespace spiegel::app::viewmodels
