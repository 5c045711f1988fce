#pragma once
// Fast reading of a package: a SAX pass that fills the (large) "annotations"
// list directly and builds an ordinary JSON tree for everything else. A
// 100 000-tag package parses several times faster than through a full tree.
#include "spiegel/store/package.hpp"

#include <nlohmann/json.hpp>

namespace spiegel::store {

struct SaxResult {
  nlohmann::json rest;                         // the document without "annotations"
  std::vector<Synced<Annotation>> annotations;
};

// Throws StoreError(BadPackage, sourceName, …, field) for syntax errors
// ("line L, column C") and for wrong or missing annotation fields
// ("annotations[3].start_us").
[[nodiscard]] SaxResult parsePackageSax(const std::string &text, const std::string &sourceName);

[[nodiscard]] std::string lineColumn(const std::string &text, std::size_t byte);

} // namespace spiegel::store
