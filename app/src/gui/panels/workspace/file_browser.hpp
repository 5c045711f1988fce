#pragma once
// A small, calm file browser (ImGui 1.86 has none): a path field, Up and
// Home buttons, folders first, then files filtered to recordings (optionally
// all files), readable sizes and dates. Double-click a folder to enter it, a
// file to open it. Drawn as a modal popup; UI thread only.
//   if (open) browser.open(startFolder);
//   if (auto path = browser.draw(state)) events.push(OpenFile{*path});
#include "gui/shell/events.hpp"

#include <cstdint>
#include <ctime>
#include <optional>
#include <string>
#include <vector>

namespace spiegel::app::gui {

struct AppState;

// Extensions Spiegel offers to open (lower case, with dot).
[[nodiscard]] bool isMediaFile(const std::string &path);

class FileBrowser {
public:
  // `what` filters the list (recordings, *.spiegel projects, a colleague's
  // work: *.spiegel and *.json, or folders
  // only: then "Choose this folder" returns the current folder).
  // `heading`, when given, replaces the title that `what` implies.
  void open(const std::string &folder, BrowseFor what = BrowseFor::Recording, std::string heading = {});
  // Save mode (BrowseFor::SaveFile): folders and the files ending in
  // `extension` (".html", or several: ".pdf .html", the first added by
  // default), a file-name field starting as `fileName`, and
  // Save; draw() returns the folder joined with the name (the extension
  // added when it was left off). An existing file is named as such, and
  // Save replaces it.
  void openToSave(const std::string &folder, std::string fileName, std::string extension, std::string heading);
  // Returns the chosen file once, on the frame it was chosen. `state`
  // gives the keys (Esc cancels).
  [[nodiscard]] std::optional<std::string> draw(const AppState &state);
  [[nodiscard]] const std::string &folder() const { return m_folder; }

private:
  struct Entry {
    std::string name;
    bool folder = false;
    std::uintmax_t size = 0;
    std::time_t modified = 0;
  };
  void navigate(const std::string &folder);
  void refresh();
  [[nodiscard]] std::optional<std::string> drawPopup(const AppState &state);
  [[nodiscard]] std::optional<std::string> drawList();
  [[nodiscard]] std::optional<std::string> drawSaveName(); // the file-name row of save mode

  bool m_requestOpen = false;
  std::string m_folder;    // canonical current folder
  std::string m_pathField; // editable copy of m_folder
  std::vector<Entry> m_entries;
  std::string m_selected; // name in m_folder
  std::string m_error;    // shown under the list, e.g. "cannot read this folder"
  bool m_showAll = false;
  BrowseFor m_what = BrowseFor::Recording;
  std::string m_heading; // empty: from m_what
  std::string m_saveName, m_saveExt; // save mode: the name field, the extensions listed (space-separated; the first is added)
};

} // namespace spiegel::app::gui
