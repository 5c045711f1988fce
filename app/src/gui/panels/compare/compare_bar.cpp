#include "gui/panels/compare/compare_bar.hpp"

#include "common/clock_text.hpp"
#include "common/edit_description.hpp"
#include "common/i18n.hpp"
#include "gui/shell/actions.hpp"
#include "gui/shell/keymap_input.hpp"
#include "gui/shell/test_layout.hpp"
#include "gui/shell/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace spiegel::app::gui {
namespace {
using keymap::Action;

// One legend entry: a drawn sample (`kind` 0 matched, 1 no partner, 2 a
// pair's line) and its words, on the current line.
void legendItem(int kind, const char *text) {
  const float em = ImGui::GetFontSize();
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImDrawList *dl = ImGui::GetWindowDrawList();
  const float h = ImGui::GetFrameHeight(), mid = at.y + h * 0.5f, r = em * 0.38f, x = at.x + em * 0.6f;
  const unsigned grey = IM_COL32(200, 200, 205, 255), amber = IM_COL32(240, 170, 60, 255);
  if (kind == 0) {
    dl->AddTriangleFilled(ImVec2(x, mid - r), ImVec2(x + r, mid + r * 0.8f), ImVec2(x - r, mid + r * 0.8f), grey);
  } else if (kind == 1) {
    const ImVec2 a(x - r * 1.3f, mid - r * 1.2f), b(x + r * 1.3f, mid + r * 1.2f);
    dl->AddRectFilled(a, b, IM_COL32(240, 170, 60, 45), 2.0f);
    dl->PushClipRect(a, b, true);
    for (float xx = a.x - (b.y - a.y); xx < b.x; xx += 5.0f)
      dl->AddLine(ImVec2(xx, b.y), ImVec2(xx + (b.y - a.y), a.y), IM_COL32(240, 170, 60, 150), 1.0f);
    dl->PopClipRect();
    dl->AddRect(a, b, amber, 2.0f, 0, 1.0f);
    dl->AddTriangle(ImVec2(x, mid - r), ImVec2(x + r, mid + r * 0.8f), ImVec2(x - r, mid + r * 0.8f), IM_COL32_WHITE,
                    1.5f);
  } else {
    dl->AddLine(ImVec2(x - r, mid - r * 1.2f), ImVec2(x + r, mid + r * 1.2f), IM_COL32(235, 235, 240, 200), 1.5f);
  }
  ImGui::Dummy(ImVec2(em * 1.3f, h));
  ImGui::SameLine(0.0f, 2.0f);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(text);
}

void elementCombo(AppState &state) {
  const review::Workspace &ws = *state.workspace;
  std::string &key = state.compare.choice.element;
  const char *all = tr("Every element, stacked", "Alle elementen, gestapeld");
  const std::string preview = key.empty() ? all : elementText(ws.codebook(), key);
  // Wide enough for the longest choice, so none is cut.
  float widest = ImGui::CalcTextSize(all).x;
  for (const annotate::Element &e : ws.codebook().elements)
    widest = std::max(widest, ImGui::CalcTextSize(elementText(ws.codebook(), e.key).c_str()).x);
  ImGui::SetNextItemWidth(widest + ImGui::GetFrameHeight() + ImGui::GetStyle().FramePadding.x * 3.0f);
  const bool open = ImGui::BeginCombo("##compare_element", preview.c_str());
  if (TestLayout *tl = testLayout())
    tl->lastItem("compare.element");
  itemTooltip(tr("Which element's tags to compare; or every element, one lane each per reviewer.",
                 "Welk element je vergelijkt; of alle elementen, een baan per element per beoordelaar."));
  if (!open)
    return;
  if (ImGui::Selectable(all, key.empty()))
    key.clear();
  if (TestLayout *tl = testLayout())
    tl->lastItem("compare.element.all");
  for (const annotate::Element &e : ws.codebook().elements) {
    if (ImGui::Selectable(elementText(ws.codebook(), e.key).c_str(), e.key == key))
      key = e.key;
    if (TestLayout *tl = testLayout())
      tl->lastItem("compare.element." + e.key);
  }
  ImGui::EndCombo();
}

void referenceCombo(AppState &state) {
  const review::Workspace &ws = *state.workspace;
  const auto &model = state.compare.model;
  const auto nameOf = [&](const annotate::Reviewer &r) {
    const auto it = ws.reviewerNames().find(r.id);
    std::string name = it != ws.reviewerNames().end() ? it->second : r.name;
    return r.gold ? name + tr(" (gold standard)", " (gouden standaard)") : name;
  };
  std::string preview = "-";
  for (const annotate::Reviewer &r : ws.reviewers())
    if (r.id == model.reference())
      preview = nameOf(r);
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 11.0f);
  const bool open = ImGui::BeginCombo("##compare_reference", preview.c_str());
  if (TestLayout *tl = testLayout())
    tl->lastItem("compare.reference");
  itemTooltip(tr("The reference: everyone else's tags are matched with this reviewer's. By default the gold "
                 "standard, else you.",
                 "De referentie: de tags van alle anderen worden gekoppeld met die van deze beoordelaar. Standaard "
                 "de gouden standaard, anders jijzelf."));
  if (!open)
    return;
  for (const annotate::Reviewer &r : ws.reviewers()) {
    if (ImGui::Selectable(nameOf(r).c_str(), r.id == model.reference()))
      state.compare.choice.reference = r.id;
    if (TestLayout *tl = testLayout())
      tl->lastItem("compare.reference." + r.name);
  }
  ImGui::EndCombo();
}

} // namespace

