#include "gui/shell/test_layout.hpp"

#include "gui/shell/app_state.hpp"

#include <imgui.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <memory>

namespace spiegel::app::gui {
namespace {
// Whole pixels are enough to aim the mouse, and rounding keeps sub-pixel
// jitter from rewriting the file.
double px(float v) { return std::round(static_cast<double>(v)); }

nlohmann::json box(ImVec2 min, ImVec2 max) {
  return {{"x0", px(min.x)}, {"y0", px(min.y)}, {"x1", px(max.x)}, {"y1", px(max.y)}};
}

// The one registry of this process (a test aid). UI thread only.
std::unique_ptr<TestLayout> &instance() {
  static std::unique_ptr<TestLayout> layout;
  return layout;
}
} // namespace

struct TestLayout::Data {
  nlohmann::json now = nlohmann::json::object();
};

TestLayout::TestLayout(std::string path) : m_path(std::move(path)), m_data(std::make_unique<Data>()) {}
TestLayout::~TestLayout() = default;

void TestLayout::rect(const std::string &name, ImVec2 min, ImVec2 max) { m_data->now["rects"][name] = box(min, max); }

void TestLayout::lastItem(const std::string &name) {
  // Only what a person could click: an item scrolled out of its window has
  // no rectangle (a click there would land on whatever is drawn instead).
  if (ImGui::IsItemVisible())
    rect(name, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
}

void TestLayout::currentWindow(const std::string &name) {
  const ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  rect(name, pos, ImVec2(pos.x + size.x, pos.y + size.y));
}

void TestLayout::timeline(float left, float right, float top, float bottom, Micros start, Micros end) {
  m_data->now["timeline"] = {{"left", px(left)},     {"right", px(right)}, {"top", px(top)},
                             {"bottom", px(bottom)}, {"start_us", start},  {"end_us", end}};
}

void TestLayout::lane(const std::string &key, float top, float bottom, const std::string &label) {
  m_data->now["lanes"][key] = {{"top", px(top)}, {"bottom", px(bottom)}, {"label", label}};
}

void TestLayout::laneTag(const std::string &id, bool dimmed) {
  m_data->now["lane_tags"].push_back({{"id", id}, {"dimmed", dimmed}});
}

void TestLayout::tagRow(const std::string &id, float top, float bottom, float timeX, float noteX, bool timeWhole) {
  m_data->now["tag_rows"].push_back({{"id", id},
                                     {"top", px(top)},
                                     {"bottom", px(bottom)},
                                     {"time_x", px(timeX)},
                                     {"note_x", px(noteX)},
                                     {"time_whole", timeWhole}});
}

void TestLayout::compareLane(const std::string &reviewer, const std::string &name, const std::string &element,
                             float top, float bottom, bool reference, int tags, int unmatched) {
  m_data->now["compare_lanes"].push_back({{"reviewer", reviewer},
                                          {"name", name},
                                          {"element", element},
                                          {"top", px(top)},
                                          {"bottom", px(bottom)},
                                          {"reference", reference},
                                          {"tags", tags},
                                          {"unmatched", unmatched}});
}

void TestLayout::append(const std::string &name, double v) { m_data->now[name].push_back(v); }

void TestLayout::value(const std::string &name, const std::string &v) { m_data->now["values"][name] = v; }
void TestLayout::value(const std::string &name, double v) { m_data->now["values"][name] = v; }

void TestLayout::facts(const AppState &state) {
  nlohmann::json &v = m_data->now["values"];
  if (const Session *s = state.session.get()) {
    v["recording"] = s->path;
    v["has_frame"] = s->frame != nullptr;
    v["playing"] = s->state.playing;
    // The background tasks (thumbnails, sound peaks) share the CPU with the
    // UI thread: tests that need quick frames (a double-click) wait for them.
    v["jobs_done"] = !state.tasks.busy();
    if (!s->state.playing && !s->state.seeking) {
      v["paused_at_us"] = s->state.position;
      v["frame_pts_us"] = s->frame ? s->frame->pts : -1; // the picture shown there
    }
    v["playable_us"] = s->state.playable;
    v["incomplete_end"] = s->state.incompleteEnd;
  }
  if (state.workspace) {
    v["tags"] = state.workspace->tags().size();
    v["project"] = state.workspace->projectPath();
    v["read_only"] = state.workspace->readOnly();
  }
  if (state.selectedTag)
    v["selected_tag"] = *state.selectedTag;
  v["popup_open"] = ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel);
}

void TestLayout::endFrame(int windowWidth, int windowHeight) {
  nlohmann::json &now = m_data->now;
  now["window"] = {{"w", windowWidth}, {"h", windowHeight}};
  std::string text = now.dump();
  now = nlohmann::json::object();
  if (text == m_written)
    return;
  // Temp file and rename: a test polling the file never reads half of it.
  const std::string tmp = m_path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << text << '\n';
    if (!out)
      return; // a test aid: try again next frame
  }
  if (std::rename(tmp.c_str(), m_path.c_str()) == 0)
    m_written = std::move(text);
}

TestLayout *testLayout() { return instance().get(); }

void enableTestLayout(const std::string &path) { instance() = std::make_unique<TestLayout>(path); }

} // namespace spiegel::app::gui
