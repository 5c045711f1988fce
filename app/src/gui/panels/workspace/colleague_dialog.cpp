#include "gui/panels/workspace/colleague_dialog.hpp"

#include "common/i18n.hpp"
#include "common/review_messages.hpp"
#include "gui/shell/app_state.hpp"
#include "gui/shell/keymap_input.hpp"
#include "gui/shell/test_layout.hpp"
#include "gui/shell/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <filesystem>

namespace spiegel::app::gui {
namespace {
constexpr float kWidthEm = 34.0f;           // a comfortable line for the refusal sentences
const ImVec4 kRefused(0.9f, 0.7f, 0.4f, 1.0f); // the file browser's warm colour for what went wrong

// "3 entries new, 1 updated" (entries: tags, ratings, people, names) — only
// the counts that say something.
std::string counts(const store::MergeReport &r) {
  if (!r.changedAnything())
    return tr("nothing new (added before)", "niets nieuws (al eerder toegevoegd)");
  std::string out;
  const auto part = [&](int n, const char *en, const char *nl) {
    if (n == 0)
      return;
    out += (out.empty() ? "" : ", ") + std::to_string(n) + " " + tr(en, nl);
  };
  part(r.added, r.added == 1 ? "entry new" : "entries new", r.added == 1 ? "item nieuw" : "items nieuw");
  part(r.updated, "updated", "bijgewerkt");
  part(r.deleted, "deleted", "verwijderd");
  if (!r.conflicts.empty())
    out += std::string(", ") + std::to_string(r.conflicts.size()) +
           tr(" edited on both sides (the newest kept)", " aan beide kanten gewijzigd (de nieuwste gehouden)");
  return out;
}

// "2 tags, 1 rating": what the file holds on this recording.
std::string holds(const review::ColleagueFile &f) {
  const auto n = [](int k, const char *one, const char *many) { return std::to_string(k) + " " + (k == 1 ? one : many); };
  return n(f.tags, tr("tag", "tag"), tr("tags", "tags")) + ", " +
         n(f.ratings, tr("rating", "beoordeling"), tr("ratings", "beoordelingen"));
}

// In a blind round the work that comes in is hidden as the round says.
void blindNote(const AppState &state) {
  if (state.workspace->roundView().blind())
    ImGui::TextDisabled("%s", tr("A blind round runs: each colleague's work stays out of sight until they reveal it.",
                                 "Er loopt een blinde ronde: het werk van elke collega blijft uit zicht tot die het "
                                 "laat zien."));
}

std::string whose(const review::ColleagueFile &f) {
  std::string names;
  for (const auto &n : f.reviewers)
    names += (names.empty() ? "" : ", ") + n;
  return names.empty() ? f.name : f.name + " (" + names + ")";
}
} // namespace

void ColleagueDialog::onEvent(AppState &state, const Event &e) {
  if (!std::holds_alternative<AddColleagueWork>(e) || !state.workspace)
    return;
  m_active = true;
  m_files.clear();
  m_result.reset();
  const std::string start = state.settings.lastFolder.empty()
                                ? std::filesystem::path(state.workspace->projectPath()).parent_path().string()
                                : state.settings.lastFolder;
  m_browser.open(start, BrowseFor::Work);
}

void ColleagueDialog::close(AppState &state) {
  if (const int n = m_result ? m_result->mergedCount() : 0; n > 0)
    state.notify(std::to_string(n) + (n == 1 ? tr(" colleague's file added", " bestand van een collega toegevoegd")
                                             : tr(" colleagues' files added", " bestanden van collega's toegevoegd")));
  m_active = false;
  ImGui::CloseCurrentPopup();
}

void ColleagueDialog::draw(AppState &state) {
  if (m_active && !state.workspace)
    m_active = false; // the project was closed meanwhile
  const std::string title = tr("Add a colleague's work", "Werk van een collega toevoegen");
  if (!beginQueuedModal("###colleague", title, m_active, kWidthEm))
    return;
  if (TestLayout *tl = testLayout())
    tl->currentWindow("colleague");
  // The browser is a modal over this one; while it is open, and for two
  // frames after it closed (the Enter or Esc that closed it may reach the
  // key table a frame later), Esc and Enter are its.
  const bool browserBefore = ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId);
  const std::size_t files = m_files.size();
  const bool hadResult = m_result.has_value();
  if (auto chosen = m_browser.draw(state)) {
    state.settings.lastFolder = m_browser.folder();
    if (std::find(m_files.begin(), m_files.end(), *chosen) == m_files.end())
      m_files.push_back(*chosen);
  }
  if (browserBefore || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId))
    m_keysQuiet = 2;
  const bool browsing = m_keysQuiet > 0;
  if (m_keysQuiet > 0 && !browserBefore)
    --m_keysQuiet;
  if (m_result)
    drawResult(state, browsing);
  else
    drawChoice(state, browsing);
  if (files != m_files.size() || hadResult != m_result.has_value())
    m_settle = 3; // ImGui fits an auto-sized window to what the frame before drew
  if (m_settle > 0) {
    --m_settle;
    state.animating = true;
  }
  endQueuedModal();
}

