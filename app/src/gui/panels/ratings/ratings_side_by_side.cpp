#include "gui/panels/ratings/ratings_side_by_side.hpp"

#include "common/i18n.hpp"
#include "common/review_messages.hpp"
#include "gui/shell/people_widgets.hpp"
#include "gui/shell/test_layout.hpp"
#include "gui/shell/widgets.hpp"
#include "spiegel/annotate/split_alliance.hpp"

#include <imgui.h>

#include <string>

namespace spiegel::app::gui {
namespace {
using viewmodels::RatingsSideModel;
// Why these: a soft rose for a split (a warning, not an error), amber for a
// row the reviewers rate two or more points apart (as the compare view's
// "no partner").
const ImU32 kSplitBg = IM_COL32(150, 70, 80, 110);
const ImU32 kWideBg = IM_COL32(240, 170, 60, 70);
constexpr int kWideSpread = 2;

void legend() {
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const float s = ImGui::GetFontSize() * 0.8f;
  ImDrawList *dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(ImVec2(at.x, at.y + 2.0f), ImVec2(at.x + s, at.y + 2.0f + s), kSplitBg);
  ImGui::Dummy(ImVec2(s, s));
  ImGui::SameLine();
  ImGui::TextWrapped("%s", tr("split alliance: this reviewer rates the family members 2 or more apart",
                              "gespleten alliantie: de cijfers van deze beoordelaar voor de gezinsleden liggen 2 of meer uiteen"));
  const ImVec2 at2 = ImGui::GetCursorScreenPos();
  dl->AddRectFilled(ImVec2(at2.x, at2.y + 2.0f), ImVec2(at2.x + s, at2.y + 2.0f + s), kWideBg);
  ImGui::Dummy(ImVec2(s, s));
  ImGui::SameLine();
  ImGui::TextWrapped("%s", tr("spread: the reviewers are 2 or more apart on this row",
                              "spreiding: de beoordelaars liggen hier 2 of meer uiteen"));
}
// The consensus of one row as a choice of the codebook's scale ("-": none
// agreed); a choice is written at once (Workspace::setConsensusRating, with
// everyone who revealed as agreeing) and is undoable.
void consensusCell(AppState &state, const viewmodels::SideRow &row) {
  review::Workspace &ws = *state.workspace;
  const std::string id = "##consensus." + row.subject + "." + row.element;
  const std::string shown = row.consensus ? RatingsSideModel::valueText(row.consensus) : std::string("-");
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 3.5f);
  if (ImGui::BeginCombo(id.c_str(), shown.c_str())) {
    review::Status st = review::Status::ok();
    if (ImGui::Selectable("-", !row.consensus))
      st = ws.clearConsensusRating(row.subject, row.element);
    for (const annotate::ScalePoint &p : ws.codebook().scale) {
      if (ImGui::Selectable(RatingsSideModel::valueText(p.value).c_str(), row.consensus == p.value))
        st = ws.setConsensusRating(row.subject, row.element, p.value);
      if (TestLayout *tl = testLayout())
        tl->lastItem("consensus.option." + std::to_string(p.value));
    }
    ImGui::EndCombo();
    if (!st)
      state.events.push(ShowError{describe(st.error), {}});
  }
  if (TestLayout *tl = testLayout())
    tl->lastItem("consensus." + row.subject + "." + row.element);
  itemTooltip(tr("The group's consensus for this row, agreed after everyone revealed; who agreed is kept with it.",
                 "De consensus van de groep voor deze rij, afgesproken nadat iedereen zijn werk liet zien; wie "
                 "akkoord ging wordt erbij bewaard."));
}
} // namespace

void drawRatingsSideBySide(AppState &state, viewmodels::RatingsSideModel &model) {
  model.refresh(*state.workspace);
  const auto &cols = model.columns();
  if (cols.empty()) {
    hintText(tr("Nobody's ratings are shown yet.", "Er zijn nog van niemand beoordelingen zichtbaar."));
    return;
  }
  if (model.rows().empty()) {
    hintText(tr("Add the family members on the Participants tab first.",
                "Voeg eerst de gezinsleden toe op het tabblad Deelnemers."));
    return;
  }
  // After the reveal the group agrees its consensus here, one cell at a time.
  const bool agreeing = state.workspace->round() != nullptr && static_cast<bool>(state.workspace->mayAgree()) &&
                        !state.workspace->readOnly();
  const bool consensusColumn = model.hasConsensus() || agreeing;
  const int n = static_cast<int>(cols.size()) + 3 + (consensusColumn ? 1 : 0);
  const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit |
                                ImGuiTableFlags_ScrollX | ImGuiTableFlags_ScrollY;
  const float under = ImGui::GetTextLineHeightWithSpacing() * 5.0f; // the legend, wrapped in a narrow panel
  if (!ImGui::BeginTable("##ratings_side", n, flags, ImVec2(0, -under)))
    return;
  ImGui::TableSetupScrollFreeze(2, 1);
  ImGui::TableSetupColumn(tr("Who", "Wie"));
  ImGui::TableSetupColumn(tr("Element", "Element"));
  for (const viewmodels::SideColumn &c : cols)
    ImGui::TableSetupColumn((c.gold ? c.name + tr(" (gold)", " (goud)") : c.name).c_str());
  if (consensusColumn)
    ImGui::TableSetupColumn(tr("Consensus", "Consensus"));
  ImGui::TableSetupColumn(tr("Spread", "Spreiding"));
  ImGui::TableHeadersRow();
  if (TestLayout *tl = testLayout())
    tl->value("ratings_side_columns", static_cast<double>(cols.size()));
  std::string lastSubject;
  int splitCells = 0;
  for (const viewmodels::SideRow &row : model.rows()) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    if (row.subject != lastSubject) // the person once per group of rows
      ImGui::TextUnformatted(row.subjectText.c_str());
    lastSubject = row.subject;
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(row.elementText.c_str());
    for (const viewmodels::SideCell &cell : row.cells) {
      ImGui::TableNextColumn();
      if (cell.split) {
        ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, kSplitBg);
        ++splitCells;
      }
      if (cell.value)
        ImGui::TextUnformatted(RatingsSideModel::valueText(cell.value).c_str());
      else
        ImGui::TextDisabled("-");
    }
    if (consensusColumn) {
      ImGui::TableNextColumn();
      if (agreeing)
        consensusCell(state, row);
      else
        ImGui::TextUnformatted(row.consensus ? RatingsSideModel::valueText(row.consensus).c_str() : "-");
    }
    ImGui::TableNextColumn();
    if (row.spread) {
      if (*row.spread >= kWideSpread)
        ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, kWideBg);
      ImGui::Text("%d", *row.spread);
    } else {
      ImGui::TextDisabled("-");
    }
  }
  ImGui::EndTable();
  if (TestLayout *tl = testLayout())
    tl->value("ratings_side_split_cells", static_cast<double>(splitCells));
  legend();
}

} // namespace spiegel::app::gui
