#include "gui/panels/video/video_panel.hpp"

#include "common/i18n.hpp"
#include "common/media_messages.hpp"
#include "gui/panels/video/subtitles.hpp"
#include "gui/shell/actions.hpp"
#include "gui/shell/format.hpp"
#include "gui/shell/test_layout.hpp"
#include "gui/shell/waveform.hpp"

#include <algorithm>

namespace spiegel::app::gui {
namespace {
// Why the picture is not what was on screen at the position, or empty.
std::string pictureNote(const Session &s) {
  const media::PlayerState &st = s.state;
  // At the real end of an incomplete copy, however it got there (played to
  // it, a seek past it held there, stepped to it): nothing follows, say why.
  if (st.playable < st.duration && st.position >= st.playable)
    return describeIncomplete(st.playable, st.duration);
  if (st.pictureStarts > 0 && st.position < st.pictureStarts && s.hasVideo())
    return describeNoPictureYet(st.pictureStarts);
  return {};
}
} // namespace

void VideoPanel::draw(AppState &state) {
  const ImVec2 min = ImGui::GetCursorScreenPos();
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const ImVec2 max(min.x + avail.x, min.y + avail.y);
  ImGui::GetWindowDrawList()->AddRectFilled(min, max, colors::videoBackground(),
                                            ImGui::GetStyle().ChildRounding);
  Session *s = state.session.get();
  // With nothing playing, StartScreen draws over this background.
  Picture picture{min, max}; // where subtitles go: the picture, else the whole panel
  if (s != nullptr && s->hasVideo())
    picture = drawVideo(*s, min, max).value_or(picture);
  else if (s != nullptr)
    drawAudioOnly(state, min, max);
  if (s != nullptr && state.settings.subtitles && !s->transcript.empty())
    drawSubtitles(*s, m_fonts.large, picture.min, picture.max);
  if (s != nullptr) {
    const std::string note = pictureNote(*s);
    if (!note.empty())
      drawNote(note, min, max);
    if (TestLayout *tl = testLayout())
      tl->value("picture_note", note);
  }
  ImGui::Dummy(avail);
}

std::optional<VideoPanel::Picture> VideoPanel::drawVideo(Session &s, ImVec2 min, ImVec2 max) {
  if (s.serial != m_serial) { // another recording: never show the previous one's picture
    m_serial = s.serial;
    m_shown = nullptr;
    m_keep.reset();
  }
  // Upload only when the player handed us a different frame (cheap identity
  // check; frames are immutable once published).
  if (s.frame && s.frame.get() != m_shown) {
    const bool swap = s.frame->rotation == 90 || s.frame->rotation == 270;
    const float fw = static_cast<float>(swap ? s.frame->height : s.frame->width);
    const float fh = static_cast<float>(swap ? s.frame->width : s.frame->height);
    const bool small = std::min((max.x - min.x) / fw, (max.y - min.y) / fh) < 0.5f;
    if (m_renderer.upload(*s.frame, small)) {
      m_shown = s.frame.get();
      m_keep = s.frame;
    }
  }
  if (m_renderer.texture() == 0 || m_keep == nullptr) {
    const char *text = tr("Loading the first picture…", "Eerste beeld laden…");
    const ImVec2 ts = ImGui::CalcTextSize(text);
    ImGui::GetWindowDrawList()->AddText(ImVec2((min.x + max.x - ts.x) * 0.5f, (min.y + max.y - ts.y) * 0.5f),
                                        ImGui::GetColorU32(ImGuiCol_TextDisabled), text);
    return std::nullopt;
  }
  const float bw = max.x - min.x, bh = max.y - min.y;
  const float vw = static_cast<float>(m_renderer.width()), vh = static_cast<float>(m_renderer.height());
  const float scale = std::min(bw / vw, bh / vh);
  const ImVec2 size(vw * scale, vh * scale);
  const ImVec2 at(min.x + (bw - size.x) * 0.5f, min.y + (bh - size.y) * 0.5f);
  ImGui::GetWindowDrawList()->AddImage(reinterpret_cast<ImTextureID>(m_renderer.texture()), at,
                                       ImVec2(at.x + size.x, at.y + size.y));
  if (TestLayout *tl = testLayout())
    tl->rect("picture", at, ImVec2(at.x + size.x, at.y + size.y));
  return Picture{at, ImVec2(at.x + size.x, at.y + size.y)};
}

void VideoPanel::drawAudioOnly(AppState &state, ImVec2 min, ImVec2 max) {
  Session &s = *state.session;
  ImDrawList *dl = ImGui::GetWindowDrawList();
  const float pad = ImGui::GetFontSize() * 2.0f;
  const ImVec2 wmin(min.x + pad, min.y + pad * 1.5f), wmax(max.x - pad, max.y - pad);
  dl->AddText(ImVec2(min.x + pad, min.y + pad * 0.4f), ImGui::GetColorU32(ImGuiCol_TextDisabled),
              tr("Audio recording (no picture)", "Geluidsopname (geen beeld)"));
  const Micros dur = std::max<Micros>(s.state.duration, 1);
  if (s.peaks) {
    m_wave.draw(dl, wmin, wmax, s.peaks, 0, dur, colors::waveform());
  } else {
    const float p = s.peaksTask.progress();
    const std::string text = std::string(tr("Reading the sound… ", "Geluid inlezen… ")) +
                             std::to_string(static_cast<int>(p * 100.0f)) + " %";
    const ImVec2 ts = ImGui::CalcTextSize(text.c_str());
    dl->AddText(ImVec2((wmin.x + wmax.x - ts.x) * 0.5f, (wmin.y + wmax.y - ts.y) * 0.5f),
                ImGui::GetColorU32(ImGuiCol_TextDisabled), text.c_str());
  }
  // Playhead across the whole recording.
  const float x = wmin.x + (wmax.x - wmin.x) * static_cast<float>(static_cast<double>(s.state.position) /
                                                                  static_cast<double>(dur));
  dl->AddLine(ImVec2(x, wmin.y), ImVec2(x, wmax.y), colors::accent(), 2.0f);
  // Clicking the big waveform seeks, like the timeline.
  ImGui::SetCursorScreenPos(wmin);
  ImGui::InvisibleButton("##bigwave",
                         ImVec2(std::max(wmax.x - wmin.x, 1.0f), std::max(wmax.y - wmin.y, 1.0f)));
  const float fx =
      std::clamp((ImGui::GetIO().MousePos.x - wmin.x) / std::max(wmax.x - wmin.x, 1.0f), 0.0f, 1.0f);
  const auto target = static_cast<Micros>(static_cast<double>(fx) * static_cast<double>(dur));
  if (ImGui::IsItemActive() && target != m_lastScrub) {
    actions::seekTo(state, target, media::SeekMode::Keyframe); // coalesced by the player
    m_lastScrub = target;
    state.scrubbing = true;
  }
  if (ImGui::IsItemDeactivated()) {
    actions::seekTo(state, target, media::SeekMode::Exact);
    m_lastScrub = -1;
    state.scrubbing = false;
  }
  ImGui::SetCursorScreenPos(min);
}

void VideoPanel::drawNote(const std::string &note, ImVec2 min, ImVec2 max) {
  ImDrawList *dl = ImGui::GetWindowDrawList();
  // The picture stays visible but dimmed: it is not what the time says.
  dl->AddRectFilled(min, max, IM_COL32(0, 0, 0, 110));
  const float pad = ImGui::GetFontSize() * 0.8f;
  const float wrap = std::max(max.x - min.x - pad * 4.0f, ImGui::GetFontSize() * 8.0f);
  const ImVec2 ts = ImGui::CalcTextSize(note.c_str(), nullptr, false, wrap);
  const ImVec2 boxMin(min.x + (max.x - min.x - ts.x) * 0.5f - pad, max.y - ts.y - pad * 3.0f);
  const ImVec2 boxMax(boxMin.x + ts.x + pad * 2.0f, max.y - pad);
  dl->AddRectFilled(boxMin, boxMax, IM_COL32(30, 32, 38, 235), ImGui::GetFontSize() * 0.3f);
  dl->AddText(nullptr, 0.0f, ImVec2(boxMin.x + pad, boxMin.y + pad), ImGui::GetColorU32(ImGuiCol_Text), note.c_str(),
              nullptr, wrap);
  if (TestLayout *tl = testLayout())
    tl->rect("picture_note", boxMin, boxMax);
}

} // namespace spiegel::app::gui
