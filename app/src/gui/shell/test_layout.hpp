#pragma once
// A test aid (hidden option --layout-file PATH, see gui_options.hpp): the
// panels report where things are on screen, in window pixels (ImGui's
// coordinates; the same as xdotool's `mousemove --window`), and after every
// frame the registry writes them as one small JSON object to PATH —
// atomically (PATH.tmp, then rename) and only when it differs from the last
// one written. GUI tests read it to find the timeline, a lane, a table row or
// a dialog's button instead of hard-coding pixel positions, and poll it to
// wait for a condition (a dialog is open, a row shows a note) instead of
// sleeping.
//
// Off (the default), testLayout() returns nullptr and a report costs one
// branch:
//   if (auto *tl = testLayout()) tl->rect("transport", min, max);
// UI thread only (every call, including enabling it).
#include <spiegel/media/time.hpp>

#include <imgui.h>

#include <memory>
#include <string>

namespace spiegel::app::gui {

struct AppState;

class TestLayout {
public:
  explicit TestLayout(std::string path);
  ~TestLayout();
  TestLayout(const TestLayout &) = delete;
  TestLayout &operator=(const TestLayout &) = delete;

  // A named rectangle (a button, a tab, a panel): "rects"[name].
  void rect(const std::string &name, ImVec2 min, ImVec2 max);
  // The last item ImGui submitted, under `name`, when it is in view.
  void lastItem(const std::string &name);
  // The ImGui window (or child) being drawn, under `name`.
  void currentWindow(const std::string &name);
  // The timeline strip: x of the visible range's start and end, its top and
  // bottom, and the visible range itself (x = left + (t - start_us) *
  // (right - left) / (end_us - start_us)).
  void timeline(float left, float right, float top, float bottom, Micros start, Micros end);
  // One element lane's vertical extent and its label, by the element's key.
  void lane(const std::string &key, float top, float bottom, const std::string &label);
  // One tag drawn on a timeline lane (its mark is a cluster when others
  // fold with it) and whether its mark is dimmed: "lane_tags".
  void laneTag(const std::string &id, bool dimmed);
  // One visible row of the Tags table: the tag's id, the row's top and
  // bottom, and the left x of the time cell and the note cell.
  // `timeWhole`: the time cell shows its whole text.
  void tagRow(const std::string &id, float top, float bottom, float timeX, float noteX, bool timeWhole);
  // One lane of the compare view: whose, which element, its extent, whether
  // it is the reference's, its visible tags and how many have no partner:
  // "compare_lanes".
  void compareLane(const std::string &reviewer, const std::string &name, const std::string &element, float top,
                   float bottom, bool reference, int tags, int unmatched);
  // A number appended to the list `name` (e.g. every disagreement's time).
  void append(const std::string &name, double v);
  // Any other fact a test waits for (e.g. which tag's note is being edited).
  void value(const std::string &name, const std::string &v);
  void value(const std::string &name, double v);

  // What a test waits for, from the shared state: the recording open and
  // whether a picture shows, its background jobs done, playing or not (the position only when paused
  // and not seeking, so playback does not rewrite the file every frame), the
  // project (its path, tag count, whether it is read-only) and the selected tag. (The selected side tab's
  // title is reported by App as "side_tab".)
  void facts(const AppState &state);
  // Called once per frame by App after the frame is built: writes the file
  // when anything changed since the last write, then starts a new record.
  void endFrame(int windowWidth, int windowHeight);

private:
  struct Data; // the JSON being filled (kept out of this header)
  std::string m_path;
  std::unique_ptr<Data> m_data;
  std::string m_written; // the text last written
};

// The registry, or nullptr when --layout-file was not given.
[[nodiscard]] TestLayout *testLayout();
// Turns the registry on (App, once at start).
void enableTestLayout(const std::string &path);

} // namespace spiegel::app::gui
