#pragma once
// The Audit tab (issue #13 §3): the project's audit log, newest first —
// when, who, from which computer, what — with the hash chain's verdict
// (store::Project::verifyAudit, worded by viewmodels/audit_model) above it,
// and "Export as CSV" for the privacy officer (beside the project file).
// The log and the verdict are re-read when the project changes and at most
// every two seconds while the tab shows (a playback start is logged without
// an edit). UI thread only.
#include "gui/shell/panel.hpp"

#include "viewmodels/audit_model.hpp"

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace spiegel::app::gui {

class AuditPanel final : public Panel {
public:
  [[nodiscard]] Slot slot() const override { return Slot::Side; }
  [[nodiscard]] std::string title() const override;
  [[nodiscard]] std::string tabId() const override { return "audit"; }
  [[nodiscard]] bool scrollsSideways() const override { return true; }
  void draw(AppState &state) override;

private:
  void refresh(review::Workspace &ws);
  void exportCsv(AppState &state, review::Workspace &ws);

  const review::Workspace *m_seen = nullptr;
  std::uint64_t m_revision = 0;
  std::chrono::steady_clock::time_point m_readAt{};
  std::vector<viewmodels::AuditRow> m_rows; // oldest first
  store::AuditCheck m_check;
  std::string m_verdict;
};

} // namespace spiegel::app::gui
