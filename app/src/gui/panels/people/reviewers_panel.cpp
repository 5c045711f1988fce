#include "gui/panels/people/reviewers_panel.hpp"

#include "common/i18n.hpp"
#include "common/profile.hpp"
#include "gui/panels/people/round_section.hpp"
#include "gui/shell/people_widgets.hpp"
#include "gui/shell/widgets.hpp"
#include "gui/shell/test_layout.hpp"
#include "viewmodels/agreement_gold.hpp"
#include "viewmodels/people_view.hpp"

#include "spiegel/annotate/round.hpp"

#include <imgui.h>

namespace spiegel::app::gui {

std::string ReviewersPanel::title() const { return tr("Reviewers", "Beoordelaars"); }

namespace {
struct GoldClick {
  annotate::Uuid id;
  std::string name;
  bool gold = false;
};

// "Gold standard (expert)": an expert's coding that the others compare
// themselves with in the Agreement tab. Returns the click, applied after the
// table (marking reloads the workspace, whose reviewers the table walks).
std::optional<GoldClick> goldCheckbox(const annotate::Reviewer &r, const std::string &name) {
  if (annotate::isConsensus(r))
    return std::nullopt;
  bool gold = r.gold;
  const bool clicked = ImGui::Checkbox("##gold", &gold);
  if (TestLayout *tl = testLayout())
    tl->lastItem("reviewers.gold." + name);
  itemTooltip(tr("Gold standard (expert): the others compare their coding with this reviewer's in the Agreement "
                 "tab: the moments they missed and added, and whether their ratings meet the 90 % criterion.",
                 "Gouden standaard (expert): de anderen vergelijken hun codering met die van deze beoordelaar in het "
                 "tabblad Overeenstemming: de momenten die ze misten en toevoegden, en of hun beoordelingen het "
                 "criterium van 90 % halen."));
  return clicked ? std::optional(GoldClick{r.id, name, gold}) : std::nullopt;
}

// Marks or unmarks through viewmodels/agreement_gold (which says when not).
void applyGold(AppState &state, const GoldClick &click) {
  if (auto refused = viewmodels::markGold(*state.workspace, click.id, click.gold))
    state.events.push(ShowError{*refused});
  else
    state.notify(click.name + (click.gold ? tr(" is the gold standard now.", " is nu de gouden standaard.")
                                          : tr(" is no longer the gold standard.", " is niet langer de gouden standaard.")));
}
} // namespace

void ReviewersPanel::draw(AppState &state) {
  if (!state.workspace) {
    hintText(tr("Open a project to see who has reviewed it.", "Open een project om te zien wie het heeft beoordeeld."));
    return;
  }
  const review::Workspace &ws = *state.workspace;
  if (m_seen != &ws || m_seenRevision != ws.revision()) {
    m_counts = viewmodels::tagsPerReviewer(ws.tags());
    m_seen = &ws;
    m_seenRevision = ws.revision();
  }
  const auto &me = ws.identity();
  if (me) {
    const std::string who = std::string(tr("You are reviewing as ", "Je beoordeelt als ")) + ws.myName() + " (" +
                            app::roleText(me->role) + ").";
    wrappedText(who.c_str());
  } else {
    calmNote(tr("Nobody is reviewing yet: say who you are to start tagging and rating.",
                "Er beoordeelt nog niemand: zeg wie je bent om te beginnen met taggen en beoordelen."));
  }
  if (ImGui::Button(tr("Switch reviewer\xE2\x80\xA6", "Andere beoordelaar\xE2\x80\xA6")))
    state.events.push(AskIdentity{true});
  itemTooltip(tr("Tag and rate as someone else from now on. Everyone's tags and ratings stay in the project.",
                 "Tag en beoordeel vanaf nu als iemand anders. Ieders tags en beoordelingen blijven in het project."));
  ImGui::Spacing();
  drawRoundSection(state);
  ImGui::Separator();
  ImGui::Spacing();
  const auto &reviewers = ws.reviewers();
  if (reviewers.empty()) {
    hintText(tr("No one has tagged or rated in this project yet.",
                "Nog niemand heeft in dit project getagd of beoordeeld."));
    return;
  }
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_PadOuterX;
  if (!ImGui::BeginTable("##reviewers", 4, flags, ImVec2(tableWidth(22.0f), 0.0f)))
    return;
  ImGui::TableSetupColumn(tr("Reviewer", "Beoordelaar"), ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn(tr("Role", "Rol"));
  ImGui::TableSetupColumn(tr("Tags", "Tags"));
  ImGui::TableSetupColumn(tr("Gold standard", "Gouden standaard"));
  ImGui::TableHeadersRow();
  const auto current = ws.currentReviewerId();
  std::optional<GoldClick> click;
  for (const annotate::Reviewer &r : reviewers) {
    if (r.deleted)
      continue;
    ImGui::PushID(r.id.c_str());
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    colourSwatch(r.colour, tr("This reviewer's colour.", "De kleur van deze beoordelaar."));
    ImGui::SameLine();
    const bool isMe = current && *current == r.id;
    const std::string &shown = ws.reviewerNames().at(r.id);
    const std::string name = isMe ? shown + "  " + tr("(you)", "(jij)") : shown;
    if (isMe)
      ImGui::TextColored(ImVec4(0.62f, 0.78f, 0.95f, 1.0f), "%s", name.c_str());
    else
      ImGui::TextUnformatted(name.c_str());
    if (isMe)
      itemTooltip(tr("You: new tags and ratings are yours.", "Jij: nieuwe tags en beoordelingen zijn van jou."));
    ImGui::TableNextColumn();
    ImGui::TextDisabled("%s", app::roleText(r.role).c_str());
    ImGui::TableNextColumn();
    const auto it = m_counts.find(r.id);
    ImGui::Text("%d", it == m_counts.end() ? 0 : it->second);
    itemTooltip(tr("Tags this reviewer made in this recording.", "Tags die deze beoordelaar in deze opname maakte."));
    ImGui::TableNextColumn();
    if (auto c = goldCheckbox(r, shown))
      click = c;
    ImGui::PopID();
  }
  ImGui::EndTable();
  if (click)
    applyGold(state, *click);
}

} // namespace spiegel::app::gui
