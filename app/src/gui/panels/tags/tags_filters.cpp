// The Tags tab's filter line: search text, element, valence, participant
// and reviewer combos (each "all" or one choice), feeding TagListModel, and
// whether the timeline hides (else dims) the tags they leave out.
#include "gui/panels/tags/tags_panel.hpp"

#include "common/i18n.hpp"
#include "gui/shell/test_layout.hpp"
#include "spiegel/annotate/rule_check.hpp"

#include <imgui.h>

#include <algorithm>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace spiegel::app::gui {
namespace {
struct Choice {
  std::string key, label;
};

// A combo as wide as its longest choice, so no preview is ever cut.
float comboWidth(const char *allLabel, const std::vector<Choice> &choices) {
  float text = ImGui::CalcTextSize(allLabel).x;
  for (const Choice &c : choices)
    text = std::max(text, ImGui::CalcTextSize(c.label.c_str()).x);
  return text + ImGui::GetStyle().FramePadding.x * 2.0f + ImGui::GetFrameHeight(); // the arrow button
}

// Keeps the filter row's items on one line while they fit, else starts the
// next one on a new line (the row wraps when the panel is narrow).
void flowNext(float width) {
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float lastRight = ImGui::GetItemRectMax().x;
  const float windowRight = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  if (lastRight + spacing + width <= windowRight)
    ImGui::SameLine();
}

// One combo: "all" or one of `choices`, as wide as its longest text;
// returns the new choice ("" = all) when it changed. `first`: the row's first
// item (no wrapping decision to make). The test layout names the combo
// "tags.filter.ID" (without the "##") and its open list's choices
// "tags.filter.ID.KEY".
std::optional<std::string> combo(const char *id, const char *allLabel, const char *tooltip,
                                 const std::vector<Choice> &choices, const std::string &current, bool first = false) {
  std::string preview = allLabel;
  for (const Choice &c : choices)
    if (c.key == current)
      preview = c.label;
  std::optional<std::string> changed;
  const float width = comboWidth(allLabel, choices);
  if (!first)
    flowNext(width);
  ImGui::SetNextItemWidth(width);
  TestLayout *tl = testLayout();
  const std::string name = std::string("tags.filter.") + (id + 2);
  const bool open = ImGui::BeginCombo(id, preview.c_str());
  if (tl != nullptr && !open)
    tl->lastItem(name);
  if (open) {
    if (ImGui::Selectable(allLabel, current.empty()))
      changed = std::string();
    for (const Choice &c : choices) {
      if (ImGui::Selectable(c.label.c_str(), c.key == current))
        changed = c.key;
      if (tl != nullptr)
        tl->lastItem(name + "." + c.key);
    }
    ImGui::EndCombo();
  }
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("%s", tooltip);
  return changed;
}

template <class Set> std::string single(const Set &s) { return s.size() == 1 ? std::string(*s.begin()) : std::string(); }

template <class Set> void setSingle(Set &s, const std::string &key) {
  s.clear();
  if (!key.empty())
    s.insert(key);
}
} // namespace

void TagsPanel::drawFilters(AppState &state) {
  const review::Workspace &ws = *state.workspace;
  viewmodels::TagListModel &model = state.tagList;
  ImGui::SetNextItemWidth(-1.0f);
  if (ImGui::InputTextWithHint("##search", tr("Search notes, indicators, people…", "Zoek in notities, indicatoren, personen…"),
                               m_search.data(), m_search.size()))
    model.setSearch(m_search.data());
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("%s", tr("Shows only tags whose note, indicator, element, people or reviewer contain this text",
                               "Toont alleen tags waarvan notitie, indicator, element, personen of beoordelaar deze tekst bevatten"));
  annotate::TagFilter f = model.filter();
  bool changed = false;

  std::vector<Choice> elements;
  for (const annotate::Element &e : ws.codebook().elements)
    elements.push_back({e.key, e.shortName.in(langCode())});
  if (auto c = combo("##element", tr("All elements", "Alle elementen"), tr("Show one element only", "Alleen één element tonen"),
                     elements, single(f.elements), true)) {
    setSingle(f.elements, *c);
    changed = true;
  }
  const std::vector<Choice> valences = {{"+", tr("+ positive", "+ positief")}, {"-", tr("- negative", "- negatief")}};
  const std::string v = !f.valence ? "" : *f.valence == annotate::Valence::Positive ? "+" : "-";
  if (auto c = combo("##valence", tr("+ and -", "+ en -"),
                     tr("Show positive or negative tags only", "Alleen positieve of negatieve tags tonen"), valences, v)) {
    f.valence.reset();
    if (*c == "+")
      f.valence = annotate::Valence::Positive;
    else if (*c == "-")
      f.valence = annotate::Valence::Negative;
    changed = true;
  }
  std::vector<Choice> people = {{annotate::kFamilySubject, tr("The family as a whole", "Het gezin als geheel")}};
  for (const annotate::Participant &p : ws.participants())
    people.push_back({p.id, annotate::subjectText(p.id, ws.participants()).in(langCode())});
  if (auto c = combo("##who", tr("Everyone", "Iedereen"), tr("Show tags about one person only", "Alleen tags over één persoon tonen"),
                     people, single(f.participants))) {
    setSingle(f.participants, *c);
    changed = true;
  }
  std::vector<Choice> reviewers;
  for (const annotate::Reviewer &r : ws.reviewers())
    reviewers.push_back({r.id, ws.reviewerNames().at(r.id)});
  if (auto c = combo("##reviewer", tr("All reviewers", "Alle beoordelaars"),
                     tr("Show the tags of one reviewer only", "Alleen de tags van één beoordelaar tonen"), reviewers,
                     single(f.reviewers))) {
    setSingle(f.reviewers, *c);
    changed = true;
  }
  if (changed)
    model.setFilter(std::move(f));

  // One id in both languages ("###"), so the test layout names one box.
  const std::string hide =
      std::string(tr("Hide the rest on the timeline", "Verberg de rest op de tijdlijn")) + "###hidefiltered";
  flowNext(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x +
           ImGui::CalcTextSize(hide.c_str(), nullptr, true).x);
  ImGui::Checkbox(hide.c_str(), &state.settings.hideFilteredTags); // saved with the settings on quit
  if (TestLayout *tl = testLayout())
    tl->lastItem("tags.hide_filtered");
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("%s", tr("The timeline dims the tags these filters leave out; tick this to hide them there "
                               "instead",
                               "De tijdlijn dimt de tags die deze filters weglaten; vink dit aan om ze daar te "
                               "verbergen"));
}

} // namespace spiegel::app::gui
