#include "gui/panels/ratings/ratings_panel.hpp"

#include "common/profile.hpp"
#include "common/review_messages.hpp"
#include "common/edit_description.hpp"
#include "common/i18n.hpp"
#include "gui/panels/ratings/ratings_side_by_side.hpp"
#include "gui/shell/people_widgets.hpp"
#include "gui/shell/test_layout.hpp"
#include "gui/shell/widgets.hpp"
#include "viewmodels/people_view.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <string>

namespace spiegel::app::gui {
namespace {

using viewmodels::RatingCell;
using viewmodels::RatingRow;

std::string signedValue(int v) { return v > 0 ? "+" + std::to_string(v) : std::to_string(v); }

std::string cellKey(const RatingCell &c) { return c.subject + "|" + c.element; }

// Soft green / soft rose for positive / negative indicator lines.
const ImVec4 kPositive(0.55f, 0.80f, 0.62f, 1.0f);
const ImVec4 kNegative(0.88f, 0.62f, 0.62f, 1.0f);

} // namespace

std::string RatingsPanel::title() const { return tr("Ratings", "Beoordelingen"); }

void RatingsPanel::draw(AppState &state) {
  if (!state.workspace) {
    hintText(tr("Open a project to rate the alliance.", "Open een project om de alliantie te beoordelen."));
    return;
  }
  if (ImGui::RadioButton(tr("My ratings", "Mijn beoordelingen"), !m_sideBySide))
    m_sideBySide = false;
  ImGui::SameLine();
  if (ImGui::RadioButton(tr("Side by side", "Naast elkaar"), m_sideBySide))
    m_sideBySide = true;
  if (TestLayout *tl = testLayout())
    tl->lastItem("ratings.side_by_side");
  itemTooltip(tr("Every reviewer's ratings shown to you in one table, with the spread per row.",
                 "De beoordelingen van elke zichtbare beoordelaar in een tabel, met de spreiding per rij."));
  if (m_sideBySide) {
    drawRatingsSideBySide(state, m_side);
    return;
  }
  state.ratings.refresh(*state.workspace);
  drawHeader(state);
  if (const std::size_t n = state.ratings.allWarnings().size(); n > 0) {
    calmNote(std::to_string(n) + (n == 1
                                      ? tr(" rating to look at again: see the note under it.",
                                           " beoordeling om nog eens naar te kijken: zie de opmerking eronder.")
                                      : tr(" ratings to look at again: see the notes under them.",
                                           " beoordelingen om nog eens naar te kijken: zie de opmerkingen eronder.")));
    // The note may be far down a long list: one click brings it into view.
    if (ImGui::SmallButton(tr("Show", "Toon")))
      m_scrollToWarning = true;
    itemTooltip(tr("Scroll to the first rating with a note", "Naar de eerste beoordeling met een opmerking gaan"));
  }
  if (!m_message.empty())
    calmNote(m_message);
  const auto &rows = state.ratings.rows();
  if (rows.empty()) {
    hintText(tr("Add the family members on the Participants tab first; then rate them here.",
                "Voeg eerst de gezinsleden toe op het tabblad Deelnemers; beoordeel ze daarna hier."));
    return;
  }
  for (std::size_t i : viewmodels::ratingOrder(rows))
    drawRow(state, rows[i]);
  drawSpreads(state.ratings);
}

void RatingsPanel::drawHeader(const AppState &state) const {
  const auto &me = state.workspace->identity();
  if (me) {
    const std::string who =
        std::string(tr("Ratings of ", "Beoordelingen van ")) + me->name + " (" + app::roleText(me->role) + ")";
    ImGui::TextUnformatted(who.c_str());
    itemTooltip(tr("Each reviewer has their own ratings. Switch reviewer on the Reviewers tab.",
                   "Elke beoordelaar heeft eigen beoordelingen. Wissel van beoordelaar op het tabblad Beoordelaars."));
  } else {
    calmNote(tr("Say who you are first (Reviewers tab): ratings belong to a reviewer.",
                "Zeg eerst wie je bent (tabblad Beoordelaars): beoordelingen horen bij een beoordelaar."));
  }
  hintText(tr("Rate at the end of the session, from the ticked indicators. Start with the least involved member: "
              "members are listed with the fewest tags first.",
              "Beoordeel aan het eind van de sessie, op grond van de aangevinkte indicatoren. Begin met het minst "
              "betrokken gezinslid: de gezinsleden staan op volgorde van minste tags eerst."));
}

void RatingsPanel::drawRow(AppState &state, const RatingRow &row) {
  ImGui::PushID(row.subject.c_str());
  ImGui::Spacing();
  ImGui::Separator();
  if (!row.family)
    if (const annotate::Participant *p = state.workspace->participant(row.subject)) {
      colourSwatch(p->colour, tr("This person's colour.", "De kleur van deze persoon."));
      ImGui::SameLine();
    }
  ImGui::TextUnformatted(row.label.c_str());
  for (const RatingCell &cell : row.cells)
    drawCell(state, cell);
  ImGui::PopID();
}

void RatingsPanel::drawCell(AppState &state, const RatingCell &cell) {
  review::Workspace &ws = *state.workspace;
  ImGui::PushID(cell.element.c_str());
  const annotate::Element *el = ws.codebook().element(cell.element);
  const std::string name = elementText(ws.codebook(), cell.element);
  const std::string key = cellKey(cell);
  ImGui::Indent();
  // Line 1: element (its short name, as on the lanes and in the list; the
  // long name and definition on hover), the label of the hovered (last
  // frame) or chosen value, tag counts.
  ImGui::TextDisabled("%s", name.c_str());
  if (el != nullptr)
    itemTooltip((el->name.in(langCode()) + "\n" + el->definition.in(langCode())).c_str());
  ImGui::SameLine();
  const auto valueText = [&](int v) {
    std::string text = signedValue(v);
    for (const auto &opt : state.ratings.scale())
      if (opt.value == v)
        text += " " + opt.label;
    return text;
  };
  // The saved value stays as it is; a hovered button is a preview beside it,
  // dimmed and marked as what a click would do, never mistaken for saved.
  if (cell.value)
    ImGui::TextUnformatted(valueText(*cell.value).c_str());
  else
    ImGui::TextDisabled("%s", tr("- not rated yet", "- nog niet beoordeeld"));
  if (m_hoverKey == key && std::optional<int>(m_hoverValue) != cell.value) {
    ImGui::SameLine();
    ImGui::TextDisabled("\xE2\x86\x92 %s %s", valueText(m_hoverValue).c_str(),
                        tr("(click)", "(klik)"));
  }
  ImGui::SameLine();
  const std::string counts = "   " + std::to_string(cell.positive) + "+ / " + std::to_string(cell.negative) + "-";
  ImGui::TextDisabled("%s", counts.c_str());
  itemTooltip(tr("Tags of this person and element: positive / negative.",
                 "Tags van deze persoon en dit element: positief / negatief."));
  // Line 2: the scale, clear, the rationale; seen, not changed, in a
  // read-only project (the band says why).
  ImGui::BeginDisabled(ws.readOnly());
  drawScale(ws, state.ratings.scale(), cell);
  ImGui::SameLine();
  // The rationale goes beside the scale when its hint fits there, else on
  // its own line: a cut "onderbouwing (optie" reads as a fault.
  const char *hint = tr("rationale (optional)", "onderbouwing (optioneel)");
  if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(hint).x + ImGui::GetFontSize() * 3.0f)
    ImGui::NewLine();
  drawRationale(ws, cell, hint);
  ImGui::EndDisabled();
  drawTicks(state, cell);
  for (const std::string &w : cell.warnings) {
    if (m_scrollToWarning) {
      ImGui::SetScrollHereY(0.25f);
      m_scrollToWarning = false;
    }
    calmNote(w);
  }
  ImGui::Unindent();
  ImGui::PopID();
}

