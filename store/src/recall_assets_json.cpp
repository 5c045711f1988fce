#include "spiegel/store/recall_assets_json.hpp"

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "json_reader.hpp"
#include "spiegel/store/error.hpp"

namespace spiegel::store {
namespace {

using annotate::Text;
using detail::Json;

constexpr std::string_view kPromptsFormat = "spiegel-recall-prompts";
constexpr std::string_view kMethodsFormat = "spiegel-intervision-methods";
// A phase longer than three hours is a typing error, not a suggestion.
constexpr int kMaxPhaseMinutes = 180;

// Reads one document; every failure names the JSON path at fault. Unlike
// the codebook's, every text needs both languages.
class Reader : public detail::JsonReader {
public:
  using JsonReader::JsonReader;

  std::string nonEmptyString(const Json &v, const std::string &path) const {
    if (!v.is_string())
      fail(path, "must be text");
    std::string s = v.get<std::string>();
    if (s.empty())
      fail(path, "must not be empty");
    return s;
  }

  std::string string(const Json &obj, const char *key, const std::string &path) const {
    return nonEmptyString(require(obj, key, path), path);
  }

  // Absent (or null) gives "", present must be non-empty text.
  std::string optionalString(const Json &obj, const char *key, const std::string &path) const {
    const Json *v = find(obj, key);
    return v == nullptr ? std::string() : nonEmptyString(*v, path);
  }

  int integer(const Json &obj, const char *key, const std::string &path) const {
    const Json &v = require(obj, key, path);
    if (!v.is_number_integer())
      fail(path, "must be a whole number");
    const auto n = v.get<std::int64_t>();
    if (n < -1'000'000 || n > 1'000'000)
      fail(path, "is out of range");
    return static_cast<int>(n);
  }

  // {"en": …, "nl": …}, both required and non-empty.
  Text text(const Json &obj, const char *key, const std::string &path) const {
    const Json &v = require(obj, key, path);
    if (!v.is_object())
      fail(path, "must be an object with \"en\" and \"nl\"");
    return Text{string(v, "en", path + ".en"), string(v, "nl", path + ".nl")};
  }

  // A list with at least one entry.
  const Json &entries(const Json &obj, const char *key, const std::string &path) const {
    const Json &v = list(obj, key, path);
    if (v.empty())
      fail(path, "needs at least one entry");
    return v;
  }

