#include "gui/panels/audit/audit_panel.hpp"

#include "common/i18n.hpp"
#include "common/store_messages.hpp"
#include "gui/shell/people_widgets.hpp"
#include "gui/shell/test_layout.hpp"
#include "gui/shell/theme.hpp"
#include "gui/shell/widgets.hpp"

#include "spiegel/store/package.hpp"

#include <imgui.h>

#include <filesystem>

namespace spiegel::app::gui {

std::string AuditPanel::title() const { return tr("Audit log", "Logboek"); }

void AuditPanel::refresh(review::Workspace &ws) {
  m_seen = &ws;
  m_revision = ws.revision();
  m_readAt = std::chrono::steady_clock::now();
  try {
    m_rows = viewmodels::auditRows(ws.project().audit());
    m_check = ws.project().verifyAudit();
    m_verdict = viewmodels::auditVerdict(m_check);
  } catch (const store::StoreError &e) {
    m_rows.clear();
    m_check = {};
    m_verdict = describe(e);
  }
}

void AuditPanel::draw(AppState &state) {
  if (!state.workspace) {
    hintText(tr("Open a project to see its audit log.", "Open een project om het logboek te zien."));
    return;
  }
  review::Workspace &ws = *state.workspace;
  if (m_seen != &ws || m_revision != ws.revision() ||
      std::chrono::steady_clock::now() - m_readAt > std::chrono::seconds(2))
    refresh(ws);
  hintText(tr("Who opened, played, changed, exported or merged this project, when and from which computer. Each "
              "entry carries the hash of the one before it, so an entry removed or changed afterwards shows here.",
              "Wie dit project heeft geopend, afgespeeld, gewijzigd, geëxporteerd of samengevoegd, wanneer en vanaf "
              "welke computer. Elke regel draagt de hash van de regel ervoor, dus een regel die achteraf is "
              "verwijderd of gewijzigd, is hier te zien."));
  if (m_check.intact()) {
    ImGui::PushStyleColor(ImGuiCol_Text, colors::good());
    wrappedText(m_verdict.c_str());
    ImGui::PopStyleColor();
  } else {
    calmNote(m_verdict);
  }
  if (auto *tl = testLayout())
    tl->value("audit.verdict", m_verdict);
  if (ImGui::SmallButton(tr("Export as CSV", "Exporteer als CSV")))
    exportCsv(state, ws);
  if (auto *tl = testLayout())
    tl->lastItem("audit.export");
  itemTooltip(tr("Writes the log beside the project file, for the privacy officer (Excel, ';').",
                 "Schrijft het logboek naast het projectbestand, voor de privacyfunctionaris (Excel, ';')."));

  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_PadOuterX |
                                ImGuiTableFlags_ScrollY;
  if (!ImGui::BeginTable("##audit", 5, flags, ImVec2(tableWidth(40.0f), ImGui::GetContentRegionAvail().y)))
    return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("#");
  ImGui::TableSetupColumn(tr("When", "Wanneer"));
  ImGui::TableSetupColumn(tr("Who", "Wie"));
  ImGui::TableSetupColumn(tr("What", "Wat"));
  ImGui::TableSetupColumn(tr("About", "Waarover"), ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableHeadersRow();
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(m_rows.size()));
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const auto &r = m_rows[m_rows.size() - 1 - static_cast<std::size_t>(i)]; // newest first
      const bool broken = !m_check.intact() && r.number == m_check.at;
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextDisabled("%zu", r.number);
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(r.when.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(r.who.c_str());
      if (!r.device.empty())
        itemTooltip((tr("On the computer ", "Op de computer ") + r.device).c_str());
      ImGui::TableNextColumn();
      if (broken)
        ImGui::PushStyleColor(ImGuiCol_Text, colors::notice());
      ImGui::TextUnformatted(r.what.c_str());
      if (broken)
        ImGui::PopStyleColor();
      ImGui::TableNextColumn();
      const std::string about = r.detail.empty() ? r.object : r.detail;
      ImGui::TextUnformatted(about.c_str());
      itemTooltip((r.object + (r.detail.empty() ? "" : "\n" + r.detail)).c_str());
    }
  }
  ImGui::EndTable();
}

void AuditPanel::exportCsv(AppState &state, review::Workspace &ws) {
  namespace fs = std::filesystem;
  const fs::path project(ws.projectPath());
  const std::string out = (project.parent_path() / (project.stem().string() + "-audit.csv")).string();
  try {
    store::CsvOptions o;
    o.lang = std::string(langCode());
    store::writeTextFile(out, store::auditToCsv(ws.project(), o));
    if (!ws.readOnly())
      ws.project().logAudit("export", "audit csv " + out);
    state.notify(tr("The audit log is written to ", "Het logboek is geschreven naar ") + out);
  } catch (const store::StoreError &e) {
    state.notify(describe(e));
  }
  refresh(ws);
}

} // namespace spiegel::app::gui
