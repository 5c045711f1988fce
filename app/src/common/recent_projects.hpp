#pragma once
// The start screen's "recent projects": at most ten, most recent first,
// persisted in configDirectory()/recent_projects.json. UI thread only.
//   RecentProjects recent = RecentProjects::load();
//   recent.add(ws.projectPath(), ws.project().info().title); recent.save();
//   for (const auto &e : recent.entries()) row(e.label(), e.path, e.missing);
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace spiegel::app {

struct RecentProject {
  std::string path;     // absolute
  bool missing = false; // no file there now (checked by load() and refresh())
  std::string title;    // the project's title when it was last opened; may be empty
  std::int64_t positionUs = 0; // where its recording was when it was last closed (µs)
  std::string retainUntil;     // its recording's keep-until day when last seen ("" = none): the start screen's reminder
  // What a list shows: the title, else the file's name.
  [[nodiscard]] std::string label() const;
};

class RecentProjects {
public:
  // Why 10: what a start screen and a File menu show without scrolling.
  static constexpr std::size_t kMax = 10;

  // configDirectory()/recent_projects.json, or empty without a config dir.
  [[nodiscard]] static std::string defaultFile();
  // Missing or damaged file: an empty list (never stops start-up).
  [[nodiscard]] static RecentProjects load(const std::string &file = defaultFile());

  // Moves (or inserts) the path (made absolute) to the front with its
  // title, keeping its remembered position; drops the oldest past kMax.
  void add(const std::string &path, const std::string &title = {});
  // The keep-until day of the project's recording, as last seen (issue #13 §2).
  void setRetainUntil(const std::string &path, const std::string &day);
  // Where the reviewer left the project's recording (0: unknown or not listed).
  void setPosition(const std::string &path, std::int64_t positionUs);
  [[nodiscard]] std::int64_t positionOf(const std::string &path) const;
  void remove(const std::string &path);
  // Re-checks which files exist.
  void refresh();
  // Writes atomically; false when it cannot be written.
  bool save() const;

  [[nodiscard]] const std::vector<RecentProject> &entries() const { return m_entries; }
  [[nodiscard]] const std::string &file() const { return m_file; }

private:
  std::string m_file;
  std::vector<RecentProject> m_entries;
};

} // namespace spiegel::app
