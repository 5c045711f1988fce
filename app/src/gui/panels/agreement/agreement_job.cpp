#include "gui/panels/agreement/agreement_job.hpp"

#include "common/i18n.hpp"
#include "viewmodels/agreement_input.hpp"

namespace spiegel::app::gui {

void AgreementJob::refresh(AppState &state, review::Workspace &ws, const std::vector<annotate::Uuid> &chosen,
                           const viewmodels::AgreementOptions &options) {
  Key key{&ws, ws.revision(), chosen, options, std::string(langCode())};
  if (m_started && key == m_key)
    return;
  if (m_key.workspace != &ws)
    m_report.reset(); // another project: its numbers must not show meanwhile
  m_key = std::move(key);
  m_started = true;
  // The copy is taken here, on the UI thread; the worker owns it.
  auto in = std::make_shared<viewmodels::AgreementInput>(viewmodels::agreementInput(ws, chosen));
  in->options = options;
  m_task = state.tasks.submit([this, in](tasks::TaskContext &ctx) {
    auto report = std::make_shared<const viewmodels::AgreementReport>(viewmodels::computeAgreement(*in));
    // Runs on the UI thread in drain(); dropped when m_task was replaced or
    // destroyed (the panel's lifetime bounds it).
    ctx.post([this, report] { m_report = report; });
  });
}

} // namespace spiegel::app::gui
