#include "gui/panels/start/start_screen.hpp"

#include "common/review_messages.hpp"
#include "common/i18n.hpp"
#include "gui/shell/people_widgets.hpp"
#include "gui/shell/test_layout.hpp"
#include "gui/shell/widgets.hpp"
#include "viewmodels/consent_model.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>

namespace spiegel::app::gui {
namespace {
// "/home/sanne/Opnames" → "~/Opnames".
std::string homeShortened(const std::string &folder) {
  const char *home = std::getenv("HOME");
  if (home == nullptr || *home == '\0')
    return folder;
  const std::string h(home);
  if (folder == h)
    return "~";
  if (folder.size() > h.size() && folder.compare(0, h.size(), h) == 0 && folder[h.size()] == '/')
    return "~" + folder.substr(h.size());
  return folder;
}

// The end of `text` that fits in `room` pixels, led by "…"; the whole text
// when it fits; "" when not even "…" and one character fit. Cuts between
// UTF-8 characters.
std::string tailThatFits(const std::string &text, float room) {
  if (ImGui::CalcTextSize(text.c_str()).x <= room)
    return text;
  const std::string dots = "\xE2\x80\xA6";
  for (std::size_t cut = 1; cut < text.size(); ++cut) {
    if ((static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
      continue; // inside a character
    const std::string t = dots + text.substr(cut);
    if (ImGui::CalcTextSize(t.c_str()).x <= room)
      return cut + 1 < text.size() ? t : std::string();
  }
  return {};
}
} // namespace

void StartScreen::draw(AppState &state) {
  if (state.session)
    return;
  // The Video child has no padding: its whole window is the picture area.
  const ImVec2 pos = ImGui::GetWindowPos();
  const ImVec2 size = ImGui::GetWindowSize();
  const float em = ImGui::GetFontSize();
  const float width = std::min(size.x - em * 2.0f, em * 30.0f);
  const float height = state.workspace ? em * 8.0f : em * 22.0f;
  ImGui::SetCursorScreenPos(ImVec2(pos.x + (size.x - width) * 0.5f, pos.y + std::max((size.y - height) * 0.4f, em)));
  ImGui::BeginGroup();
  if (state.workspace)
    drawMissing(state, width);
  else
    drawStart(state, width);
  ImGui::EndGroup();
}

void StartScreen::drawStart(AppState &state, float width) {
  ImGui::PushFont(m_fonts.large);
  ImGui::TextUnformatted("Spiegel");
  ImGui::PopFont();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  ImGui::TextDisabled("%s", tr("Review a recorded conversation and tag moments of the working alliance.",
                               "Een opgenomen gesprek terugkijken en momenten van de werkrelatie markeren."));
  ImGui::PopTextWrapPos();
  ImGui::Spacing();
  ImGui::Spacing();
  const ImVec2 bs(width, 0.0f);
  if (ImGui::Button(tr("New project from a recording…", "Nieuw project bij een opname…"), bs))
    state.events.push(ShowBrowser{BrowseFor::Recording, true});
  if (TestLayout *tl = testLayout())
    tl->lastItem("start.new");
  itemTooltip(tr("Choose a recording; you then see where its project (tags, ratings) goes before it is made",
                 "Kies een opname; je ziet dan waar het project (tags, beoordelingen) komt voordat het gemaakt wordt"));
  if (ImGui::Button(tr("Open project…", "Project openen…"), bs))
    state.events.push(ShowBrowser{BrowseFor::Project, false});
  itemTooltip(tr("Open a .spiegel project file", "Een .spiegel-projectbestand openen"));
  if (ImGui::Button(tr("Only watch a recording…", "Alleen een opname bekijken…"), bs))
    state.events.push(ShowOpenDialog{});
  itemTooltip(tr("Play a recording without tagging (Ctrl+O)", "Een opname afspelen zonder te taggen (Ctrl+O)"));
  ImGui::Spacing();
  ImGui::Spacing();
  const auto &recent = state.recentProjects.entries();
  ImGui::TextUnformatted(tr("Recent projects", "Recente projecten"));
  { // a rule as wide as the column (ImGui::Separator would cross the whole picture)
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddLine(at, ImVec2(at.x + width, at.y), ImGui::GetColorU32(ImGuiCol_Separator));
    ImGui::Dummy(ImVec2(width, ImGui::GetStyle().ItemSpacing.y * 0.5f));
  }
  if (recent.empty())
    ImGui::TextDisabled("%s", tr("None yet.", "Nog geen."));
  // Keep-until days near or past (issue #13 §2): a calm note each, above the list.
  for (std::size_t i = 0; i < recent.size(); ++i) {
    const auto &e = recent[i];
    const std::string reminder = viewmodels::retentionReminder(e.label(), e.retainUntil, viewmodels::localToday());
    if (reminder.empty() || e.missing)
      continue;
    calmNote(reminder, ImGui::GetCursorPosX() + width);
    if (auto *tl = testLayout())
      tl->value("start.retention." + std::to_string(i), reminder);
  }
  for (const auto &e : recent) {
    const std::filesystem::path p(e.path);
    std::string label = e.label();
    if (e.missing)
      label += tr("  (not found)", "  (niet gevonden)");
    ImGui::PushID(e.path.c_str());
    ImGui::BeginDisabled(e.missing);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    if (ImGui::Selectable(label.c_str(), false, 0, ImVec2(width, 0)))
      state.events.push(OpenFile{e.path});
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
      ImGui::SetTooltip("%s", e.path.c_str());
    // Two projects may share a title: the folder, dimmed, tells them apart.
    const float gap = ImGui::GetFontSize();
    const float labelW = ImGui::CalcTextSize(label.c_str()).x;
    const std::string folder = tailThatFits(homeShortened(p.parent_path().string()), width - labelW - gap);
    if (!folder.empty())
      ImGui::GetWindowDrawList()->AddText(ImVec2(at.x + width - ImGui::CalcTextSize(folder.c_str()).x, at.y),
                                          ImGui::GetColorU32(ImGuiCol_TextDisabled), folder.c_str());
    ImGui::PopID();
  }
  ImGui::Spacing();
  ImGui::TextDisabled("%s", tr("You can also drop a recording or project onto this window.",
                               "Je kunt ook een opname of project naar dit venster slepen."));
}

void StartScreen::drawMissing(AppState &state, float width) {
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  ImGui::TextUnformatted(state.workspace->recordingMissing()
                             ? missingRecordingText(*state.workspace).c_str()
                             : tr("The recording could not be played.", "De opname kon niet worden afgespeeld."));
  ImGui::PopTextWrapPos();
  ImGui::Spacing();
  if (state.workspace->recordingMissing()) {
    if (ImGui::Button(tr("Locate…", "Zoeken…")))
      state.events.push(ShowBrowser{BrowseFor::Folder, false});
    itemTooltip(tr("Choose the folder where the recording is now", "Kies de map waar de opname nu staat"));
  }
}

} // namespace spiegel::app::gui
