#include "gui/panels/transport/transport_bar.hpp"

#include "common/clock_text.hpp"
#include "common/i18n.hpp"
#include "gui/shell/actions.hpp"
#include "gui/shell/widgets.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <initializer_list>
#include <string>

namespace spiegel::app::gui {
namespace {
std::string speedLabel(double speed) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%g\xC3\x97", speed); // "1.5×"
  return buf;
}

// The recording has sound but no device plays it.
bool playsSilently(const Session *s) {
  return s != nullptr && s->player != nullptr && s->hasAudio() && !s->state.audioDevice;
}

void separator() { ImGui::SameLine(0.0f, ImGui::GetStyle().ItemSpacing.x * 2.5f); }
} // namespace

void TransportBar::draw(AppState &state) {
  Session *s = state.session.get();
  const bool open = s != nullptr && s->player != nullptr;
  // Centre the row vertically in the bar.
  const float rowH = ImGui::GetFrameHeight();
  const float avail = ImGui::GetContentRegionAvail().y;
  if (avail > rowH)
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (avail - rowH) * 0.5f);

  ImGui::BeginDisabled(!open);
  if (iconButton("##stepback", Icon::StepBack, tr("One frame back  ( , )", "Eén beeld terug  ( , )")))
    actions::stepFrame(state, false);
  ImGui::SameLine();
  const bool playing = open && s->state.playing;
  if (iconButton("##play", playing ? Icon::Pause : Icon::Play,
                 playing ? tr("Pause  (Space)", "Pauzeren  (spatiebalk)")
                         : tr("Play  (Space)", "Afspelen  (spatiebalk)")))
    actions::togglePlay(state);
  ImGui::SameLine();
  if (iconButton("##stepfwd", Icon::StepForward, tr("One frame forward  ( . )", "Eén beeld verder  ( . )")))
    actions::stepFrame(state, true);
  ImGui::EndDisabled();

  separator();
  drawTime(open ? s : nullptr);
  ImGui::BeginDisabled(!open);
  separator();
  drawSpeed(state);
  separator();
  drawLoop(state);
  ImGui::EndDisabled();
  // Volume sits at the right edge.
  const float volumeWidth =
      ImGui::GetFrameHeight() * 1.25f + ImGui::GetStyle().ItemSpacing.x + ImGui::GetFontSize() * 8.0f;
  const float volumeX = ImGui::GetWindowContentRegionMax().x - volumeWidth;
  if (playsSilently(s))
    drawNoDevice(volumeX);
  ImGui::SameLine();
  ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), volumeX));
  drawVolume(state);
}

// "No sound device", in the room left before the volume: whole, else short,
// else only the muted speaker's tooltip says it (a narrow window).
void TransportBar::drawNoDevice(float volumeX) {
  const char *whole = tr("No sound device", "Geen geluidsapparaat");
  const char *brief = tr("No sound", "Geen geluid");
  separator();
  const float room = volumeX - ImGui::GetCursorPosX() - ImGui::GetStyle().ItemSpacing.x;
  const char *label = nullptr;
  for (const char *candidate : {whole, brief})
    if (label == nullptr && ImGui::CalcTextSize(candidate).x <= room)
      label = candidate;
  if (label == nullptr)
    return;
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("%s", label);
  itemTooltip(noDeviceSentence());
}

const char *TransportBar::noDeviceSentence() {
  return tr("No sound output was found, so the recording plays silently. Connect speakers or headphones "
            "and open the recording again.",
            "Er is geen geluidsuitvoer gevonden, dus de opname speelt zonder geluid. Sluit luidsprekers of "
            "een koptelefoon aan en open de opname opnieuw.");
}

