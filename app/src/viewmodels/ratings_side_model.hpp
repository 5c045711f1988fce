#pragma once
// Ratings side by side (issue #12 §2): one row per person × element (and
// the family × its elements), one column per shown reviewer, the spread of
// each row (max − min of the reviewers' values) and, per reviewer, the
// elements whose ratings of the family members lie apart enough to be a
// split alliance (annotate::splitSpread). A round's consensus reviewer row
// (annotate::isConsensus) is its own column at the end, not a reviewer.
// Built on Workspace::ratings() and reviewers(), so a blind round hides the
// same columns here as everywhere else.
//
//   model.refresh(ws);                        // once per frame
//   for (const SideRow &row : model.rows()) for (const SideCell &c : row.cells) cell(c.value, c.split);
//
// UI thread only. Rebuilt when the workspace's revision or the language changed.
#include "spiegel/review/workspace.hpp"
#include "viewmodels/seen_workspace.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace spiegel::app::viewmodels {

struct SideColumn {
  annotate::Uuid reviewer;
  std::string name; // display name
  bool gold = false;
  std::vector<std::string> splitElements; // element keys this reviewer rates as a split alliance
};

struct SideCell {
  std::optional<int> value;
  bool split = false; // this reviewer's ratings of this element split the family
};

struct SideRow {
  std::string subject;      // participant id or annotate::kFamilySubject
  std::string subjectText;  // "moeder", "het gezin", current language
  std::string element;      // key
  std::string elementText;  // short name, current language
  std::vector<SideCell> cells;   // one per column
  std::optional<int> consensus;  // the consensus column's value
  std::optional<int> spread;     // max − min over the reviewers' values, when two or more rated
};

class RatingsSideModel {
public:
  bool refresh(const review::Workspace &ws); // true when rebuilt
  [[nodiscard]] const std::vector<SideColumn> &columns() const { return m_columns; }
  [[nodiscard]] const std::vector<SideRow> &rows() const { return m_rows; }
  [[nodiscard]] bool hasConsensus() const { return m_hasConsensus; }
  // "+2", "0", "−1"; "" for none.
  [[nodiscard]] static std::string valueText(std::optional<int> v);

private:
  void build(const review::Workspace &ws);

  std::vector<SideColumn> m_columns;
  std::vector<SideRow> m_rows;
  bool m_hasConsensus = false;
  SeenWorkspace m_seen;
};

} // namespace spiegel::app::viewmodels
