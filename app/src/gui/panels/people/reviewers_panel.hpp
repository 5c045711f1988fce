#pragma once
// The Reviewers tab: the project's reviewers with colour, role and number of
// tags, the current reviewer marked, and "Switch reviewer…" (pushes
// AskIdentity{switching = true}; the identity dialog does the switch), and
// the coding round (round_section.hpp), and the "Gold standard" checkbox of
// each reviewer (viewmodels/agreement_gold). In a blind round the table
// lists only the reviewers whose work the current reviewer is shown.
#include "gui/shell/panel.hpp"

#include <cstdint>
#include <map>
#include <string>

namespace spiegel::app::gui {

class ReviewersPanel final : public Panel {
public:
  [[nodiscard]] Slot slot() const override { return Slot::Side; }
  [[nodiscard]] std::string title() const override;
  [[nodiscard]] std::string tabId() const override { return "reviewers"; }
  [[nodiscard]] bool scrollsSideways() const override { return true; }
  void draw(AppState &state) override;

private:
  // Tags per reviewer, recounted when the workspace's revision changes
  // (counting 10 000 tags every frame would cost time). UI thread only.
  std::map<annotate::Uuid, int> m_counts;
  const review::Workspace *m_seen = nullptr;
  std::uint64_t m_seenRevision = 0;
};

} // namespace spiegel::app::gui
