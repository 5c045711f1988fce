#include "json_reader.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "spiegel/store/error.hpp"

namespace spiegel::store::detail {
namespace {

std::string lineAndColumn(std::string_view text, std::size_t byte) {
  byte = std::min(byte, text.size());
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i + 1 < byte; ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

} // namespace

void JsonReader::fail(const std::string &field, const std::string &what) const {
  throw StoreError(ErrorCode::BadPackage, m_source, m_source + ": " + field + ": " + what, field);
}

const Json *JsonReader::find(const Json &obj, const char *key) const {
  const auto it = obj.find(key);
  return it == obj.end() || it->is_null() ? nullptr : &*it;
}

const Json &JsonReader::require(const Json &obj, const char *key, const std::string &path) const {
  const Json *v = find(obj, key);
  if (v == nullptr)
    fail(path, "is missing");
  return *v;
}

const Json &JsonReader::object(const Json &v, const std::string &path) const {
  if (!v.is_object())
    fail(path, "must be an object");
  return v;
}

const Json &JsonReader::list(const Json &obj, const char *key, const std::string &path) const {
  const Json &v = require(obj, key, path);
  if (!v.is_array())
    fail(path, "must be a list");
  return v;
}

bool JsonReader::boolean(const Json &obj, const char *key, const std::string &path, bool fallback) const {
  const Json *v = find(obj, key);
  if (v == nullptr)
    return fallback;
  if (!v->is_boolean())
    fail(path, "must be true or false");
  return v->get<bool>();
}

std::string at(std::string_view list, std::size_t i) {
  return std::string(list) + "[" + std::to_string(i) + "]";
}

Json parseJson(std::string_view text, const std::string &sourceName) {
  try {
    return Json::parse(text.begin(), text.end());
  } catch (const Json::parse_error &e) {
    const std::string where = lineAndColumn(text, e.byte);
    throw StoreError(ErrorCode::BadPackage, sourceName, sourceName + ": " + where + ": not valid JSON", where);
  }
}

std::string readAssetFile(const std::filesystem::path &path, const char *what) {
  const std::string name = path.string();
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec))
    throw StoreError(ErrorCode::NotFound, name, std::string("no ") + what + " file at " + name);
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw StoreError(ErrorCode::Io, name, "cannot open " + name + " for reading");
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad())
    throw StoreError(ErrorCode::Io, name, "cannot read " + name);
  return buf.str();
}

} // namespace spiegel::store::detail