void TransportBar::drawTime(const Session *s) const {
  const std::string now = s ? clockText(s->state.position) : clockText(0);
  const std::string total = s ? clockText(s->state.duration) : clockText(0);
  ImGui::AlignTextToFramePadding();
  ImGui::PushFont(m_fonts.large);
  // The large font is taller than a frame; nudge it to share the baseline.
  const float dy = (ImGui::GetFrameHeight() - ImGui::GetFontSize()) * 0.5f;
  const ImVec2 p = ImGui::GetCursorPos();
  ImGui::SetCursorPosY(p.y + dy - ImGui::GetStyle().FramePadding.y);
  ImGui::TextUnformatted(now.c_str());
  ImGui::PopFont();
  itemTooltip(tr("Position in the recording (hours:minutes:seconds.milliseconds)",
                 "Positie in de opname (uren:minuten:seconden.milliseconden)"));
  ImGui::SameLine();
  ImGui::SetCursorPosY(p.y);
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("/ %s", total.c_str());
  itemTooltip(tr("Length of the recording", "Lengte van de opname"));
}

void TransportBar::drawSpeed(AppState &state) {
  const double speed = state.session ? state.session->state.speed : 1.0;
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 4.5f);
  const std::string label = speedLabel(speed);
  if (ImGui::BeginCombo("##speed", label.c_str(), ImGuiComboFlags_HeightLarge)) {
    for (double option : actions::kSpeeds) {
      const bool selected = std::abs(option - speed) < 1e-6;
      if (ImGui::Selectable(speedLabel(option).c_str(), selected))
        actions::setSpeed(state, option);
    }
    ImGui::EndCombo();
  }
  itemTooltip(tr("Playback speed; the pitch of voices stays the same  ( [ slower, ] faster )",
                 "Afspeelsnelheid; de toonhoogte van stemmen blijft gelijk  ( [ langzamer, ] sneller )"));
}

void TransportBar::drawLoop(AppState &state) {
  const media::PlayerState *st = state.session ? &state.session->state : nullptr;
  const bool hasA = st && st->loopA, hasB = st && st->loopB;
  if (iconButton("##loopa", Icon::LoopA, tr("Loop start here  (L)", "Begin van de herhaling hier  (L)"), hasA))
    actions::setLoopA(state);
  ImGui::SameLine(0.0f, 2.0f);
  if (iconButton("##loopb", Icon::LoopB, tr("Loop end here  (L again)", "Einde van de herhaling hier  (nogmaals L)"),
                 hasB))
    actions::setLoopB(state);
  ImGui::SameLine(0.0f, 2.0f);
  ImGui::BeginDisabled(!hasA && !hasB);
  if (iconButton("##loopclear", Icon::LoopClear,
                 tr("Stop looping  (L a third time)", "Herhaling stoppen  (derde keer L)")))
    actions::clearLoop(state);
  ImGui::EndDisabled();
  if (hasA || hasB) {
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    const std::string a = hasA ? clockText(*st->loopA) : std::string("…");
    const std::string b = hasB ? clockText(*st->loopB) : std::string("…");
    ImGui::TextDisabled("%s \xE2\x80\x93 %s", a.c_str(), b.c_str());
    itemTooltip(tr("The stretch that repeats", "Het stuk dat herhaald wordt"));
  }
}

void TransportBar::drawVolume(AppState &state) {
  const bool muted = state.settings.muted;
  if (iconButton("##mute", muted ? Icon::VolumeOff : Icon::VolumeOn,
                 muted ? tr("Sound on  (M)", "Geluid aan  (M)") : tr("Sound off  (M)", "Geluid uit  (M)"), muted))
    actions::setMuted(state, !muted);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8.0f);
  int percent = static_cast<int>(std::lround(state.settings.volume * 100.0f));
  if (ImGui::SliderInt("##volume", &percent, 0, 100, "%d %%"))
    actions::setVolume(state, static_cast<float>(percent) / 100.0f);
  itemTooltip(playsSilently(state.session.get()) ? noDeviceSentence() : tr("Volume", "Volume"));
}

} // namespace spiegel::app::gui
