// Workspace: the participants (undoable; refused while tags or ratings refer to them).
#include "spiegel/review/workspace.hpp"

#include "spiegel/annotate/roles.hpp"
#include "spiegel/store/uuid.hpp"

#include <algorithm>
#include <iterator>

namespace spiegel::review {

using annotate::EditCommand;

Result<Uuid> Workspace::addParticipant(const std::string &role, const std::string &alias,
                                       const std::string &colour,
                                       std::optional<annotate::ParticipantKind> kind) {
  if (role.empty())
    return Result<Uuid>::fail(Error::of(Problem::NewParticipantNeedsRole));
  Participant p;
  p.id = store::newUuid(); // known before the write, so a redo puts back the same person
  p.role = role;
  p.alias = alias;
  // Why these: Okabe–Ito colours, distinguishable for colour-blind viewers.
  static constexpr const char *kColours[] = {"#e69f00", "#56b4e9", "#009e73", "#cc79a7",
                                             "#d55e00", "#0072b2", "#f0e442", "#999999"};
  p.colour = colour.empty() ? kColours[m_participants.size() % std::size(kColours)] : colour;
  const auto *known = annotate::findRole(role);
  p.kind = kind.value_or(known != nullptr ? known->defaultKind() : annotate::ParticipantKind::FamilyMember);
  if (auto s = execute(EditCommand::addParticipant(p)); !s)
    return Result<Uuid>::fail(s.error);
  return Result<Uuid>::ok(p.id);
}

Status Workspace::updateParticipant(const Participant &p) {
  const auto *current = participant(p.id);
  if (current == nullptr)
    return Status::fail(Error::of(Problem::ParticipantGone));
  if (p.role.empty())
    return Status::fail(Error::of(Problem::ParticipantNeedsRole));
  Participant after = p;
  after.deleted = false;
  if (after == *current)
    return Status::ok();
  return execute(EditCommand::editParticipant(*current, after));
}

Status Workspace::checkUnused(const Uuid &id) const {
  // Tags and ratings of every recording count, not only this one's.
  std::size_t tags = 0, ratings = 0;
  for (const auto &a : m_project->annotations())
    tags += static_cast<std::size_t>(std::count(a.participants.begin(), a.participants.end(), id) > 0);
  for (const auto &r : m_project->ratings())
    ratings += static_cast<std::size_t>(r.subject == id);
  if (tags + ratings == 0)
    return Status::ok();
  return Status::fail(Error::of(Problem::ParticipantInUse, {}, static_cast<long long>(tags),
                                static_cast<long long>(ratings)));
}

Status Workspace::removeParticipant(const Uuid &id) {
  const auto *current = participant(id);
  if (current == nullptr)
    return Status::fail(Error::of(Problem::ParticipantGone));
  try {
    if (auto s = checkUnused(id); !s)
      return s;
  } catch (...) {
    return Status::fail(currentError());
  }
  return execute(EditCommand::removeParticipant(*current));
}

} // namespace spiegel::review
