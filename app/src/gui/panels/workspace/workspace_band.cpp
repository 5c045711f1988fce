#include "gui/panels/workspace/workspace_band.hpp"

#include "common/i18n.hpp"
#include "gui/shell/test_layout.hpp"
#include "gui/shell/theme.hpp"
#include "gui/shell/widgets.hpp"

#include <imgui.h>

#include <string>

namespace spiegel::app::gui {
namespace {
// Amber for "you may only look", a calm blue for "one step first": both
// readable with the theme's light text and unlike any element colour.
constexpr unsigned kReadOnlyColour = colors::rgba(120, 84, 24);
constexpr unsigned kNoNameColour = colors::rgba(38, 70, 110);

// One full-width line: the sentence, then the button at its end (reported
// to tests as R[name] and R[name + ".button"]). True when it was clicked.
bool band(const std::string &name, unsigned colour, const char *text, const char *button, const char *tooltip) {
  const ImGuiStyle &style = ImGui::GetStyle();
  const float height = ImGui::GetFrameHeight() + style.WindowPadding.y * 2.0f;
  ImGui::PushStyleColor(ImGuiCol_ChildBg, colour);
  ImGui::BeginChild(("##" + name).c_str(), ImVec2(0, height), false,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse |
                        ImGuiWindowFlags_AlwaysUseWindowPadding);
  if (TestLayout *tl = testLayout())
    tl->currentWindow(name);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(text);
  ImGui::SameLine();
  const bool clicked = ImGui::Button(button);
  if (TestLayout *tl = testLayout())
    tl->lastItem(name + ".button");
  itemTooltip(tooltip);
  ImGui::EndChild();
  ImGui::PopStyleColor();
  return clicked;
}
} // namespace

void WorkspaceBand::draw(AppState &state) {
  if (!state.workspace)
    return;
  if (state.workspace->readOnly()) {
    if (band("band.readonly", kReadOnlyColour,
             tr("Read only: this project is in a folder you may not change. Save a copy… to tag.",
                "Alleen lezen: dit project staat in een map die je niet mag wijzigen. Bewaar een kopie… om te "
                "taggen."),
             tr("Save a copy…", "Kopie bewaren…"),
             tr("Copy the whole project to a folder of your own and open the copy there",
                "Het hele project naar een eigen map kopiëren en de kopie daar openen")))
      state.events.push(ShowBrowser{BrowseFor::Folder, false, FolderFor::SaveCopy});
  } else if (!state.identity) {
    if (band("band.noname", kNoNameColour,
             tr("You can watch now; tags and ratings wait for your name.",
                "Je kunt nu kijken; tags en beoordelingen wachten op je naam."),
             tr("Enter your name…", "Je naam invullen…"),
             tr("Your name and role, asked once; every tag carries them",
                "Je naam en rol, één keer gevraagd; elke tag draagt ze")))
      state.events.push(AskIdentity{false});
  }
}

} // namespace spiegel::app::gui
