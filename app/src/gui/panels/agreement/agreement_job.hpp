#pragma once
// The Agreement tab's numbers, computed off the UI thread (8 reviewers ×
// 2 000 tags take ~50 ms, three frames): when what they depend on changes
// (the workspace's revision, the chosen reviewers, the settings, the
// language), the inputs are copied on the UI thread and computeAgreement
// runs on a task runner worker; the report it posts back replaces the shown
// one. Until then the last report stays on screen, marked as updating.
//   job.refresh(state, ws, chosen, options);   // every frame, cheap when nothing changed
//   if (const auto *r = job.report()) draw(*r);
// UI thread only.
#include "gui/shell/app_state.hpp"
#include "viewmodels/agreement_model.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace spiegel::app::gui {

class AgreementJob {
public:
  // Starts a computation when the key changed since the last one.
  void refresh(AppState &state, review::Workspace &ws, const std::vector<annotate::Uuid> &chosen,
               const viewmodels::AgreementOptions &options);
  // The newest finished report, or nullptr before the first.
  [[nodiscard]] const viewmodels::AgreementReport *report() const { return m_report.get(); }
  // A computation for the current key is still running.
  [[nodiscard]] bool updating() const { return m_task.running(); }

private:
  struct Key {
    const review::Workspace *workspace = nullptr;
    std::uint64_t revision = 0;
    std::vector<annotate::Uuid> chosen;
    viewmodels::AgreementOptions options;
    std::string lang;
    bool operator==(const Key &) const = default;
  };
  Key m_key;
  bool m_started = false;
  tasks::TaskHandle m_task; // destroying it cancels the task, and its post with it
  std::shared_ptr<const viewmodels::AgreementReport> m_report;
};

} // namespace spiegel::app::gui