float compareBarHeight() { return ImGui::GetFrameHeightWithSpacing() + ImGui::GetTextLineHeightWithSpacing(); }

void drawCompareBar(AppState &state, CompareNotes notes) {
  const ImVec2 top = ImGui::GetCursorScreenPos();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr("Compare", "Vergelijken"));
  ImGui::SameLine();
  elementCombo(state);
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("%s", tr("reference", "referentie"));
  ImGui::SameLine();
  referenceCombo(state);
  ImGui::SameLine(0.0f, ImGui::GetFontSize() * 1.5f);
  legendItem(0, tr("matched", "gekoppeld"));
  ImGui::SameLine(0.0f, ImGui::GetFontSize());
  legendItem(1, tr("no partner", "geen partner"));
  ImGui::SameLine(0.0f, ImGui::GetFontSize());
  legendItem(2, tr("a matched pair", "een gekoppeld paar"));
  const std::string keys = keymap::menuHint(Action::NextDisagreement, language(), +1) + " / " +
                           keymap::menuHint(Action::NextDisagreement, language(), -1);
  ImGui::SameLine(0.0f, ImGui::GetFontSize());
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("%s %s", keys.c_str(), tr("next / previous difference", "volgend / vorig verschil"));
  const auto &model = state.compare.model;
  ImGui::TextUnformatted(model.summary().text.c_str());
  std::string note;
  if (notes.lanesCut)
    note = tr("Not every lane fits: choose one element.", "Niet elke baan past: kies een element.");
  if (notes.linksHidden)
    note += std::string(note.empty() ? "" : " ") +
            tr("Zoom in to see the pairs' lines.", "Zoom in om de lijnen van de paren te zien.");
  if (!note.empty()) {
    // After the summary when it fits there, else as "(?)" with the words on hover.
    ImGui::SameLine(0.0f, ImGui::GetFontSize());
    if (ImGui::CalcTextSize(note.c_str()).x <= ImGui::GetContentRegionAvail().x) {
      ImGui::TextDisabled("%s", note.c_str());
    } else {
      ImGui::TextDisabled("(?)");
      itemTooltip(note.c_str());
    }
  }
  if (TestLayout *tl = testLayout()) {
    tl->rect("compare.bar", top, ImVec2(top.x + ImGui::GetContentRegionAvail().x, ImGui::GetCursorScreenPos().y));
    tl->value("compare_summary", model.summary().text);
    tl->value("compare_element", state.compare.choice.element);
    tl->value("compare_reference", model.reference());
    tl->value("compare_links", static_cast<double>(model.links().size()));
    for (const viewmodels::Disagreement &d : model.disagreements())
      tl->append("compare_disagreements", static_cast<double>(d.at));
  }
}

void toggleCompareView(AppState &state) {
  state.compare.on = !state.compare.on;
  state.compare.lastJump.reset();
}

namespace {
void goToDisagreement(AppState &state, int direction) {
  if (!state.compare.on || !state.workspace) {
    state.notify(std::string(tr("Differences are shown in the compare view: ", "Verschillen staan in de vergelijking: ")) +
                 keymap::menuHint(Action::CompareView, language()) + tr(" opens it.", " opent die."));
    return;
  }
  const auto &model = state.compare.model;
  const auto &list = model.disagreements();
  const auto i = viewmodels::CompareModel::step(list, state.session->state.position, direction, state.compare.lastJump);
  if (!i) {
    state.notify(list.empty() ? tr("No differences: every tag has its partner.",
                                   "Geen verschillen: elke tag heeft zijn partner.")
                 : direction > 0 ? tr("No more differences after this point.", "Na dit punt geen verschillen meer.")
                                 : tr("No differences before this point.", "Voor dit punt geen verschillen."));
    return;
  }
  const viewmodels::Disagreement &d = list[*i];
  state.compare.lastJump = i;
  state.selectedTag = d.tag->id;
  actions::seekTo(state, d.at, media::SeekMode::Exact);
  const review::Workspace &ws = *state.workspace;
  state.notify(std::string(tr("Difference ", "Verschil ")) + std::to_string(*i + 1) + tr(" of ", " van ") +
               std::to_string(list.size()) + ": " + ws.ownerName(*d.tag) + " \xC2\xB7 " +
               elementText(ws.codebook(), d.tag->element) +
               (d.tag->valence == annotate::Valence::Negative ? " \xE2\x88\x92" : " +") + tr(" at ", " op ") +
               clockText(d.at) + tr(", no partner", ", geen partner"));
}
} // namespace

void handleCompareKeys(AppState &state) {
  keymap::Presses keys(state, {Action::CompareView, Action::NextDisagreement});
  while (const auto p = keys.next()) {
    if (p->action == Action::CompareView)
      toggleCompareView(state);
    else
      goToDisagreement(state, p->arg);
  }
}

} // namespace spiegel::app::gui
