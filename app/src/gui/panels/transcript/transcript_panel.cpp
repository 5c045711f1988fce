#include "gui/panels/transcript/transcript_panel.hpp"

#include "common/clock_text.hpp"
#include "common/i18n.hpp"
#include "gui/shell/actions.hpp"
#include "gui/shell/keymap_input.hpp"
#include "gui/shell/test_layout.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace spiegel::app::gui {
namespace {
// A followed cue is put a third of the way down, so the lines before it
// stay in sight too.
constexpr float kFollowAt = 0.33f;
// A long speaker label ("Hulpverlener 2") is cut rather than squeezing the text.
constexpr float kMaxSpeakerEm = 9.0f;
} // namespace

std::string TranscriptPanel::title() const { return tr("Transcript", "Transcript"); }

bool TranscriptPanel::shown(const AppState &state) const {
  return state.session != nullptr && !state.session->transcript.empty();
}

void TranscriptPanel::handleTabKeys(AppState &state) {
  if (keymap::pressed(state, keymap::Action::Subtitles))
    state.settings.subtitles = !state.settings.subtitles;
}

void TranscriptPanel::measure(const Session &s, float textWidth) {
  const auto &cues = s.transcript.cues();
  const float pad = ImGui::GetStyle().CellPadding.y * 2.0f;
  if (s.serial != m_serial) {
    m_serial = s.serial;
    m_current.reset();
    m_clicked.reset();
    m_speakerWidth = 0.0f;
    for (const auto &c : cues)
      m_speakerWidth = std::max(m_speakerWidth, ImGui::CalcTextSize(c.speaker.c_str()).x);
    m_speakerWidth = std::min(m_speakerWidth, ImGui::GetFontSize() * kMaxSpeakerEm);
    m_heights.clear();
  }
  if (m_heights.size() == cues.size() && std::abs(textWidth - m_textWidth) < 0.5f &&
      ImGui::GetFontSize() == m_fontSize)
    return;
  m_textWidth = textWidth;
  m_fontSize = ImGui::GetFontSize();
  m_heights.resize(cues.size());
  for (std::size_t i = 0; i < cues.size(); ++i)
    m_heights[i] = std::max(ImGui::CalcTextSize(cues[i].text.c_str(), nullptr, false, textWidth).y,
                            ImGui::GetTextLineHeight()) +
                   pad;
}

void TranscriptPanel::draw(AppState &state) {
  if (!shown(state))
    return;
  const Session &s = *state.session;
  const ImGuiStyle &style = ImGui::GetStyle();
  const float timeW = ImGui::CalcTextSize("00:00:00").x;
  measure(s, m_textWidth); // a new recording: its speakers and first heights
  const bool speakers = m_speakerWidth > 0.0f;
  if (m_textWidth <= 0.0f) // the first frame: estimate; the real width is read below
    measure(s, std::max(ImGui::GetContentRegionAvail().x - timeW - m_speakerWidth - style.CellPadding.x * 6.0f,
                        ImGui::GetFontSize() * 4.0f));

  const std::vector<std::size_t> active = s.transcript.activeAt(s.state.position);
  const std::optional<std::size_t> current = active.empty() ? std::nullopt : std::optional(active.front());
  // Follow a cue that became current, unless a click here made it so.
  const bool follow = current && current != m_current && current != m_clicked;
  if (current != m_current && current != m_clicked)
    m_clicked.reset();
  m_current = current;
  if (TestLayout *tl = testLayout())
    tl->value("transcript.current", current ? static_cast<double>(*current) : -1.0);

  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX;
  if (!ImGui::BeginTable("##transcript", speakers ? 3 : 2, flags))
    return;
  ImGui::TableSetupColumn(tr("Time", "Tijd"), ImGuiTableColumnFlags_WidthFixed, timeW);
  if (speakers)
    ImGui::TableSetupColumn(tr("Who", "Wie"), ImGuiTableColumnFlags_WidthFixed, m_speakerWidth);
  ImGui::TableSetupColumn(tr("Said", "Gezegd"), ImGuiTableColumnFlags_WidthStretch);
  for (std::size_t i = 0; i < s.transcript.cues().size(); ++i)
    drawRow(state, i, std::binary_search(active.begin(), active.end(), i), follow && i == *current);
  ImGui::EndTable();
}

void TranscriptPanel::drawRow(AppState &state, std::size_t i, bool active, bool follow) {
  const annotate::WebVttCue &cue = state.session->transcript.cues()[i];
  const float height = m_heights[i];
  ImGui::TableNextRow(ImGuiTableRowFlags_None, height);
  ImGui::TableSetColumnIndex(0);
  if (follow) // the row's middle, in the tab's scrolling window
    ImGui::SetScrollFromPosY(ImGui::GetCursorScreenPos().y + height * 0.5f - ImGui::GetWindowPos().y, kFollowAt);
  if (!ImGui::IsRectVisible(ImVec2(1.0f, height)))
    return; // laid out at its height, not drawn
  const std::string label = clockText(cue.start) + "##cue" + std::to_string(i);
  const float content = height - ImGui::GetStyle().CellPadding.y * 2.0f;
  if (ImGui::Selectable(label.c_str(), active,
                        ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap,
                        ImVec2(0.0f, content))) {
    actions::seekTo(state, cue.start, media::SeekMode::Exact);
    m_clicked = i;
  }
  if (TestLayout *tl = testLayout())
    tl->lastItem("transcript.row." + std::to_string(i));
  if (m_speakerWidth > 0.0f) {
    ImGui::TableNextColumn();
    ImGui::PushClipRect(ImGui::GetCursorScreenPos(),
                        ImVec2(ImGui::GetCursorScreenPos().x + m_speakerWidth, ImGui::GetCursorScreenPos().y + content),
                        true);
    ImGui::TextDisabled("%s", cue.speaker.c_str());
    ImGui::PopClipRect();
  }
  ImGui::TableNextColumn();
  const float width = ImGui::GetContentRegionAvail().x;
  if (std::abs(width - m_textWidth) >= 0.5f)
    measure(*state.session, width); // the column's real width: rows after this one use it at once
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(cue.text.c_str());
  ImGui::PopTextWrapPos();
}

} // namespace spiegel::app::gui
