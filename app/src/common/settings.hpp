#pragma once
// The user's settings, persisted as JSON in configDirectory()/settings.json.
//   Settings s = loadSettings(settingsFile());
//   s.volume = 0.5f; saveSettings(s, settingsFile());
// Plain value type: the GUI owns one copy (UI thread only).
#include "common/i18n.hpp"
#include "spiegel/review/settings.hpp"

#include <optional>
#include <string>
#include <vector>

namespace spiegel::app {

struct WindowPlacement {
  int x = -1, y = -1; // -1: let the window manager place it
  int width = 1280, height = 800;
  bool maximized = false;
};

struct Settings {
  // Ten is what fits a File > Recent menu without scrolling.
  static constexpr std::size_t kMaxRecent = 10;

  WindowPlacement window;
  std::optional<Lang> language; // unset: follow the system locale
  float volume = 1.0f;          // 0 … 1
  bool muted = false;
  bool subtitles = true; // the transcript's cue over the picture (View > Subtitles)
  // Waveforms and thumbnails kept in the user's cache directory between
  // openings (View > Keep pictures and sound in the cache). They are
  // pictures and sound of the family: off, nothing of them is kept on disk.
  bool mediaCache = true;
  std::vector<std::string> recentFiles; // newest first, at most kMaxRecent
  std::string lastFolder;               // where the file browser opens
  // The user's dragged layout, in pixels at UI scale 1; 0: automatic (the
  // picture gets what its aspect needs; the timeline what its rows want).
  float sidePanelWidth = 0.0f; // the side panel (tabs)
  float timelineHeight = 0.0f; // the timeline below picture and side panel
  // What the timeline does with the tags the Tags list's filters and search
  // leave out: dims them (false, the default) or hides them (true).
  bool hideFilteredTags = false;
  // Tagging preferences handed to Workspace::setSettings (reaction offset,
  // pause when tagging, pre-roll).
  review::WorkspaceSettings tagging;
  // The organisation's maximum for keeping working material (supervision,
  // intervision, reflection, recall), in months after the recording: the
  // Consent tab and `spiegel consent recording` suggest a keep-until day
  // from it. An organisation sets it in the settings it hands out
  // ("retention_months" in settings.json).
  int retentionMonths = 12;

  // Moves (or inserts) `path` to the front of recentFiles.
  void addRecent(const std::string &path);
};

// configDirectory()/settings.json, or empty when there is no config dir.
[[nodiscard]] std::string settingsFile();

// Missing or unreadable file → defaults (a damaged file never stops start-up).
[[nodiscard]] Settings loadSettings(const std::string &file);
// Writes atomically (temporary file + rename). Returns false on failure.
bool saveSettings(const Settings &settings, const std::string &file);

} // namespace spiegel::app
