#include "common/recent_projects.hpp"

#include "common/paths.hpp"
#include "common/text_file.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>

namespace spiegel::app {
namespace fs = std::filesystem;

namespace {
std::string absolutePath(const std::string &path) {
  std::error_code ec;
  auto p = fs::absolute(path, ec);
  return ec ? path : p.lexically_normal().string();
}
bool exists(const std::string &path) {
  std::error_code ec;
  return fs::is_regular_file(path, ec);
}
} // namespace

std::string RecentProjects::defaultFile() {
  const auto dir = configDirectory();
  return dir.empty() ? std::string() : dir + "/recent_projects.json";
}

RecentProjects RecentProjects::load(const std::string &file) {
  RecentProjects r;
  r.m_file = file;
  const auto text = readTextFile(file);
  if (!text)
    return r;
  const auto j = nlohmann::json::parse(*text, nullptr, false);
  if (j.is_discarded() || !j.is_object() || !j.contains("projects") || !j["projects"].is_array())
    return r;
  // Each entry is {"path", "title", "position_us", "retain_until"}; a bare path string is
  // what files written before titles were kept hold.
  for (const auto &e : j["projects"]) {
    if (r.m_entries.size() >= kMax)
      break;
    if (e.is_string())
      r.m_entries.push_back({e.get<std::string>(), !exists(e.get<std::string>()), {}});
    else if (e.is_object() && e.contains("path") && e["path"].is_string())
      r.m_entries.push_back({e["path"].get<std::string>(), !exists(e["path"].get<std::string>()),
                             e.contains("title") && e["title"].is_string() ? e["title"].get<std::string>() : "",
                             e.contains("position_us") && e["position_us"].is_number_integer()
                                 ? std::max<std::int64_t>(0, e["position_us"].get<std::int64_t>())
                                 : 0,
                             e.contains("retain_until") && e["retain_until"].is_string()
                                 ? e["retain_until"].get<std::string>()
                                 : ""});
  }
  return r;
}

std::string RecentProject::label() const { return title.empty() ? fs::path(path).filename().string() : title; }

void RecentProjects::add(const std::string &path, const std::string &title) {
  const auto abs = absolutePath(path);
  const std::int64_t position = positionOf(abs);
  std::string retain;
  for (const auto &e : m_entries)
    if (e.path == abs)
      retain = e.retainUntil;
  remove(abs);
  m_entries.insert(m_entries.begin(), {abs, !exists(abs), title, position, retain});
  if (m_entries.size() > kMax)
    m_entries.resize(kMax);
}

void RecentProjects::remove(const std::string &path) {
  const auto abs = absolutePath(path);
  std::erase_if(m_entries, [&](const RecentProject &e) { return e.path == abs || e.path == path; });
}

void RecentProjects::setPosition(const std::string &path, std::int64_t positionUs) {
  const auto abs = absolutePath(path);
  for (auto &e : m_entries)
    if (e.path == abs)
      e.positionUs = std::max<std::int64_t>(0, positionUs);
}

void RecentProjects::setRetainUntil(const std::string &path, const std::string &day) {
  const auto abs = absolutePath(path);
  for (auto &e : m_entries)
    if (e.path == abs)
      e.retainUntil = day;
}

std::int64_t RecentProjects::positionOf(const std::string &path) const {
  const auto abs = absolutePath(path);
  for (const auto &e : m_entries)
    if (e.path == abs)
      return e.positionUs;
  return 0;
}

void RecentProjects::refresh() {
  for (auto &e : m_entries)
    e.missing = !exists(e.path);
}

bool RecentProjects::save() const {
  nlohmann::json list = nlohmann::json::array();
  for (const auto &e : m_entries)
    list.push_back(
        {{"path", e.path}, {"title", e.title}, {"position_us", e.positionUs}, {"retain_until", e.retainUntil}});
  return writeTextFileAtomically(m_file, nlohmann::json{{"projects", list}}.dump(2) + "\n");
}

} // namespace spiegel::app
