// The Consent tab: the purpose, the recording's days and the grid
// (consent_panel.hpp). The form below the grid is consent_form.cpp.
#include "gui/panels/consent/consent_panel.hpp"

#include "common/i18n.hpp"
#include "common/delete_recording.hpp"
#include "common/review_messages.hpp"
#include "gui/panels/consent/consent_look.hpp"
#include "gui/shell/people_widgets.hpp"
#include "gui/shell/test_layout.hpp"
#include "gui/shell/widgets.hpp"
#include "viewmodels/consent_model.hpp"

#include <imgui.h>

#include <cstring>
#include <utility>

namespace spiegel::app::gui {
namespace {

using viewmodels::ConsentStatus;

// Short column heads: six purposes must fit a side panel.
const char *shortPurpose(annotate::Purpose p) {
  switch (p) {
  case annotate::Purpose::Reflection: return tr("Self", "Zelf");
  case annotate::Purpose::Supervision: return tr("Superv.", "Superv.");
  case annotate::Purpose::Intervision: return tr("Interv.", "Interv.");
  case annotate::Purpose::Recall: return tr("Recall", "Recall");
  case annotate::Purpose::Teaching: return tr("Teach.", "Onderw.");
  case annotate::Purpose::Research: return tr("Research", "Onderz.");
  }
  return "";
}

} // namespace

std::string ConsentPanel::title() const { return tr("Consent", "Toestemming"); }

void ConsentPanel::draw(AppState &state) {
  if (!state.workspace) {
    hintText(tr("Open a project to see who agreed to which use of the recording.",
                "Open een project om te zien wie met welk gebruik van de opname heeft ingestemd."));
    return;
  }
  review::Workspace &ws = *state.workspace;
  if (m_seen != &ws) { // another project: its own days, no form open
    m_seen = &ws;
    m_cell.reset();
    m_message.clear();
    copyInto(m_recordedOn, ws.recording().recordedOn);
    copyInto(m_retainUntil, ws.recording().retainUntil);
  }
  hintText(tr("Everyone seen or heard must agree to each use. Recall sessions and exports ask this check first.",
              "Iedereen die te zien of te horen is, moet instemmen met elk gebruik. Terugkijksessies en exports "
              "vragen deze controle eerst."));
  drawPurposeChoice(state, ws);
  ImGui::BeginDisabled(ws.readOnly());
  drawRecordingDays(state, ws);
  ImGui::Separator();
  drawGrid(ws);
  if (!m_message.empty())
    calmNote(m_message);
  if (m_cell) {
    ImGui::Separator();
    const float top = ImGui::GetCursorScreenPos().y;
    drawForm(state, ws);
    if (std::exchange(m_formOpened, false))
      scrollIntoView(top, ImGui::GetCursorScreenPos().y);
  }
  ImGui::EndDisabled();
}

void ConsentPanel::drawPurposeChoice(AppState &state, review::Workspace &ws) {
  const float em = ImGui::GetFontSize();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr("Used for", "Gebruikt voor"));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(em * 14.0f);
  const std::string now = annotate::purposeText(state.purpose).in(langCode());
  if (ImGui::BeginCombo("##purpose", now.c_str())) {
    for (const auto p : annotate::allPurposes())
      if (ImGui::Selectable(annotate::purposeText(p).in(langCode()).c_str(), p == state.purpose))
        state.purpose = p;
    ImGui::EndCombo();
  }
  itemTooltip(tr("What you use the recording for now. Recall sessions and exports check consent for it.",
                 "Waarvoor je de opname nu gebruikt. Terugkijksessies en exports controleren de toestemming "
                 "daarvoor."));
  const std::string notice = viewmodels::openingNotice(ws, state.purpose, viewmodels::localToday());
  if (notice.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, statusColour(ConsentStatus::Allowed));
    wrappedText(tr("Everyone in the recording agreed to this use today.",
                   "Iedereen in de opname heeft vandaag ingestemd met dit gebruik."));
    ImGui::PopStyleColor();
  } else {
    calmNote(notice);
  }
}

