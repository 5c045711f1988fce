#pragma once
// Participant roles: what the UI offers instead of names (DESIGN.md §4).
//   for (const RoleLabel &r : roleLabels()) combo.add(r.key, r.label.in(lang));
//   Text shown = roleText(participant.role);   // unknown keys are shown as typed
#include <span>
#include <string_view>

#include "spiegel/annotate/types.hpp"

namespace spiegel::annotate {

enum class RoleGroup { Family, Network, Professional };

struct RoleLabel {
  std::string key; // stored in Participant::role; Dutch, lower case, ASCII
  Text label;      // e.g. {"mother", "moeder"}
  RoleGroup group = RoleGroup::Family;
  // Whether a participant with this role counts as a family member by default
  // (rated per person, part of the split-alliance spread). Only Family roles.
  [[nodiscard]] bool familyMember() const { return group == RoleGroup::Family; }
  // The ParticipantKind a new participant with this role starts with.
  [[nodiscard]] ParticipantKind defaultKind() const {
    return group == RoleGroup::Family ? ParticipantKind::FamilyMember : ParticipantKind::Professional;
  }
};

// All known roles, family first, then network, then professionals. The list
// is fixed for the lifetime of the program.
[[nodiscard]] std::span<const RoleLabel> roleLabels();

// The role with this key (exact match), or nullptr.
[[nodiscard]] const RoleLabel *findRole(std::string_view key);

// The label to show for a role key: the known label, or the key itself in
// both languages when it is not a known role (users may type their own).
[[nodiscard]] Text roleText(std::string_view key);

} // namespace spiegel::annotate
