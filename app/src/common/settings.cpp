#include "common/settings.hpp"

#include "common/paths.hpp"
#include "common/text_file.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <fstream>

namespace spiegel::app {

using nlohmann::json;

void Settings::addRecent(const std::string &path) {
  std::erase(recentFiles, path);
  recentFiles.insert(recentFiles.begin(), path);
  if (recentFiles.size() > kMaxRecent)
    recentFiles.resize(kMaxRecent);
}

std::string settingsFile() {
  const std::string dir = configDirectory();
  return dir.empty() ? std::string() : dir + "/settings.json";
}

namespace {
template <typename T> void readIf(const json &j, const char *key, T &out) {
  if (auto it = j.find(key); it != j.end()) {
    try {
      out = it->get<T>();
    } catch (const json::exception &) {
      // keep the default: one bad value must not discard the rest
    }
  }
}
} // namespace

Settings loadSettings(const std::string &file) {
  Settings s;
  if (file.empty())
    return s;
  std::ifstream in(file);
  if (!in)
    return s;
  const json j = json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (!j.is_object())
    return s;
  if (auto w = j.find("window"); w != j.end() && w->is_object()) {
    readIf(*w, "x", s.window.x);
    readIf(*w, "y", s.window.y);
    readIf(*w, "width", s.window.width);
    readIf(*w, "height", s.window.height);
    readIf(*w, "maximized", s.window.maximized);
    // A size from a larger monitor that is gone must still give a usable window.
    s.window.width = std::clamp(s.window.width, 640, 16384);
    s.window.height = std::clamp(s.window.height, 480, 16384);
  }
  std::string lang;
  readIf(j, "language", lang);
  if (lang == "nl")
    s.language = Lang::Nl;
  else if (lang == "en")
    s.language = Lang::En;
  readIf(j, "volume", s.volume);
  s.volume = std::clamp(s.volume, 0.0f, 1.0f);
  readIf(j, "muted", s.muted);
  readIf(j, "subtitles", s.subtitles);
  readIf(j, "media_cache", s.mediaCache);
  readIf(j, "retention_months", s.retentionMonths);
  s.retentionMonths = std::clamp(s.retentionMonths, 1, 120);
  readIf(j, "recentFiles", s.recentFiles);
  if (s.recentFiles.size() > Settings::kMaxRecent)
    s.recentFiles.resize(Settings::kMaxRecent);
  readIf(j, "lastFolder", s.lastFolder);
  readIf(j, "sidePanelWidth", s.sidePanelWidth);
  readIf(j, "timelineHeight", s.timelineHeight);
  readIf(j, "hideFilteredTags", s.hideFilteredTags);
  // Why 4000: wider than any screen; a larger number is a damaged file. The
  // GUI bounds both again against the window it has.
  s.sidePanelWidth = std::clamp(s.sidePanelWidth, 0.0f, 4000.0f);
  s.timelineHeight = std::clamp(s.timelineHeight, 0.0f, 4000.0f);
  if (auto t = j.find("tagging"); t != j.end() && t->is_object()) {
    review::WorkspaceSettings &w = s.tagging;
    std::int64_t offsetMs = w.reactionOffset / 1000, preRollMs = w.preRoll / 1000;
    readIf(*t, "reaction_offset_ms", offsetMs);
    readIf(*t, "pause_when_tagging", w.pauseWhenTagging);
    readIf(*t, "pre_roll_ms", preRollMs);
    w.reactionOffset = std::clamp<std::int64_t>(offsetMs * 1000, 0, review::WorkspaceSettings::kMaxReactionOffset);
    // Why 60 s: a longer pre-roll is a typo; it would hide the moment itself.
    w.preRoll = std::clamp<std::int64_t>(preRollMs * 1000, 0, 60'000'000);
  }
  return s;
}

bool saveSettings(const Settings &s, const std::string &file) {
  if (file.empty())
    return false;
  json j;
  j["window"] = {{"x", s.window.x},
                 {"y", s.window.y},
                 {"width", s.window.width},
                 {"height", s.window.height},
                 {"maximized", s.window.maximized}};
  if (s.language)
    j["language"] = *s.language == Lang::Nl ? "nl" : "en";
  j["volume"] = s.volume;
  j["muted"] = s.muted;
  j["subtitles"] = s.subtitles;
  j["media_cache"] = s.mediaCache;
  j["retention_months"] = s.retentionMonths;
  j["recentFiles"] = s.recentFiles;
  j["lastFolder"] = s.lastFolder;
  j["sidePanelWidth"] = s.sidePanelWidth;
  j["timelineHeight"] = s.timelineHeight;
  j["hideFilteredTags"] = s.hideFilteredTags;
  j["tagging"] = {{"reaction_offset_ms", s.tagging.reactionOffset / 1000},
                  {"pause_when_tagging", s.tagging.pauseWhenTagging},
                  {"pre_roll_ms", s.tagging.preRoll / 1000}};
  return writeTextFileAtomically(file, j.dump(2) + "\n");
}

} // namespace spiegel::app
