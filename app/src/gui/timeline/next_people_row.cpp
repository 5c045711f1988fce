#include "gui/timeline/next_people_row.hpp"

#include "common/i18n.hpp"
#include "gui/shell/people_widgets.hpp"
#include "gui/shell/test_layout.hpp"
#include "gui/shell/widgets.hpp"
#include "gui/timeline/element_lanes.hpp"

#include <imgui.h>

#include <algorithm>

namespace spiegel::app::gui {
namespace {
unsigned scaled(unsigned colour, float k, unsigned alpha) {
  const auto channel = [&](unsigned shift) {
    return static_cast<unsigned>(static_cast<float>((colour >> shift) & 0xFFu) * k);
  };
  return IM_COL32(channel(IM_COL32_R_SHIFT), channel(IM_COL32_G_SHIFT), channel(IM_COL32_B_SHIFT), alpha);
}
} // namespace

const char *NextPeopleRow::label() const { return tr("Next tags", "Volgende tags"); }

float NextPeopleRow::height(const Session &) const { return ImGui::GetFrameHeight() + 4.0f; }

void NextPeopleRow::draw(const TimelineContext &ctx, const Session &, float top, float height) {
  m_clicked.reset();
  const AppState *state = m_set.state();
  if (state == nullptr || !state->workspace)
    return;
  const review::Workspace &ws = *state->workspace;
  const auto &chosen = ws.currentParticipants();
  ImGui::SetCursorScreenPos(ImVec2(ctx.left + 8.0f, top + (height - ImGui::GetFrameHeight()) * 0.5f));
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
  std::string names;
  bool first = true;
  for (std::size_t i = 0; i < ws.participants().size(); ++i) {
    const annotate::Participant &p = ws.participants()[i];
    if (std::find(chosen.begin(), chosen.end(), p.id) == chosen.end())
      continue;
    const std::string who = personLabel(p);
    names += (names.empty() ? "" : ", ") + who;
    std::string text = who + "  \xC3\x97"; // ×
    if (i < static_cast<std::size_t>(review::Workspace::kParticipantSlots))
      text = "F" + std::to_string(i + 1) + "  " + text;
    if (!first)
      ImGui::SameLine();
    first = false;
    const unsigned c = colourU32(p.colour);
    ImGui::PushStyleColor(ImGuiCol_Button, scaled(c, 0.7f, 255));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, scaled(c, 0.85f, 255));
    ImGui::PushStyleColor(ImGuiCol_Border, scaled(c, 1.0f, 230));
    ImGui::PushID(p.id.c_str());
    if (ImGui::Button(text.c_str()))
      m_clicked = p.id;
    ImGui::PopID();
    ImGui::PopStyleColor(3);
    if (TestLayout *tl = testLayout())
      tl->lastItem("next_people." + std::to_string(i + 1));
    itemTooltip(tr("The next tags get this person; click to take them off (or their F-key with no tag open)",
                   "De volgende tags krijgen deze persoon; klik om hem of haar weg te halen (of de F-toets zonder "
                   "open tag)"));
  }
  if (std::find(chosen.begin(), chosen.end(), annotate::kFamilySubject) != chosen.end()) { // pinned from a tag
    names += (names.empty() ? "" : ", ") + std::string(tr("the family", "het gezin"));
    if (!first)
      ImGui::SameLine();
    first = false;
    if (ImGui::Button((std::string(tr("the family", "het gezin")) + "  \xC3\x97").c_str()))
      m_clicked = annotate::kFamilySubject;
  }
  ImGui::PopStyleVar();
  const char *hint = nullptr;
  if (state->editingTag)
    hint = tr("F1\xE2\x80\x93" "F8 now change the open tag only; F9 puts its people here",
              "F1\xE2\x80\x93" "F8 veranderen nu alleen de open tag; F9 zet de mensen ervan hier");
  else if (first)
    hint = tr("Nobody \xE2\x80\x94 F1\xE2\x80\x93" "F8 choose who the next tags are about",
              "Niemand \xE2\x80\x94 F1\xE2\x80\x93" "F8 kiezen over wie de volgende tags gaan");
  if (hint != nullptr) {
    if (!first)
      ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", hint);
  }
  if (TestLayout *tl = testLayout())
    tl->value("next_people", names);
}

void NextPeopleRow::apply(AppState &state) {
  if (!m_clicked || !state.workspace)
    return;
  std::vector<annotate::Uuid> people = state.workspace->currentParticipants();
  std::erase(people, *m_clicked);
  state.workspace->setCurrentParticipants(std::move(people));
  m_clicked.reset();
}

} // namespace spiegel::app::gui
