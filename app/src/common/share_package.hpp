#pragma once
// What `spiegel share` / `spiegel unpack` and the window's File ▸ Send to…
// and opening a .spiegelpkg share (issue #13 §4); the package itself is
// store/sealed_package.hpp. Any thread.
#include "spiegel/store/project.hpp"

#include <cstddef>
#include <optional>
#include <string>

namespace spiegel::app {

// A passphrase shorter than this is refused ("a few words are best").
inline constexpr std::size_t kMinPassphrase = 10;

// What is wrong with a new package's passphrase typed twice, in one
// sentence of the current language; "" when it will do.
[[nodiscard]] std::string passphraseProblem(const std::string &pass, const std::string &again);

// Now, in Unix ms; SPIEGEL_NOW_MS (a test hook, as SPIEGEL_STORE_MAX_PAGES)
// replaces it so a test can open a package after its expiry.
[[nodiscard]] store::UnixMillis shareNow();

// "YYYY-MM-DD" → the first instant (local time) of the day after, so a
// package opens through that whole day; nullopt when it is not such a date.
[[nodiscard]] std::optional<store::UnixMillis> expiryAfter(const std::string &day);

// The name a package shows as its sender: the reviewer's, else the login's.
[[nodiscard]] std::string shareSender();

// Whether `path` names a share package (by its extension, as the file
// browser lists them).
[[nodiscard]] bool isSharePackage(const std::string &path);

} // namespace spiegel::app
