#pragma once
// Who is reviewing on this laptop: name and role, asked once and kept in
// the user's config directory (configDirectory()/identity.json).
//   auto me = loadIdentity();            // nullopt on first start: ask
//   saveIdentity({"Sanne", annotate::ReviewerRole::Trainee});
// UI thread only (plain files, no locking).
#include "spiegel/annotate/types.hpp"

#include <optional>
#include <string>

namespace spiegel::app::workspace {

struct Identity {
  std::string name; // as typed, trimmed; never empty
  annotate::ReviewerRole role = annotate::ReviewerRole::Trainee;
  bool operator==(const Identity &) const = default;
};

// configDirectory()/identity.json, or empty when there is no config dir.
[[nodiscard]] std::string identityFile();
// nullopt when the file is missing, damaged or has no name (first start).
[[nodiscard]] std::optional<Identity> loadIdentity(const std::string &file = identityFile());
// Writes atomically (temporary file + rename). False when it cannot be
// written (or the name is empty); the GUI then keeps it for this run only.
bool saveIdentity(const Identity &identity, const std::string &file = identityFile());

// "trainee" / "peer" / "trainer" and back (nullopt for anything else).
[[nodiscard]] std::string roleKey(annotate::ReviewerRole role);
[[nodiscard]] std::optional<annotate::ReviewerRole> roleFromKey(const std::string &key);
// The role in the current language ("trainee" / "in opleiding", …).
[[nodiscard]] std::string roleText(annotate::ReviewerRole role);

} // namespace spiegel::app::workspace
