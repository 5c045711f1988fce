#pragma once
// The Ratings tab's grid for the current reviewer: one row per family
// member (elements rated per person) and one row for the family (elements
// rated for the family). Each cell has the reviewer's value, the indicators
// they ticked for that subject and element (with counts), and the rule
// warnings of annotate::checkRatings for that cell. Plus the split-alliance
// spread per element.
//
//   model.refresh(ws);                              // once per frame
//   for (const RatingRow &row : model.rows())
//     for (const RatingCell &cell : row.cells) slider(cell.value, model.scale());
//
// UI thread only. Rebuilt when the workspace's revision or the language
// changed.
#include "spiegel/review/workspace.hpp"

#include "spiegel/annotate/rule_check.hpp"
#include "spiegel/annotate/split_alliance.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace spiegel::app::viewmodels {

using annotate::Uuid;
using annotate::Valence;
using review::Workspace;

struct ScaleOption {
  int value = 0;
  std::string label; // current language, e.g. "tamelijk sterk"
};

// Tags of one indicator (or free tags of one valence) for a cell.
struct IndicatorTick {
  std::optional<std::string> indicator; // nullopt: free tags (keys 1–4 without an indicator)
  std::string label;                    // indicator label, or "(no indicator)" in the current language
  Valence valence = Valence::Positive;
  int count = 0;
  std::vector<Uuid> tags; // by start time
};

struct RatingCell {
  std::string subject; // participant id or annotate::kFamilySubject
  std::string element;
  std::optional<int> value; // this reviewer's rating, if any
  std::string rationale;
  std::string valueLabel;            // the scale label of value, "" when unrated
  std::vector<IndicatorTick> ticks;  // positive first, then by count (desc), then label
  int positive = 0, negative = 0;    // tag counts behind the ticks
  std::vector<std::string> warnings; // rule checks, current language
};

struct RatingRow {
  std::string subject;               // participant id or kFamilySubject
  std::string label;                 // "moeder", "vader (Kees)", "het gezin"
  bool family = false;               // the family-as-a-whole row
  std::vector<RatingCell> cells;     // in element order of elements()
  std::vector<std::string> elements; // element keys of the cells
};

struct SpreadRow {
  std::string element;     // key
  std::string elementText; // short name, current language
  annotate::SplitSpread spread;
  std::string text; // e.g. "range 3 (−1 … +2): split alliance" in the current language
};

class RatingsModel {
public:
  bool refresh(const Workspace &ws); // true when rebuilt
  [[nodiscard]] const std::vector<RatingRow> &rows() const { return m_rows; }
  [[nodiscard]] const std::vector<ScaleOption> &scale() const { return m_scale; }
  [[nodiscard]] const std::vector<SpreadRow> &spreads() const { return m_spreads; }
  // Every warning of the current reviewer's ratings (all cells), current language.
  [[nodiscard]] const std::vector<std::string> &allWarnings() const { return m_allWarnings; }
  // The cell for subject × element, or nullptr.
  [[nodiscard]] const RatingCell *cell(const std::string &subject, const std::string &element) const;

private:
  void build(const Workspace &ws);

  std::vector<RatingRow> m_rows;
  std::vector<ScaleOption> m_scale;
  std::vector<SpreadRow> m_spreads;
  std::vector<std::string> m_allWarnings;
  const Workspace *m_seenWorkspace = nullptr;
  std::uint64_t m_seenRevision = 0;
  std::string m_seenLang;
};

} // namespace spiegel::app::viewmodels
