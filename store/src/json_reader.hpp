#pragma once
// The pieces every reader of a JSON asset in the store shares (codebook,
// prompt bank, intervision methods): failures that name the file and the
// JSON path at fault, the common field checks, parse errors with line and
// column, and reading the file. Each format adds its own rules for text and
// numbers on top. Store-internal; not installed.
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace spiegel::store::detail {

using Json = nlohmann::json;

class JsonReader {
public:
  explicit JsonReader(std::string source) : m_source(std::move(source)) {}

  // Throws StoreError(BadPackage) whose field() is `field`.
  [[noreturn]] void fail(const std::string &field, const std::string &what) const;

  // The member, or nullptr when it is absent or null.
  const Json *find(const Json &obj, const char *key) const;
  const Json &require(const Json &obj, const char *key, const std::string &path) const;
  const Json &object(const Json &v, const std::string &path) const;
  const Json &list(const Json &obj, const char *key, const std::string &path) const;
  bool boolean(const Json &obj, const char *key, const std::string &path, bool fallback) const;

private:
  std::string m_source;
};

// "list[i]", the path of a list's entry.
std::string at(std::string_view list, std::size_t i);

// Parses text; a syntax error becomes StoreError(BadPackage) saying
// "<sourceName>: line L, column C: not valid JSON".
Json parseJson(std::string_view text, const std::string &sourceName);

// The whole file. StoreError NotFound when there is no such file (the
// message says "no <what> file at …"), Io when it cannot be read.
std::string readAssetFile(const std::filesystem::path &path, const char *what);

} // namespace spiegel::store::detail
