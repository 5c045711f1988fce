#pragma once
// Reading and writing a codebook as JSON (format: docs/formats.md, "Codebook").
//
//   auto cb = spiegel::store::loadCodebook(assetsDir / "codebooks/alliance.json");
//   std::string copy = spiegel::store::codebookToJson(cb); // e.g. into a project
//
// Every problem with the content throws StoreError(ErrorCode::BadPackage)
// whose file() is the source name and whose field() is the JSON path at
// fault, e.g. "indicators[3].element" (or "line 4, column 7" for a syntax
// error). The store does not know where assets live: callers pass the path.
#include <filesystem>
#include <string>
#include <string_view>

#include "spiegel/annotate/types.hpp"

namespace spiegel::store {

// The JSON format version this build writes and the newest it reads.
inline constexpr int kCodebookFormatVersion = 1;

// Reads and validates a codebook file. Throws StoreError: NotFound when there
// is no file, Io when it cannot be read, BadPackage when the content is wrong.
[[nodiscard]] annotate::Codebook loadCodebook(const std::filesystem::path &path);

// Parses and validates codebook JSON text; sourceName is used in errors
// (a file name, or e.g. "project codebook").
[[nodiscard]] annotate::Codebook parseCodebook(std::string_view text, const std::string &sourceName);

// Writes a codebook as JSON (two-space indented, UTF-8, keys in a fixed
// order). parseCodebook(codebookToJson(cb), …) == cb for every valid cb.
[[nodiscard]] std::string codebookToJson(const annotate::Codebook &codebook);

} // namespace spiegel::store
