#pragma once
// The Agreement tab (issue #12 §3–4): which shown reviewers to compare
// (checkboxes), the project's tolerance and time unit (saved to the
// project), then the group's rating statistics (ICC(A,1) first, with 95 %
// intervals and the Koo & Li band; Krippendorff's alpha; within one point
// against the 90 % criterion), each pair (event kappa with matched and
// unmatched, time-unit kappa, weighted kappa), and — when a gold-standard
// reviewer is among them — a trainee's comparison with that coding. Every
// number says on hover what it is and how it was computed. The numbers are
// the agreement model's (viewmodels/agreement_model.hpp), computed off the
// UI thread (AgreementJob). It also writes the HTML report when File ▸
// Export ▸ Agreement report… has chosen a file (SaveFileChosen).
#include "gui/panels/agreement/agreement_job.hpp"
#include "gui/shell/panel.hpp"

#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace spiegel::app::gui {

class AgreementPanel final : public Panel {
public:
  [[nodiscard]] Slot slot() const override { return Slot::Side; }
  [[nodiscard]] std::string title() const override;
  [[nodiscard]] std::string tabId() const override { return "agreement"; }
  [[nodiscard]] bool scrollsSideways() const override { return true; }
  void draw(AppState &state) override;
  void onEvent(AppState &state, const Event &e) override;

private:
  // The reviewers compared: the workspace's shown coders minus those the
  // user unticked (so a reviewer whose work arrives later is ticked).
  [[nodiscard]] std::vector<annotate::Uuid> chosen(const review::Workspace &ws);
  // viewmodels::defaultCoders of the workspace, kept per revision (it walks
  // every tag: not once a frame).
  [[nodiscard]] const std::vector<annotate::Reviewer> &coders(const review::Workspace &ws);
  void drawChoices(const review::Workspace &ws);
  void drawSettings(AppState &state, review::Workspace &ws);
  void loadOptions(review::Workspace &ws); // the project's settings, when the workspace changed
  void showOptions();                      // the fields from m_options
  void exportReport(AppState &state, const std::string &path);

  AgreementJob m_job;
  std::set<annotate::Uuid> m_unticked; // UI thread only, as every field here
  std::vector<annotate::Reviewer> m_coders;
  const review::Workspace *m_codersOf = nullptr;
  std::uint64_t m_codersRevision = 0;
  viewmodels::AgreementOptions m_options; // the project's, as last read or saved
  const review::Workspace *m_optionsOf = nullptr;
  std::uint64_t m_optionsRevision = 0;
  std::string m_toleranceField = "2", m_unitField = "1"; // seconds, as being typed
  std::string m_trainee;                                 // the gold section's chosen trainee (reviewer id)
  tasks::TaskHandle m_export;                            // the report being written
};

} // namespace spiegel::app::gui
