#include "common/profile.hpp"

#include "common/i18n.hpp"
#include "common/paths.hpp"
#include "common/text_file.hpp"

#include "spiegel/store/uuid.hpp"

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

namespace {
using Json = nlohmann::json;

std::optional<Identity> fromJson(const Json &j) {
  if (!j.is_object() || !j.contains("name") || !j["name"].is_string())
    return std::nullopt;
  Identity id;
  id.name = trimmed(j["name"].get<std::string>());
  if (id.name.empty())
    return std::nullopt;
  if (j.contains("role") && j["role"].is_string())
    id.role = roleFromKey(j["role"].get<std::string>()).value_or(ReviewerRole::Trainee);
  if (j.contains("id") && j["id"].is_string())
    id.id = j["id"].get<std::string>();
  if (j.contains("legacy_name") && j["legacy_name"].is_string())
    id.legacyName = j["legacy_name"].get<std::string>();
  return id;
}

Json toJson(const Identity &id) {
  Json j = {{"id", id.id}, {"name", trimmed(id.name)}, {"role", roleKey(id.role)}};
  if (!id.legacyName.empty())
    j["legacy_name"] = id.legacyName;
  return j;
}

// Every profile in the file, the current one first; migrates profiles
// without an id (files from before profiles) and reports it in `migrated`.
std::vector<Identity> readProfiles(const std::string &file, bool &migrated) {
  migrated = false;
  std::vector<Identity> out;
  const auto text = readTextFile(file);
  if (!text)
    return out;
  const auto j = Json::parse(*text, nullptr, false);
  if (j.is_discarded())
    return out;
  if (auto current = fromJson(j))
    out.push_back(std::move(*current));
  if (j.is_object() && j.contains("others") && j["others"].is_array())
    for (const auto &o : j["others"])
      if (auto other = fromJson(o))
        out.push_back(std::move(*other));
  for (auto &p : out)
    if (p.id.empty()) {
      p.id = store::newUuid();
      p.legacyName = p.name;
      migrated = true;
    }
  return out;
}

bool writeProfiles(const std::vector<Identity> &profiles, const std::string &file) {
  if (profiles.empty() || file.empty())
    return false;
  Json j = toJson(profiles.front());
  Json others = Json::array();
  for (std::size_t i = 1; i < profiles.size(); ++i)
    others.push_back(toJson(profiles[i]));
  if (!others.empty())
    j["others"] = std::move(others);
  return writeTextFileAtomically(file, j.dump(2) + "\n");
}
} // namespace

std::vector<Identity> localProfiles(const std::string &file) {
  bool migrated = false;
  auto profiles = readProfiles(file, migrated);
  if (migrated)
    (void)writeProfiles(profiles, file); // the new UUIDs must stay the same next time
  return profiles;
}

std::optional<Identity> loadIdentity(const std::string &file) {
  auto profiles = localProfiles(file);
  if (profiles.empty())
    return std::nullopt;
  return std::move(profiles.front());
}

Identity profileNamed(const std::string &name, std::optional<ReviewerRole> role, const std::string &file) {
  const std::string wanted = trimmed(name);
  for (auto &p : localProfiles(file))
    if (p.name == wanted) {
      p.role = role.value_or(p.role);
      return p;
    }
  Identity made;
  made.name = wanted;
  made.role = role.value_or(ReviewerRole::Trainee);
  made.id = store::newUuid();
  return made;
}

bool rememberProfile(const Identity &identity, const std::string &file) {
  if (trimmed(identity.name).empty() || identity.id.empty() || file.empty())
    return false;
  auto profiles = localProfiles(file);
  bool known = false;
  for (auto &p : profiles)
    if (p.id == identity.id) {
      p = identity;
      known = true;
    }
  if (!known)
    profiles.push_back(identity);
  return writeProfiles(profiles, file);
}

bool saveIdentity(const Identity &identity, const std::string &file) {
  if (trimmed(identity.name).empty() || identity.id.empty() || file.empty())
    return false;
  std::vector<Identity> profiles{identity};
  for (auto &p : localProfiles(file))
    if (p.id != identity.id)
      profiles.push_back(std::move(p));
  return writeProfiles(profiles, file);
}

} // namespace spiegel::app
