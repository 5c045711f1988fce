#include "common/profile.hpp"

#include "common/i18n.hpp"
#include "common/paths.hpp"
#include "common/text_file.hpp"

#include <nlohmann/json.hpp>

namespace spiegel::app {

using annotate::ReviewerRole;
using review::roleFromKey;
using review::roleKey;

std::string identityFile() {
  const auto dir = configDirectory();
  return dir.empty() ? std::string() : dir + "/identity.json";
}

std::string roleText(ReviewerRole role) {
  switch (role) {
  case ReviewerRole::Trainee:
    return tr("trainee", "in opleiding");
  case ReviewerRole::Peer:
    return tr("peer", "collega");
  case ReviewerRole::Trainer:
    return tr("trainer", "opleider");
  }
  return {};
}

std::optional<Identity> loadIdentity(const std::string &file) {
  const auto text = readTextFile(file);
  if (!text)
    return std::nullopt;
  const auto j = nlohmann::json::parse(*text, nullptr, false);
  if (j.is_discarded() || !j.is_object() || !j.contains("name") || !j["name"].is_string())
    return std::nullopt;
  Identity id;
  id.name = trimmed(j["name"].get<std::string>());
  if (id.name.empty())
    return std::nullopt;
  if (j.contains("role") && j["role"].is_string())
    id.role = roleFromKey(j["role"].get<std::string>()).value_or(ReviewerRole::Trainee);
  return id;
}

bool saveIdentity(const Identity &identity, const std::string &file) {
  const auto name = trimmed(identity.name);
  if (name.empty() || file.empty())
    return false;
  const nlohmann::json j = {{"name", name}, {"role", roleKey(identity.role)}};
  return writeTextFileAtomically(file, j.dump(2) + "\n");
}

} // namespace spiegel::app