  // The document's "format" and "format_version".
  void header(const Json &doc, std::string_view format, int newest) const {
    if (!doc.is_object())
      fail("(document)", "must be a JSON object");
    if (string(doc, "format", "format") != format)
      fail("format", "must be \"" + std::string(format) + "\"");
    const int version = integer(doc, "format_version", "format_version");
    if (version < 1)
      fail("format_version", "must be 1 or higher");
    if (version > newest)
      fail("format_version", "version " + std::to_string(version) +
                                 " was written by a newer Spiegel (this one reads up to " + std::to_string(newest) +
                                 ")");
  }
};

using detail::at;
using detail::parseJson;

annotate::RecallPrompt readPrompt(const Reader &r, const Json &j, const std::string &p) {
  r.object(j, p);
  annotate::RecallPrompt prompt;
  prompt.id = r.string(j, "id", p + ".id");
  prompt.element = r.optionalString(j, "element", p + ".element");
  if (const Json *who = r.find(j, "for")) {
    const auto audience = who->is_string() ? annotate::parsePromptAudience(who->get<std::string>()) : std::nullopt;
    if (!audience)
      r.fail(p + ".for", "must be \"professional\" or \"family\"");
    prompt.audience = *audience;
  }
  prompt.text = r.text(j, "text", p + ".text");
  return prompt;
}

std::vector<annotate::MethodRole> readRoles(const Reader &r, const Json &doc) {
  const Json &list = r.entries(doc, "roles", "roles");
  std::vector<annotate::MethodRole> roles;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string p = at("roles", i);
    r.object(list[i], p);
    annotate::MethodRole role{r.string(list[i], "key", p + ".key"), r.text(list[i], "name", p + ".name")};
    if (role.key == annotate::kEveryoneSpeaks)
      r.fail(p + ".key", "\"" + role.key + "\" means the whole group and is not a role of its own");
    if (std::any_of(roles.begin(), roles.end(), [&](const auto &have) { return have.key == role.key; }))
      r.fail(p + ".key", "role \"" + role.key + "\" appears twice");
    roles.push_back(std::move(role));
  }
  return roles;
}

annotate::MethodPhase readPhase(const Reader &r, const Json &j, const std::string &p,
                                const std::vector<annotate::MethodRole> &roles) {
  r.object(j, p);
  annotate::MethodPhase phase;
  phase.key = r.string(j, "key", p + ".key");
  phase.name = r.text(j, "name", p + ".name");
  phase.minutes = r.integer(j, "minutes", p + ".minutes");
  if (phase.minutes < 1 || phase.minutes > kMaxPhaseMinutes)
    r.fail(p + ".minutes", "must be 1 to " + std::to_string(kMaxPhaseMinutes) + " minutes");
  phase.speaker = r.string(j, "speaker", p + ".speaker");
  if (phase.speaker != annotate::kEveryoneSpeaks &&
      std::none_of(roles.begin(), roles.end(), [&](const auto &role) { return role.key == phase.speaker; }))
    r.fail(p + ".speaker", "unknown role \"" + phase.speaker + "\" (a key of \"roles\", or \"" +
                               std::string(annotate::kEveryoneSpeaks) + "\")");
  phase.notes = r.text(j, "notes", p + ".notes");
  phase.plays = r.boolean(j, "plays", p + ".plays", false);
  return phase;
}

annotate::RecallMethod readMethod(const Reader &r, const Json &j, const std::string &p,
                                  const std::vector<annotate::MethodRole> &roles) {
  r.object(j, p);
  annotate::RecallMethod method;
  method.key = r.string(j, "key", p + ".key");
  method.name = r.text(j, "name", p + ".name");
  method.summary = r.text(j, "summary", p + ".summary");
  const Json &phases = r.entries(j, "phases", p + ".phases");
  for (std::size_t i = 0; i < phases.size(); ++i) {
    const std::string pp = at(p + ".phases", i);
    annotate::MethodPhase phase = readPhase(r, phases[i], pp, roles);
    if (method.phase(phase.key) != nullptr)
      r.fail(pp + ".key", "phase \"" + phase.key + "\" appears twice in this method");
    method.phases.push_back(std::move(phase));
  }
  return method;
}

} // namespace

annotate::PromptBank parsePromptBank(std::string_view text, const std::string &sourceName) {
  const Json doc = parseJson(text, sourceName);
  const Reader r(sourceName);
  r.header(doc, kPromptsFormat, kPromptBankFormatVersion);
  const Json &list = r.entries(doc, "prompts", "prompts");
  annotate::PromptBank bank;
  std::set<std::string> ids;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string p = at("prompts", i);
    annotate::RecallPrompt prompt = readPrompt(r, list[i], p);
    if (!ids.insert(prompt.id).second)
      r.fail(p + ".id", "prompt \"" + prompt.id + "\" appears twice");
    bank.prompts.push_back(std::move(prompt));
  }
  return bank;
}

annotate::PromptBank loadPromptBank(const std::filesystem::path &path) {
  return parsePromptBank(detail::readAssetFile(path, "prompt bank"), path.string());
}

annotate::MethodSet parseMethods(std::string_view text, const std::string &sourceName) {
  const Json doc = parseJson(text, sourceName);
  const Reader r(sourceName);
  r.header(doc, kMethodsFormat, kMethodsFormatVersion);
  annotate::MethodSet set;
  set.roles = readRoles(r, doc);
  const Json &list = r.entries(doc, "methods", "methods");
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string p = at("methods", i);
    annotate::RecallMethod method = readMethod(r, list[i], p, set.roles);
    if (set.find(method.key) != nullptr)
      r.fail(p + ".key", "method \"" + method.key + "\" appears twice");
    set.methods.push_back(std::move(method));
  }
  return set;
}

annotate::MethodSet loadMethods(const std::filesystem::path &path) {
  return parseMethods(detail::readAssetFile(path, "intervision methods"), path.string());
}

} // namespace spiegel::store