void ColleagueDialog::drawChoice(AppState &state, bool browsing) {
  ImGui::TextWrapped("%s", tr("Choose the file in which each colleague coded this recording: their project "
                              "(.spiegel) or a package (.json). Spiegel checks that it is this recording and adds "
                              "their tags and ratings; a file added twice changes nothing.",
                              "Kies het bestand waarin elke collega deze opname heeft gecodeerd: het project "
                              "(.spiegel) of een pakket (.json). Spiegel kijkt na of het deze opname is en voegt "
                              "de tags en beoordelingen toe; een bestand twee keer toevoegen verandert niets."));
  blindNote(state);
  ImGui::Spacing();
  if (m_files.empty())
    ImGui::TextDisabled("%s", tr("No file chosen yet.", "Nog geen bestand gekozen."));
  std::optional<std::size_t> drop;
  for (std::size_t i = 0; i < m_files.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    if (ImGui::SmallButton("\xC3\x97")) // ×
      drop = i;
    itemTooltip(tr("Leave this file out", "Dit bestand weglaten"));
    ImGui::SameLine();
    ImGui::TextUnformatted(std::filesystem::path(m_files[i]).filename().string().c_str());
    // The folder in a tooltip: a long path wrapped inside the line reads as noise.
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("%s", m_files[i].c_str());
    ImGui::PopID();
  }
  if (drop)
    m_files.erase(m_files.begin() + static_cast<std::ptrdiff_t>(*drop));
  if (TestLayout *tl = testLayout())
    tl->value("colleague.files", static_cast<double>(m_files.size()));
  ImGui::Spacing();
  const int clicked = dialogButtons(
      kWidthEm,
      {{m_files.empty() ? tr("Choose a file…", "Bestand kiezen…") : tr("Choose another file…", "Nog een bestand kiezen…"),
        tr("Add a colleague's file to the list", "Het bestand van een collega aan de lijst toevoegen"), true,
        "colleague.choose"},
       {tr("Add their work", "Hun werk toevoegen"),
        tr("Check each file and add the work of those of this recording (Enter)",
           "Elk bestand nakijken en het werk van die van deze opname toevoegen (Enter)"),
        !m_files.empty(), "colleague.add"},
       {tr("Cancel", "Annuleren"), tr("Add nothing (Esc)", "Niets toevoegen (Esc)"), true, "colleague.cancel"}});
  if (clicked == 0)
    m_browser.open(m_browser.folder(), BrowseFor::Work);
  else if (clicked == 1 || (!browsing && !m_files.empty() && keymap::pressed(state, keymap::Action::Confirm)))
    add(state);
  else if (clicked == 2 || (!browsing && keymap::pressed(state, keymap::Action::Cancel)))
    close(state);
}

void ColleagueDialog::add(AppState &state) {
  auto r = review::addColleaguesWork(*state.workspace, m_files);
  if (!r) {
    state.events.push(ShowError{describe(r.error), tr("Nothing was added", "Er is niets toegevoegd")});
    close(state);
    return;
  }
  m_result = std::move(*r.value);
}

void ColleagueDialog::drawResult(AppState &state, bool browsing) {
  std::string summary; // for the test layout: one line per file
  for (const auto &f : m_result->files) {
    ImGui::PushID(f.path.c_str());
    if (f.merged) {
      const std::string line = whose(f) + ": " + holds(f) + "; " + counts(f.report);
      ImGui::TextUnformatted(line.c_str());
      summary += line + "\n";
    } else {
      const std::string why = f.refusal ? describe(f.refusal)
                                        : std::string(tr("not added: another file was refused",
                                                         "niet toegevoegd: een ander bestand is geweigerd"));
      ImGui::PushStyleColor(ImGuiCol_Text, kRefused);
      ImGui::TextWrapped("%s", why.c_str());
      ImGui::PopStyleColor();
      summary += why + "\n";
    }
    ImGui::PopID();
  }
  blindNote(state);
  if (TestLayout *tl = testLayout())
    tl->value("colleague.result", summary);
  ImGui::Spacing();
  const int clicked =
      dialogButtons(kWidthEm, {{tr("Close", "Sluiten"), tr("Back to the recording (Enter)", "Terug naar de opname (Enter)"),
                                true, "colleague.close"}});
  if (clicked == 0 || (!browsing && (keymap::pressed(state, keymap::Action::Confirm) ||
                                     keymap::pressed(state, keymap::Action::Cancel))))
    close(state);
}

} // namespace spiegel::app::gui
