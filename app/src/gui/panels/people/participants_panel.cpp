#include "gui/panels/people/participants_panel.hpp"

#include "common/review_messages.hpp"
#include "common/i18n.hpp"
#include "gui/shell/people_widgets.hpp"
#include "gui/shell/widgets.hpp"
#include "viewmodels/people_view.hpp"

#include "spiegel/annotate/roles.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstring>

namespace spiegel::app::gui {
namespace {

using annotate::Participant;
using annotate::ParticipantKind;
using annotate::RoleGroup;

std::string roleLabel(const std::string &key) { return std::string(annotate::roleText(key).in(langCode())); }

const char *groupText(RoleGroup g) {
  switch (g) {
  case RoleGroup::Family:
    return tr("Family", "Gezin");
  case RoleGroup::Network:
    return tr("Network", "Netwerk");
  case RoleGroup::Professional:
    return tr("Professionals", "Professionals");
  }
  return "";
}

// Short, so the person's role keeps the room in the narrow side panel.
const char *kindText(ParticipantKind k) {
  return k == ParticipantKind::FamilyMember ? tr("family", "gezin") : tr("prof.", "prof.");
}

// The role combo: roles grouped under small headings, in roleLabels() order.
bool roleCombo(std::string &role, const char *id) {
  bool changed = false;
  const std::string preview = role.empty() ? std::string(tr("Choose a role", "Kies een rol")) : roleLabel(role);
  if (ImGui::BeginCombo(id, preview.c_str())) {
    std::optional<RoleGroup> group;
    for (const annotate::RoleLabel &r : annotate::roleLabels()) {
      if (group != r.group) {
        group = r.group;
        ImGui::TextDisabled("%s", groupText(r.group));
      }
      const std::string label = "  " + r.label.in(langCode());
      if (ImGui::Selectable(label.c_str(), role == r.key)) {
        role = r.key;
        changed = true;
      }
    }
    ImGui::EndCombo();
  }
  itemTooltip(tr("The person's role in the conversation. Spiegel stores roles, not names.",
                 "De rol van deze persoon in het gesprek. Spiegel bewaart rollen, geen namen."));
  return changed;
}

} // namespace

std::string ParticipantsPanel::title() const { return tr("Participants", "Deelnemers"); }

void ParticipantsPanel::drawFields(Form &form, const char *idSuffix) {
  const float em = ImGui::GetFontSize();
  const std::string suffix(idSuffix);
  ImGui::SetNextItemWidth(em * 11.0f);
  if (roleCombo(form.role, ("##role" + suffix).c_str()))
    if (const annotate::RoleLabel *r = annotate::findRole(form.role))
      form.family = r->defaultKind() == ParticipantKind::FamilyMember;
  ImGui::SameLine();
  ImGui::ColorEdit3(("##colour" + suffix).c_str(), form.colour.data(),
                    ImGuiColorEditFlags_NoInputs | ImGuiColorEditFlags_NoLabel);
  itemTooltip(tr("The colour of this person's tags and lane. Click to change.",
                 "De kleur van de tags en de baan van deze persoon. Klik om te wijzigen."));
  ImGui::SetNextItemWidth(em * 11.0f);
  ImGui::InputTextWithHint(("##alias" + suffix).c_str(), tr("alias (optional)", "alias (optioneel)"), form.alias.data(),
                           form.alias.size());
  itemTooltip(tr("An optional short alias, e.g. initials. Leave it empty: the role is enough.",
                 "Een optionele korte alias, bijvoorbeeld initialen. Laat leeg: de rol is genoeg."));
  ImGui::SameLine();
  ImGui::Checkbox((std::string(tr("family member", "gezinslid")) + "##fam" + suffix).c_str(), &form.family);
  itemTooltip(tr("Family members are rated per person and count in the split-alliance spread; professionals are not "
                 "rated.",
                 "Gezinsleden worden per persoon beoordeeld en tellen mee in de spreiding (gespleten alliantie); "
                 "professionals worden niet beoordeeld."));
}

void ParticipantsPanel::draw(AppState &state) {
  if (!state.workspace) {
    hintText(tr("Open a project to see and add the people in the recording.",
                "Open een project om de personen in de opname te zien en toe te voegen."));
    return;
  }
  review::Workspace &ws = *state.workspace;
  if (m_seen != &ws) { // another project: fresh form, nothing being edited
    m_seen = &ws;
    m_addReady = false;
    m_editing.reset();
    m_message.clear();
  }
  hintText(tr("People are stored by role; an alias is optional. F1-F8 mark the first eight on a tag.",
              "Personen worden op rol bewaard; een alias is optioneel. F1-F8 markeren de eerste acht op een tag."));
  // A read-only project: seen, not changed (the band says why).
  ImGui::BeginDisabled(ws.readOnly());
  drawTable(ws);
  if (!m_message.empty())
    calmNote(m_message);
  ImGui::Separator();
  drawAddForm(ws);
  ImGui::EndDisabled();
}

void ParticipantsPanel::drawTable(review::Workspace &ws) {
  const auto &people = ws.participants();
  if (people.empty()) {
    hintText(tr("No one added yet. Add the family members and professionals below.",
                "Nog niemand toegevoegd. Voeg hieronder de gezinsleden en professionals toe."));
    return;
  }
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_PadOuterX;
  if (!ImGui::BeginTable("##people", 4, flags, ImVec2(tableWidth(24.0f), 0.0f)))
    return;
  ImGui::TableSetupColumn(tr("Key", "Toets"));
  ImGui::TableSetupColumn(tr("Person", "Persoon"), ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn(tr("Kind", "Soort"));
  ImGui::TableSetupColumn("##actions");
  ImGui::TableHeadersRow();
  int slot = 0;
  for (const Participant &p : people) {
    if (p.deleted)
      continue;
    ++slot;
    ImGui::PushID(p.id.c_str());
    if (m_editing == p.id)
      drawEditRow(ws, p);
    else
      drawRow(ws, p, slot);
    ImGui::PopID();
  }
  ImGui::EndTable();
}

void ParticipantsPanel::drawRow(review::Workspace &ws, const Participant &p, int slot) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  if (slot <= review::Workspace::kParticipantSlots) {
    ImGui::Text("F%d", slot);
    itemTooltip(tr("Press this key while tagging to add or remove this person on the tag.",
                   "Druk tijdens het taggen op deze toets om deze persoon aan de tag toe te voegen of eraf te halen."));
  }
  ImGui::TableNextColumn();
  colourSwatch(p.colour, tr("This person's colour.", "De kleur van deze persoon."));
  ImGui::SameLine();
  ImGui::TextUnformatted(personLabel(p).c_str());
  ImGui::TableNextColumn();
  ImGui::TextDisabled("%s", kindText(p.kind));
  itemTooltip(p.kind == ParticipantKind::FamilyMember
                  ? tr("Family member: rated per person.", "Gezinslid: wordt per persoon beoordeeld.")
                  : tr("Professional: not rated.", "Professional: wordt niet beoordeeld."));
  ImGui::TableNextColumn();
  if (ImGui::SmallButton(tr("Edit", "Wijzig"))) {
    m_editing = p.id;
    m_edit.role = p.role;
    copyInto(m_edit.alias, p.alias);
    m_edit.colour = viewmodels::parseColour(p.colour).value_or(std::array<float, 3>{0.6f, 0.6f, 0.6f});
    m_edit.family = p.kind == ParticipantKind::FamilyMember;
    m_message.clear();
  }
  itemTooltip(tr("Change role, alias, colour or kind in place.", "Wijzig rol, alias, kleur of soort hier ter plekke."));
  ImGui::SameLine();
  if (ImGui::SmallButton(tr("Remove", "Verwijder"))) {
    const review::Status st = ws.removeParticipant(p.id);
    m_message = describe(st.error); // empty when removed
  }
  itemTooltip(tr("Remove this person (undo with Ctrl+Z). Not possible while tags or ratings refer to them.",
                 "Verwijder deze persoon (ongedaan maken met Ctrl+Z). Kan niet zolang tags of beoordelingen naar "
                 "hen verwijzen."));
}

void ParticipantsPanel::drawEditRow(review::Workspace &ws, const Participant &p) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::TableNextColumn();
  drawFields(m_edit, "edit");
  ImGui::TableNextColumn();
  ImGui::TableNextColumn();
  if (ImGui::SmallButton(tr("Save", "Bewaar"))) {
    Participant changed = p;
    changed.role = m_edit.role;
    changed.alias = m_edit.alias.data();
    changed.colour = viewmodels::formatColour(m_edit.colour);
    changed.kind = m_edit.family ? ParticipantKind::FamilyMember : ParticipantKind::Professional;
    const review::Status st = ws.updateParticipant(changed);
    m_message = describe(st.error);
    if (st)
      m_editing.reset();
  }
  itemTooltip(tr("Keep these changes (undo with Ctrl+Z).", "Bewaar deze wijzigingen (ongedaan maken met Ctrl+Z)."));
  ImGui::SameLine();
  if (ImGui::SmallButton(tr("Cancel", "Annuleer")))
    m_editing.reset();
  itemTooltip(tr("Leave this person as they were.", "Laat deze persoon zoals die was."));
}

void ParticipantsPanel::drawAddForm(review::Workspace &ws) {
  if (!m_addReady) {
    m_add = Form{};
    m_add.colour = viewmodels::parseColour(viewmodels::suggestColour(ws.participants())).value_or(m_add.colour);
    m_addReady = true;
  }
  ImGui::TextUnformatted(tr("Add a person", "Persoon toevoegen"));
  drawFields(m_add, "add");
  ImGui::BeginDisabled(m_add.role.empty());
  if (ImGui::Button(tr("Add", "Voeg toe"))) {
    const auto kind = m_add.family ? ParticipantKind::FamilyMember : ParticipantKind::Professional;
    const auto added = ws.addParticipant(m_add.role, m_add.alias.data(), viewmodels::formatColour(m_add.colour), kind);
    m_message = describe(added.error);
    if (added)
      m_addReady = false; // fresh form with the next free colour
  }
  ImGui::EndDisabled();
  itemTooltip(m_add.role.empty() ? tr("Choose a role first.", "Kies eerst een rol.")
                                 : tr("Add this person to the project (undo with Ctrl+Z).",
                                      "Voeg deze persoon toe aan het project (ongedaan maken met Ctrl+Z)."));
}

} // namespace spiegel::app::gui
