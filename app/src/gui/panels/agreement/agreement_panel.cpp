#include "gui/panels/agreement/agreement_panel.hpp"

#include "common/i18n.hpp"
#include "common/store_messages.hpp"
#include "gui/panels/agreement/agreement_sections.hpp"
#include "gui/shell/people_widgets.hpp"
#include "gui/shell/test_layout.hpp"
#include "gui/shell/widgets.hpp"
#include "viewmodels/agreement_export.hpp"
#include "viewmodels/agreement_input.hpp"
#include "viewmodels/agreement_text.hpp"

#include "spiegel/annotate/round.hpp"
#include "spiegel/store/package.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <filesystem>

namespace spiegel::app::gui {
namespace {

// Why: the store refuses a tolerance or unit of more than an hour.
constexpr annotate::Micros kMost = 3'600'000'000;

} // namespace

std::string AgreementPanel::title() const { return tr("Agreement", "Overeenstemming"); }

const std::vector<annotate::Reviewer> &AgreementPanel::coders(const review::Workspace &ws) {
  if (m_codersOf != &ws || m_codersRevision != ws.revision()) {
    m_coders = viewmodels::defaultCoders(ws.reviewers(), ws.tags().all(), ws.ratings());
    m_codersOf = &ws;
    m_codersRevision = ws.revision();
  }
  return m_coders;
}

std::vector<annotate::Uuid> AgreementPanel::chosen(const review::Workspace &ws) {
  std::vector<annotate::Uuid> out;
  for (const auto &r : coders(ws))
    if (!m_unticked.contains(r.id))
      out.push_back(r.id);
  return out;
}

void AgreementPanel::loadOptions(review::Workspace &ws) {
  if (m_optionsOf == &ws && m_optionsRevision == ws.revision())
    return;
  try {
    m_options = viewmodels::projectOptions(ws.project());
  } catch (const store::StoreError &) {
    m_options = {}; // unreadable settings: the defaults; the tab still works
  }
  m_optionsOf = &ws;
  m_optionsRevision = ws.revision();
  showOptions();
}

void AgreementPanel::showOptions() {
  m_toleranceField = viewmodels::secondsNumber(m_options.tolerance);
  m_unitField = viewmodels::secondsNumber(m_options.unit);
}

void AgreementPanel::drawChoices(const review::Workspace &ws) {
  const auto &shown = coders(ws);
  ImGui::TextUnformatted(tr("Compare:", "Vergelijk:"));
  itemTooltip(tr("The reviewers whose work you are shown and who tagged or rated this recording. In a blind round "
                 "that is your own work until you reveal it, then everyone's who revealed.",
                 "De beoordelaars van wie je het werk te zien krijgt en die deze opname tagden of beoordeelden. In een "
                 "blinde ronde is dat je eigen werk tot je het laat zien, daarna dat van iedereen die het liet zien."));
  for (const auto &r : shown) {
    ImGui::SameLine();
    bool on = !m_unticked.contains(r.id);
    std::string label = ws.reviewerNames().contains(r.id) ? ws.reviewerNames().at(r.id) : r.name;
    if (r.gold)
      label += tr(" (gold)", " (goud)");
    ImGui::PushID(r.id.c_str());
    if (ImGui::Checkbox(label.c_str(), &on)) {
      if (on)
        m_unticked.erase(r.id);
      else
        m_unticked.insert(r.id);
    }
    if (TestLayout *tl = testLayout())
      tl->lastItem("agreement.choose." + label);
    ImGui::PopID();
  }
  if (shown.size() < 2)
    hintText(tr("Agreement needs the work of at least two reviewers on this recording.",
                "Voor overeenstemming is het werk van minstens twee beoordelaars aan deze opname nodig."));
}

void AgreementPanel::drawSettings(AppState &state, review::Workspace &ws) {
  // A seconds field: typed with a comma or a point, shown in the
  // language's way; taken when the user leaves it.
  const auto field = [&](const char *id, const char *label, std::string &value, const char *hover) {
    ImGui::TextUnformatted(label);
    itemTooltip(hover);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 4.0f);
    ImGui::InputText(id, &value);
    const bool done = ImGui::IsItemDeactivatedAfterEdit();
    if (TestLayout *tl = testLayout()) {
      tl->lastItem(std::string("agreement.") + (id + 2));
      tl->value(std::string("agreement.") + (id + 2), value);
    }
    itemTooltip(hover);
    ImGui::SameLine(0.0f, ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::TextUnformatted("s");
    return done;
  };
  ImGui::BeginDisabled(ws.readOnly());
  const bool edited =
      field("##tolerance", tr("Tolerance \xC2\xB1", "Tolerantie \xC2\xB1"), m_toleranceField,
            tr("Moments of two reviewers pair when their starts lie this close. A project setting: everyone "
               "who opens this project computes with it.",
               "Momenten van twee beoordelaars worden gekoppeld als hun begin zo dicht bij elkaar ligt. Een "
               "instelling van het project: iedereen die dit project opent, rekent ermee."));
  ImGui::SameLine();
  const bool unitEdited =
      field("##unit", tr("Time unit", "Tijdseenheid"), m_unitField,
            tr("Time-unit agreement compares what is tagged at every multiple of this. A project setting.",
               "Overeenstemming per tijdseenheid vergelijkt wat getagd is op elk veelvoud hiervan. Een "
               "instelling van het project."));
  ImGui::EndDisabled();
  if (!edited && !unitEdited)
    return;
  const auto tolerance = viewmodels::parseSeconds(m_toleranceField), unit = viewmodels::parseSeconds(m_unitField);
  if (!tolerance || !unit || *tolerance > kMost || *unit > kMost) {
    showOptions();
    state.events.push(ShowError{tr("The tolerance and the time unit take seconds above zero and at most an hour, "
                                   "like 2 or 0.5.",
                                   "De tolerantie en de tijdseenheid zijn seconden boven nul en hoogstens een uur, "
                                   "zoals 2 of 0,5.")});
    return;
  }
  const viewmodels::AgreementOptions wanted{.tolerance = *tolerance, .unit = *unit};
  showOptions(); // as the language writes it
  if (wanted == m_options)
    return;
  try {
    ws.project().setAgreementSettings({.tolerance = wanted.tolerance, .unit = wanted.unit});
    m_options = wanted;
    showOptions();
    state.notify(tr("Saved in the project: tolerance ", "Bewaard in het project: tolerantie ") +
                 viewmodels::secondsText(wanted.tolerance) + tr(", time unit ", ", tijdseenheid ") +
                 viewmodels::secondsText(wanted.unit) + ".");
  } catch (const store::StoreError &e) {
    showOptions();
    state.events.push(ShowError{describe(e)});
  }
}

void AgreementPanel::draw(AppState &state) {
  if (!state.workspace) {
    hintText(tr("Open a project to see how far its reviewers agree.",
                "Open een project om te zien hoe ver de beoordelaars overeenstemmen."));
    return;
  }
  review::Workspace &ws = *state.workspace;
  loadOptions(ws);
  drawChoices(ws);
  drawSettings(state, ws);
  m_job.refresh(state, ws, chosen(ws), m_options);
  const viewmodels::AgreementReport *r = m_job.report();
  if (TestLayout *tl = testLayout())
    tl->value("agreement.ready", r != nullptr && !m_job.updating() ? 1.0 : 0.0);
  if (r == nullptr) {
    ImGui::TextDisabled("%s", tr("Computing\xE2\x80\xA6", "Bezig met rekenen\xE2\x80\xA6"));
    return;
  }
  if (m_job.updating()) {
    ImGui::SameLine();
    ImGui::TextDisabled("%s", tr("updating\xE2\x80\xA6", "bijwerken\xE2\x80\xA6"));
  }
  if (ws.roundView().blind())
    hintText(tr("A blind round runs: these numbers cover only the work you are shown.",
                "Er loopt een blinde ronde: deze getallen gaan alleen over het werk dat je te zien krijgt."));
  drawGoldSection(state, *r, m_trainee); // first: a trainee opens the tab for it
  drawGroupSection(*r);
  drawPairsSection(*r);
}

void AgreementPanel::onEvent(AppState &state, const Event &e) {
  const auto *chosenFile = std::get_if<SaveFileChosen>(&e);
  if (chosenFile != nullptr && chosenFile->what == SaveFor::AgreementReport && state.workspace)
    exportReport(state, chosenFile->path);
}

// The report of what the tab compares now (its reviewers and settings),
// computed and written on a worker; the result comes back as a notice or an
// error dialog.
void AgreementPanel::exportReport(AppState &state, const std::string &path) {
  review::Workspace &ws = *state.workspace;
  loadOptions(ws);
  auto in = std::make_shared<viewmodels::AgreementInput>(viewmodels::agreementInput(ws, chosen(ws)));
  in->options = m_options;
  viewmodels::ReportContext context{.recording = ws.recording().title,
                                    .made = viewmodels::madeAtText(std::time(nullptr))};
  try {
    context.project = ws.project().info().title;
  } catch (const store::StoreError &) {
    // the title is a nicety: the report goes without it
  }
  if (context.recording.empty())
    context.recording = std::filesystem::path(ws.mediaPath()).filename().string();
  m_export = state.tasks.submit([in, context, path, &state](tasks::TaskContext &ctx) {
    const auto report = viewmodels::computeAgreement(*in);
    try {
      store::writeTextFile(path, viewmodels::agreementHtml(report, context));
      ctx.post([&state, path] {
        state.notify(tr("Wrote the agreement report to ", "Het rapport overeenstemming staat in ") + path);
      });
    } catch (const store::StoreError &err) {
      ctx.post([&state, message = describe(err)] { state.events.push(ShowError{message}); });
    }
  });
}

} // namespace spiegel::app::gui
