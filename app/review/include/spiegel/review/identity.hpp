#pragma once
// Who is reviewing: the reviewer profile that makes and owns tags and
// ratings. A profile is a UUID made once on the user's machine, with a
// display name and a role; the name proves nothing (two people may share
// it, anyone can type it). app/ keeps profiles in the user's config
// directory (common/profile.hpp); review/ only uses them.
#include "spiegel/annotate/types.hpp"

#include <optional>
#include <string>

namespace spiegel::review {

struct Identity {
  std::string name; // as typed, trimmed; never empty
  annotate::ReviewerRole role = annotate::ReviewerRole::Trainee;
  annotate::Uuid id; // the profile: Reviewer::profile of every row it makes
  // Set only on a profile migrated from a name-only identity (before
  // profiles): the name it had then. Such a profile may claim, once per
  // project, the one reviewer row known only by that name — its own work
  // from before — and never a row that has a profile.
  std::string legacyName;
  bool operator==(const Identity &) const = default;
};

// "trainee" / "peer" / "trainer" and back (nullopt for anything else).
[[nodiscard]] std::string roleKey(annotate::ReviewerRole role);
[[nodiscard]] std::optional<annotate::ReviewerRole> roleFromKey(const std::string &key);

} // namespace spiegel::review
