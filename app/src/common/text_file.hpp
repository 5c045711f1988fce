#pragma once
// Small file helpers for the per-user files (settings, identity, recent
// projects). The atomic write is store::writeTextFile's, the one above
// media/ (media/ keeps its own for stills and caches: it may not use store).
#include "spiegel/annotate/validation.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace spiegel::app {

// The whole file, or nullopt when it cannot be read.
[[nodiscard]] std::optional<std::string> readTextFile(const std::string &path);
// Writes `path`.tmp, flushes, renames over `path`: a reader sees the old or
// the new content, never half. False on any failure (the tmp file is removed).
bool writeTextFileAtomically(const std::string &path, const std::string &text);
using annotate::trimmed; // the one trim, in annotate/validation.hpp

} // namespace spiegel::app
