#include "gui/shell/shortcuts.hpp"

#include "common/i18n.hpp"
#include "gui/shell/actions.hpp"
#include "gui/shell/keymap_input.hpp"
#include "gui/shell/theme.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace spiegel::app::gui {
namespace {
// Big jumps of 5 s skip a sentence; small ones of 1 s re-hear a word.
constexpr Micros kJump = 5 * kMicrosPerSecond;
constexpr Micros kSmallJump = 1 * kMicrosPerSecond;

// One line of the sheet: a group's heading (keys empty) or a key and what
// it does. `odd`: the line is striped (every second one in its group).
struct Line {
  std::string keys;
  const char *text = "";
  bool heading = false;
  bool odd = false;
};
using Lines = std::vector<Line>;

// Every action of the keymap that applies in `mode`, by group, then the
// group's mouse gestures; each group as one run of lines.
std::vector<Lines> sheetGroups(keymap::Mode mode) {
  const Lang lang = language();
  std::vector<Lines> groups;
  for (int g = 0; g < keymap::kGroupCount; ++g) {
    const auto group = static_cast<keymap::Group>(g);
    Lines lines{{"", keymap::groupTitle(group).in(lang), true, false}};
    const auto add = [&](std::string keys, const char *text) {
      lines.push_back({std::move(keys), text, false, lines.size() % 2 == 0});
    };
    for (const keymap::Entry &e : keymap::table())
      if (e.group == group && (e.modes & keymap::bit(mode)) != 0)
        add(keymap::keysLabel(e, lang), e.what.in(lang));
    for (const keymap::Gesture &m : keymap::gestures())
      if (m.group == group)
        add(m.how.in(lang), m.what.in(lang));
    if (lines.size() > 1)
      groups.push_back(std::move(lines));
  }
  return groups;
}

// The groups in two columns of about equal length (groups stay whole, in
// order), or in one when `two` is false.
std::pair<Lines, Lines> split(const std::vector<Lines> &groups, bool two) {
  std::size_t total = 0;
  for (const Lines &g : groups)
    total += g.size();
  std::pair<Lines, Lines> out;
  for (const Lines &g : groups) {
    const bool fits = out.first.empty() || out.first.size() + g.size() <= (total + 1) / 2;
    const bool left = !two || (out.second.empty() && fits);
    Lines &side = left ? out.first : out.second;
    side.insert(side.end(), g.begin(), g.end());
  }
  return out;
}

// How wide a column of lines is: its widest keys, its widest text and the
// cells' padding (PadOuterX: both sides of both cells), plus a little slack.
float columnWidth(const Lines &lines) {
  float keys = 0.0f, text = 0.0f;
  for (const Line &l : lines) {
    keys = std::max(keys, ImGui::CalcTextSize(l.keys.c_str()).x);
    text = std::max(text, ImGui::CalcTextSize(l.text).x);
  }
  return keys + text + ImGui::GetStyle().CellPadding.x * 4.0f + ImGui::GetFontSize() * 0.5f;
}

// One column of the sheet, as a table of its own, so a heading's air above
// it never opens a gap in the other column.
void drawColumn(const char *id, const Lines &lines, float width) {
  if (!ImGui::BeginTable(id, 2, ImGuiTableFlags_PadOuterX, ImVec2(width, 0.0f)))
    return;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line &l = lines[i];
    ImGui::TableNextRow();
    if (l.odd)
      ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, ImGui::GetColorU32(ImGuiCol_TableRowBgAlt));
    ImGui::TableSetColumnIndex(0);
    if (l.heading) {
      if (i > 0) // air above every heading but the column's first
        ImGui::Dummy(ImVec2(0.0f, ImGui::GetTextLineHeight() * 0.4f));
      ImGui::PushStyleColor(ImGuiCol_Text, colors::accent());
      ImGui::TextUnformatted(l.text);
      ImGui::PopStyleColor();
      continue;
    }
    ImGui::TextUnformatted(l.keys.c_str());
    ImGui::TableSetColumnIndex(1);
    ImGui::TextDisabled("%s", l.text);
  }
  ImGui::EndTable();
}
} // namespace

void ShortcutPanel::draw(AppState &state) {
  handleKeys(state);
  drawSheet(state);
}

void ShortcutPanel::handleKeys(AppState &state) {
  using keymap::Action;
  keymap::Presses keys(state, {Action::OpenRecording, Action::Quit, Action::PlayPause, Action::Seek, Action::SeekSmall,
                               Action::StepFrame, Action::Speed, Action::Loop, Action::Mute, Action::ToggleSheet});
  while (const auto p = keys.next()) {
    switch (p->action) {
    case Action::OpenRecording: state.events.push(ShowOpenDialog{}); break;
    case Action::Quit: state.events.push(Quit{}); break;
    case Action::PlayPause: actions::togglePlay(state); break;
    case Action::Seek: actions::seekBy(state, p->arg * kJump); break;
    case Action::SeekSmall: actions::seekBy(state, p->arg * kSmallJump); break;
    case Action::StepFrame: actions::stepFrame(state, p->arg > 0); break;
    case Action::Speed: actions::stepSpeed(state, p->arg); break;
    case Action::Loop: actions::cycleLoop(state); break;
    case Action::Mute: actions::setMuted(state, !state.settings.muted); break;
    case Action::ToggleSheet: state.showShortcuts = !state.showShortcuts; break;
    default: break;
    }
  }
  if (state.showShortcuts && keymap::pressed(state, Action::Cancel)) // Esc in the main window
    state.showShortcuts = false;
}

// The keymap's lines (sheetGroups) in two columns side by side when the
// window is wide enough for both, else in one.
void ShortcutPanel::drawRows(const AppState &state) {
  const std::vector<Lines> groups = sheetGroups(state.mode);
  const float gap = ImGui::GetFontSize() * 1.5f;
  const auto [left, right] = split(groups, true);
  const float leftW = columnWidth(left), rightW = columnWidth(right);
  if (leftW + gap + rightW < ImGui::GetMainViewport()->WorkSize.x * 0.9f) {
    drawColumn("##keys1", left, leftW);
    ImGui::SameLine(0.0f, gap);
    drawColumn("##keys2", right, rightW);
    return;
  }
  const Lines all = split(groups, false).first;
  drawColumn("##keys", all, columnWidth(all));
}

void ShortcutPanel::drawSheet(AppState &state) {
  if (!state.showShortcuts)
    return;
  const ImGuiViewport *vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * 0.5f, vp->Pos.y + vp->Size.y * 0.45f), ImGuiCond_Appearing,
                          ImVec2(0.5f, 0.5f));
  // Never taller than the window: on a small screen the list scrolls.
  ImGui::SetNextWindowSizeConstraints(ImVec2(0.0f, 0.0f), ImVec2(vp->WorkSize.x, vp->WorkSize.y * 0.95f));
  const std::string title = std::string(tr("Keyboard shortcuts", "Sneltoetsen")) + "###shortcuts";
  if (ImGui::Begin(title.c_str(), &state.showShortcuts,
                   ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse |
                       ImGuiWindowFlags_NoSavedSettings)) {
    drawRows(state);
  }
  ImGui::End();
}

} // namespace spiegel::app::gui