void RatingsPanel::drawScale(review::Workspace &ws, const std::vector<viewmodels::ScaleOption> &scale,
                             const RatingCell &cell) {
  const float h = ImGui::GetFrameHeight();
  const std::string key = cellKey(cell);
  if (m_hoverKey == key)
    m_hoverKey.clear(); // set again below while the mouse stays
  const std::string &rationale = m_rationale[key];
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(2.0f, ImGui::GetStyle().ItemSpacing.y));
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(2.0f, ImGui::GetStyle().FramePadding.y));
  for (const viewmodels::ScaleOption &opt : scale) {
    const bool selected = cell.value == opt.value;
    if (selected)
      ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.33f, 0.47f, 0.66f, 1.0f));
    const std::string label = signedValue(opt.value) + "##v";
    ImGui::PushID(opt.value);
    if (ImGui::Button(label.c_str(), ImVec2(h * 1.15f, h)) && !selected) {
      const review::Status st = ws.setRating(cell.subject, cell.element, opt.value, rationale);
      m_message = describe(st.error);
    }
    ImGui::PopID();
    if (selected)
      ImGui::PopStyleColor();
    if (ImGui::IsItemHovered()) {
      m_hoverKey = key;
      m_hoverValue = opt.value;
    }
    itemTooltip((signedValue(opt.value) + " " + opt.label).c_str());
    ImGui::SameLine();
  }
  ImGui::BeginDisabled(!cell.value.has_value());
  if (ImGui::Button("x##clear", ImVec2(h * 0.9f, h))) {
    const review::Status st = ws.clearRating(cell.subject, cell.element);
    m_message = describe(st.error);
  }
  ImGui::EndDisabled();
  itemTooltip(tr("Clear this rating (undo with Ctrl+Z).", "Wis deze beoordeling (ongedaan maken met Ctrl+Z)."));
  ImGui::PopStyleVar(2);
}

