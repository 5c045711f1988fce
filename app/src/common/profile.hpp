#pragma once
// The reviewer profile of this user, asked once and kept in the user's
// config directory (configDirectory()/identity.json); the window and the CLI
// read the same file.
//   auto me = loadIdentity();            // nullopt on first start: ask
//   saveIdentity({"Sanne", annotate::ReviewerRole::Trainee});
// UI thread only (plain files, no locking).
#include "spiegel/review/identity.hpp"

#include <optional>
#include <string>

namespace spiegel::app {

using review::Identity;

// configDirectory()/identity.json, or empty when there is no config dir.
[[nodiscard]] std::string identityFile();
// nullopt when the file is missing, damaged or has no name (first start).
[[nodiscard]] std::optional<Identity> loadIdentity(const std::string &file = identityFile());
// Writes atomically (temporary file + rename). False when it cannot be
// written (or the name is empty); the GUI then keeps it for this run only.
bool saveIdentity(const Identity &identity, const std::string &file = identityFile());

// The role in the current language ("trainee" / "in opleiding", …).
[[nodiscard]] std::string roleText(annotate::ReviewerRole role);

} // namespace spiegel::app
