#pragma once
// The compare view's lanes (issue #12 §2): one lane per shown reviewer for a
// chosen element, or every element stacked per reviewer; the reference
// reviewer's lanes first. Each other reviewer's tags are matched with the
// reference's by annotate::eventMatching (the event agreement's own
// matching): a matched pair becomes a link, a tag without a partner is a
// disagreement. Built only on Workspace::tags() and reviewers(), so a blind
// round hides here exactly what it hides everywhere else.
//
//   model.refresh(ws, {.element = "engagement", .tolerance = info.agreement.tolerance});
//   for (const CompareLink &l : model.links()) line(l.reference->start, l.other->start, l.lane);
//   if (auto i = CompareModel::step(model.disagreements(), playhead, +1, last)) seek(model.disagreements()[*i].at);
//
// UI thread only. Tag pointers point into the workspace's TagIndex: valid
// until it changes; refresh() (every frame) rebuilds when the workspace's
// revision, the choice or the language changed.
#include "spiegel/annotate/agreement.hpp"
#include "spiegel/review/workspace.hpp"
#include "viewmodels/seen_workspace.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace spiegel::app::viewmodels {

using annotate::Annotation;
using annotate::Micros;
using annotate::Uuid;

struct CompareChoice {
  std::string element;           // an element key; "" = every element, stacked per reviewer
  std::optional<Uuid> reference; // nullopt or not shown: defaultReference()
  Micros tolerance = annotate::kDefaultEventTolerance;
  bool operator==(const CompareChoice &) const = default;
};

struct CompareMark {
  const Annotation *tag = nullptr;
  // A reference tag: matched by every other lane's reviewer; another
  // reviewer's tag: matched with a reference tag. Unmatched marks are drawn
  // outlined and hatched.
  bool matched = false;
  int partners = 0; // a reference tag: how many other reviewers matched it
};

struct CompareLane {
  Uuid reviewer;
  std::string name;    // the reviewer's display name (Workspace::reviewerNames)
  std::string element; // the element key of this lane's tags
  std::string label;   // "Sanne" (one element) or "Sanne · Engagement" (stacked), current language
  bool reference = false;
  bool gold = false;
  std::vector<CompareMark> marks; // by start
  // Against the reference in this lane's element (0 on the reference's lanes).
  int matched = 0, onlyReference = 0, onlyThis = 0;
};

// A matched pair: the reference's tag in lane referenceLane, the other's in lane.
struct CompareLink {
  std::size_t lane = 0, referenceLane = 0;
  const Annotation *reference = nullptr, *other = nullptr;
};

// An unmatched tag, where D / Shift+D go.
struct Disagreement {
  Micros at = 0; // the tag's onset
  std::size_t lane = 0;
  const Annotation *tag = nullptr;
};

struct CompareSummary {
  int others = 0; // reviewers compared with the reference
  int matched = 0, onlyReference = 0, onlyOthers = 0;
  Micros tolerance = 0;
  std::string text; // one line, current language
};

class CompareModel {
public:
  bool refresh(const review::Workspace &ws, const CompareChoice &choice); // true when rebuilt
  [[nodiscard]] const std::vector<CompareLane> &lanes() const { return m_lanes; }
  [[nodiscard]] const std::vector<CompareLink> &links() const { return m_links; }
  // Ordered by time (then lane).
  [[nodiscard]] const std::vector<Disagreement> &disagreements() const { return m_disagreements; }
  [[nodiscard]] const CompareSummary &summary() const { return m_summary; }
  [[nodiscard]] const Uuid &reference() const { return m_reference; }

  // The gold-standard reviewer when one is shown, else the current reviewer
  // when shown, else the first shown; "" when nobody's work is shown.
  [[nodiscard]] static Uuid defaultReference(const review::Workspace &ws);
  // The disagreement to go to from `playhead` in `direction` (+1 next, -1
  // previous). `current` is the one gone to last: while the playhead is
  // still on it (within kOnItUs), the step is from it, so two disagreements
  // at nearly the same time are both visited. nullopt: none that way.
  [[nodiscard]] static std::optional<std::size_t> step(const std::vector<Disagreement> &list, Micros playhead,
                                                       int direction, std::optional<std::size_t> current);
  // Why 150 ms: a seek lands on the frame at or before the target, up to a
  // frame (40 ms at 25 fps) early, several frames on a slow decode.
  static constexpr Micros kOnItUs = 150'000;

private:
  void build(const review::Workspace &ws, const CompareChoice &choice);

  std::vector<CompareLane> m_lanes;
  std::vector<CompareLink> m_links;
  std::vector<Disagreement> m_disagreements;
  CompareSummary m_summary;
  Uuid m_reference;
  SeenWorkspace m_seen;
  CompareChoice m_seenChoice;
};

} // namespace spiegel::app::viewmodels