void ConsentPanel::drawRecordingDays(AppState &state, review::Workspace &ws) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr("Recorded on", "Opgenomen op"));
  ImGui::SameLine();
  dayInput("##recorded", m_recordedOn,
           tr("The day of the conversation. Consent given before it (at intake) is too general.",
              "De dag van het gesprek. Toestemming die daarvóór is gegeven (bij de intake) is te algemeen."));
  ImGui::SameLine();
  ImGui::TextUnformatted(tr("keep until", "bewaren tot"));
  ImGui::SameLine();
  dayInput("##retain", m_retainUntil,
           tr("The day by which the recording is to be deleted.",
              "De dag waarop de opname uiterlijk moet worden verwijderd."));
  ImGui::SameLine();
  const bool changed = ws.recording().recordedOn != m_recordedOn.data() ||
                       ws.recording().retainUntil != m_retainUntil.data();
  ImGui::BeginDisabled(!changed);
  if (ImGui::SmallButton(tr("Save##days", "Bewaar##days")))
    saveDays(state, ws);
  ImGui::EndDisabled();
  drawRetentionAdvice(state, ws);
  if (ImGui::SmallButton(tr("Delete the recording…", "Opname verwijderen…"))) {
    m_deleteOriginal = m_deleteKeepWork = false;
    ImGui::OpenPopup("##delete");
  }
  if (auto *tl = testLayout())
    tl->lastItem("consent.delete");
  itemTooltip(tr("Delete what Spiegel keeps of this recording, with proof in the audit log.",
                 "Verwijder wat Spiegel van deze opname bewaart, met bewijs in het logboek."));
  drawDeleteDialog(state, ws);
  if (!ws.recording().deletionRequestedOn.empty()) {
    calmNote(tr("Consent was withdrawn: the recording is to be deleted (asked on ",
                "Toestemming is ingetrokken: de opname moet worden verwijderd (gevraagd op ") +
             ws.recording().deletionRequestedOn + ").");
  }
}

void ConsentPanel::drawRetentionAdvice(AppState &state, review::Workspace &ws) {
  std::string suggested;
  const std::string advice =
      viewmodels::retentionAdviceText(ws, {.workingMonths = state.settings.retentionMonths}, &suggested);
  if (advice.empty())
    return;
  hintText(advice.c_str());
  if (auto *tl = testLayout())
    tl->value("consent.retention", advice);
  if (suggested.empty() || suggested == ws.recording().retainUntil)
    return;
  if (ImGui::SmallButton(tr("Keep until that day", "Bewaren tot die dag"))) {
    copyInto(m_retainUntil, suggested);
    saveDays(state, ws);
  }
  if (auto *tl = testLayout())
    tl->lastItem("consent.retention_use");
  itemTooltip(tr("Set the keep-until day to the last day the consents allow.",
                 "Zet de bewaardag op de laatste dag die de toestemmingen toestaan."));
  ImGui::SameLine();
}

void ConsentPanel::saveDays(AppState &state, review::Workspace &ws) {
  const review::Status st = ws.setRecordingDays(m_recordedOn.data(), m_retainUntil.data());
  m_message = describe(st.error);
  if (st) {
    state.notify(tr("The recording's days are saved.", "De dagen van de opname zijn bewaard."));
    state.recentProjects.setRetainUntil(ws.projectPath(), ws.recording().retainUntil);
    state.recentProjects.save();
  }
}

void ConsentPanel::drawDeleteDialog(AppState &state, review::Workspace &ws) {
  if (!ImGui::BeginPopupModal("##delete", nullptr, ImGuiWindowFlags_AlwaysAutoResize))
    return;
  const float wrap = ImGui::GetFontSize() * 30.0f;
  ImGui::PushTextWrapPos(wrap);
  ImGui::TextUnformatted(tr("Delete what Spiegel keeps of this recording?", "Verwijderen wat Spiegel van deze opname bewaart?"));
  const auto plan = planDeletion(ws.project(), ws.recording(), {.original = m_deleteOriginal, .keepWork = m_deleteKeepWork});
  for (const auto &f : plan.files)
    ImGui::BulletText("%s: %s", destroyedFileText(f.what).c_str(), f.path.c_str());
  ImGui::BulletText("%d %s", plan.caches,
                    tr("thumbnail and waveform files in the cache", "miniatuur- en golfvormbestanden in de cache"));
  if (!m_deleteKeepWork)
    ImGui::BulletText("%s", tr("the tags, ratings, discussions and notes on this recording",
                               "de tags, beoordelingen, besprekingen en notities bij deze opname"));
  ImGui::Checkbox(tr("also the recording file itself", "ook het opnamebestand zelf"), &m_deleteOriginal);
  if (auto *tl = testLayout())
    tl->lastItem("consent.delete.original");
  if (auto *tl = testLayout())
    tl->value("consent.delete.files", static_cast<double>(plan.files.size()));
  ImGui::Checkbox(tr("keep the tags, ratings and notes", "de tags, beoordelingen en notities bewaren"), &m_deleteKeepWork);
  hintText(tr("Each file's SHA-256 is written to the audit log first. On an SSD the old blocks can stay readable "
              "until reused; a vault is safe once its key is gone. Copies elsewhere must be deleted there.",
              "Eerst komt de SHA-256 van elk bestand in het logboek. Op een SSD kunnen de oude blokken leesbaar "
              "blijven tot ze opnieuw worden gebruikt; een kluis is veilig zodra de sleutel weg is. Kopieën elders "
              "moeten daar worden verwijderd."));
  ImGui::PopTextWrapPos();
  if (ImGui::Button(tr("Delete", "Verwijderen"))) {
    state.events.push(DeleteRecording{m_deleteOriginal, m_deleteKeepWork});
    ImGui::CloseCurrentPopup();
  }
  if (auto *tl = testLayout())
    tl->lastItem("consent.delete.confirm");
  ImGui::SameLine();
  if (ImGui::Button(tr("Cancel", "Annuleren")))
    ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
}

