#pragma once
// The CLI's edits go through review/, with the window's rules: the same
// reviewer profile (common/profile), the same ownership and validation
// checks, the same sentences (common/review_messages).
//   auto ws = openForEditing(path, cliIdentity(p.value("--reviewer")));
//   check(ws->deleteTag(id), path);   // throws what guardStore words
#include "spiegel/review/workspace.hpp"

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

namespace spiegel::app {

// A review rule refused the edit (another reviewer's tag, a tag that is
// gone): guardStore prints the sentence and exits with kExitRefused.
struct RefusedError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Who the CLI acts as. With --reviewer NAME: this user's profile of that
// name, or a new one, kept among their profiles (current when they have
// none yet); never a colleague's. Without: the current profile, as the
// window uses it. Throws UsageError when there is none.
[[nodiscard]] review::Identity cliIdentity(const std::optional<std::string> &reviewerName);

// Whose view a reading command (tags list, export, agreement, round
// status) takes in a blind coding round: the profile --reviewer names (as
// cliIdentity), else the current one, else none ("": shown no one's work
// while a blind round runs).
[[nodiscard]] annotate::Uuid readerProfile(const std::optional<std::string> &reviewerName);

// A line on stderr when a blind round kept `hidden` tags or ratings from
// this reader (nothing when 0).
void sayHidden(int hidden);

// The project's workspace for editing as `me` (CLI open options, so the
// full-disk test hook applies). Throws StoreError.
[[nodiscard]] std::unique_ptr<review::Workspace> openForEditing(const std::string &path, const review::Identity &me);

// The project's workspace for reading only (no identity needed: every edit
// would be refused), read-write when possible as openForReading.
[[nodiscard]] std::unique_ptr<review::Workspace> openForLooking(const std::string &path);

// "family" (or "gezin") → kFamilySubject; otherwise the live participant
// with this role, added (an undoable edit, kind from the role list) when
// missing. Throws as check() does.
[[nodiscard]] annotate::Uuid participantByRole(review::Workspace &ws, const std::string &role);

// Nothing when `error` is none; otherwise throws: StoreError (a store
// failure, or a refused value as BadValue at its CLI option), RefusedError
// for a broken rule.
void check(const review::Error &error, const std::string &path);
inline void check(const review::Status &s, const std::string &path) { check(s.error, path); }

} // namespace spiegel::app