void RatingsPanel::drawRationale(review::Workspace &ws, const RatingCell &cell, const char *hint) {
  std::string &text = m_rationale[cellKey(cell)];
  ImGui::SetNextItemWidth(-1.0f);
  ImGui::InputTextWithHint("##why", hint, &text);
  const bool editing = ImGui::IsItemActive();
  if (ImGui::IsItemDeactivatedAfterEdit()) {
    if (cell.value) {
      const review::Status st = ws.setRating(cell.subject, cell.element, *cell.value, text);
      m_message = describe(st.error);
    } else {
      m_message = tr("Choose a value on the scale first; the rationale is kept with the rating.",
                     "Kies eerst een waarde op de schaal; de onderbouwing hoort bij de beoordeling.");
    }
  } else if (!editing) {
    text = cell.rationale; // follow undo, redo and reviewer switches
  }
  itemTooltip(tr("Why this rating, in a few words: which moments or indicators. Optional.",
                 "Waarom deze beoordeling, in een paar woorden: welke momenten of indicatoren. Optioneel."));
}

void RatingsPanel::drawTicks(AppState &state, const RatingCell &cell) {
  for (std::size_t i = 0; i < cell.ticks.size(); ++i) {
    const viewmodels::IndicatorTick &t = cell.ticks[i];
    const bool positive = t.valence == annotate::Valence::Positive;
    const std::string line =
        std::string(positive ? "+ " : "- ") + t.label + "  x" + std::to_string(t.count) + "##tick" + std::to_string(i);
    ImGui::PushStyleColor(ImGuiCol_Text, positive ? kPositive : kNegative);
    if (ImGui::Selectable(line.c_str(), false) && !t.tags.empty())
      state.selectedTag = t.tags.front();
    ImGui::PopStyleColor();
    itemTooltip(tr("Click to select the first tag with this indicator.",
                   "Klik om de eerste tag met deze indicator te selecteren."));
  }
}

void RatingsPanel::drawSpreads(const viewmodels::RatingsModel &model) {
  if (model.spreads().empty())
    return;
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::TextUnformatted(
      tr("Spread across family members (split alliance)", "Spreiding tussen gezinsleden (gespleten alliantie)"));
  itemTooltip(tr("How far the members' ratings lie apart per element. A large spread suggests a split alliance.",
                 "Hoe ver de beoordelingen van de gezinsleden per element uiteenliggen. Een grote spreiding wijst op "
                 "een gespleten alliantie."));
  for (const viewmodels::SpreadRow &s : model.spreads()) {
    const std::string line = s.elementText + ": " + s.text;
    ImGui::BulletText("%s", line.c_str());
  }
}

} // namespace spiegel::app::gui