void ConsentPanel::drawGrid(review::Workspace &ws) {
  const auto grid = viewmodels::consentGrid(ws, viewmodels::localToday());
  if (grid.rows.empty()) {
    hintText(tr("No one is listed in this recording yet: add the people in the Participants tab first.",
                "Er staat nog niemand in deze opname: voeg eerst de personen toe in het tabblad Deelnemers."));
    return;
  }
  const auto purposes = annotate::allPurposes();
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_PadOuterX;
  if (!ImGui::BeginTable("##consent", 2 + static_cast<int>(purposes.size()), flags, ImVec2(tableWidth(31.0f), 0.0f)))
    return;
  ImGui::TableSetupColumn(tr("Person", "Persoon"), ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn(tr("Age", "Leeftijd"));
  for (const auto p : purposes)
    ImGui::TableSetupColumn(shortPurpose(p));
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  for (int c = 0; c < 2 + static_cast<int>(purposes.size()); ++c) {
    ImGui::TableSetColumnIndex(c);
    ImGui::TableHeader(ImGui::TableGetColumnName(c));
    if (c >= 2)
      itemTooltip(annotate::purposeText(purposes[static_cast<std::size_t>(c - 2)]).in(langCode()).c_str());
  }
  for (const auto &row : grid.rows) {
    ImGui::PushID(row.person.c_str());
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(row.name.c_str());
    ImGui::TableNextColumn();
    ImGui::TextDisabled("%s", row.age.c_str());
    itemTooltip((tr("Consent from: ", "Toestemming van: ") + row.consenters).c_str());
    for (const auto &cell : row.cells) {
      ImGui::TableNextColumn();
      ImGui::PushID(static_cast<int>(cell.purpose));
      const bool open = m_cell && m_cell->person == row.person && m_cell->purpose == cell.purpose;
      ImGui::PushStyleColor(ImGuiCol_Text, statusColour(cell.status));
      if (ImGui::Selectable(statusGlyph(cell.status), open, 0, ImVec2(ImGui::GetFontSize() * 2.2f, 0.0f))) {
        if (open)
          m_cell.reset();
        else
          openForm(ws, {row.person, cell.purpose});
        m_message.clear();
      }
      ImGui::PopStyleColor();
      if (auto *tl = testLayout())
        if (const auto *p = ws.participant(row.person))
          tl->lastItem("consent." + p->role + "." + std::string(annotate::purposeKey(cell.purpose)));
      std::string tip = row.name + " · " + annotate::purposeText(cell.purpose).in(langCode()) + ": " +
                        statusText(cell.status);
      for (const auto &reason : cell.reasons)
        tip += "\n• " + reason;
      tip += tr("\n(click to record an answer)", "\n(klik om een antwoord vast te leggen)");
      itemTooltip(tip.c_str());
      ImGui::PopID();
    }
    ImGui::PopID();
  }
  ImGui::EndTable();
  // The legend: shape and word, never colour alone.
  for (const auto s : {ConsentStatus::Allowed, ConsentStatus::Missing, ConsentStatus::Expired, ConsentStatus::Withdrawn,
                       ConsentStatus::Refused}) {
    ImGui::PushStyleColor(ImGuiCol_Text, statusColour(s));
    ImGui::TextUnformatted(statusGlyph(s));
    ImGui::PopStyleColor();
    ImGui::SameLine(0.0f, ImGui::GetFontSize() * 0.25f);
    ImGui::TextDisabled("%s", statusText(s));
    ImGui::SameLine(0.0f, ImGui::GetFontSize() * 0.8f);
  }
  ImGui::NewLine();
}

} // namespace spiegel::app::gui
