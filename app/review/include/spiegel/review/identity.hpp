#pragma once
// Who is reviewing: the reviewer profile that makes and owns tags and
// ratings. app/ keeps it in the user's config directory (common/profile.hpp);
// review/ only uses it.
#include "spiegel/annotate/types.hpp"

#include <optional>
#include <string>

namespace spiegel::review {

struct Identity {
  std::string name; // as typed, trimmed; never empty
  annotate::ReviewerRole role = annotate::ReviewerRole::Trainee;
  bool operator==(const Identity &) const = default;
};

// "trainee" / "peer" / "trainer" and back (nullopt for anything else).
[[nodiscard]] std::string roleKey(annotate::ReviewerRole role);
[[nodiscard]] std::optional<annotate::ReviewerRole> roleFromKey(const std::string &key);

} // namespace spiegel::review
