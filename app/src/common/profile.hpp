#pragma once
// This user's reviewer profiles, kept in their config directory
// (configDirectory()/identity.json): the current one at the top level (id,
// name, role) and any others under "others". A profile's UUID is who the
// reviewer is; it is made here, once, and never typed. The window and the
// CLI read the same file, so both act as the same reviewer.
//   auto me = loadIdentity();                       // nullopt on first start: ask
//   saveIdentity(profileNamed("Sanne", ReviewerRole::Trainee)); // this user's Sanne, or a new one
// A file from before profiles ({"name", "role"} only) is migrated on first
// read: it gets a UUID and keeps the old name as Identity::legacyName.
// UI thread only (plain files, no locking).
#include "spiegel/review/identity.hpp"

#include <optional>
#include <string>
#include <vector>

namespace spiegel::app {

using review::Identity;

// configDirectory()/identity.json, or empty when there is no config dir.
[[nodiscard]] std::string identityFile();
// The current profile; nullopt when the file is missing, damaged or has no
// name (first start). Migrates (and rewrites) a file from before profiles.
[[nodiscard]] std::optional<Identity> loadIdentity(const std::string &file = identityFile());
// Every profile of this user, the current one first.
[[nodiscard]] std::vector<Identity> localProfiles(const std::string &file = identityFile());
// This user's profile with that name (its role set to `role` when given),
// or a new profile with a fresh UUID (trainee unless `role`) when they have
// none of that name. Typing a colleague's name therefore makes a new
// reviewer, never the colleague. Saves nothing: see saveIdentity() and
// rememberProfile().
[[nodiscard]] Identity profileNamed(const std::string &name, std::optional<annotate::ReviewerRole> role,
                                    const std::string &file = identityFile());
// Keeps `identity` among this user's profiles without making it current
// (current when there is none yet). False when it cannot be written.
bool rememberProfile(const Identity &identity, const std::string &file = identityFile());
// Makes `identity` the current profile (the others are kept). Writes
// atomically. False when it cannot be written (or the name or id is empty);
// the GUI then keeps it for this run only.
bool saveIdentity(const Identity &identity, const std::string &file = identityFile());

// The role in the current language ("trainee" / "in opleiding", …).
[[nodiscard]] std::string roleText(annotate::ReviewerRole role);

} // namespace spiegel::app
