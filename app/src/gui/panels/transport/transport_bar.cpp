#include "gui/panels/transport/transport_bar.hpp"

#include "common/clock_text.hpp"
#include "common/i18n.hpp"
#include "gui/shell/actions.hpp"
#include "gui/shell/test_layout.hpp"
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

// Between groups of controls: a wide gap, a plain one in a narrow bar.
void separator(float gap) { ImGui::SameLine(0.0f, gap); }
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

  // What the rest of the row needs at least: speed, the loop's buttons, the
  // mute button and a short volume slider.
  const ImGuiStyle &style = ImGui::GetStyle();
  const float em = ImGui::GetFontSize();
  const float right = ImGui::GetWindowContentRegionMax().x;
  const float gap = right < em * kNarrowEm ? style.ItemSpacing.x : style.ItemSpacing.x * 2.5f;
  const float mute = rowH * 1.25f;
  const float leastVolume = mute + style.ItemSpacing.x + kLeastSliderEm * em;
  const float rest = gap + kSpeedEm * em + gap + rowH * (1.25f * 2.0f + 1.6f) + 4.0f + style.ItemSpacing.x + leastVolume;

  separator(gap);
  drawTime(open ? s : nullptr, right - rest);
  ImGui::BeginDisabled(!open);
  separator(gap);
  drawSpeed(state);
  separator(gap);
  const std::string stretch = drawLoop(state);
  ImGui::EndDisabled();

  // Then, in what is left: the loop's times (else they are in the Stop
  // button's tooltip), the slider as wide as fits up to 8 em (none below
  // kLeastSliderEm: the mute button's tooltip says the volume), the mute
  // button always, at the right edge.
  ImGui::SameLine();
  float room = right - ImGui::GetCursorPosX();
  const float times = stretch.empty() ? 0.0f : ImGui::CalcTextSize(stretch.c_str()).x + style.ItemSpacing.x;
  if (times > 0.0f && room - times >= leastVolume) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", stretch.c_str());
    if (auto *tl = testLayout())
      tl->lastItem("loop_times");
    itemTooltip(tr("The stretch that repeats", "Het stuk dat herhaald wordt"));
    ImGui::SameLine();
    room -= times;
  }
  const float fits = room - mute - style.ItemSpacing.x;
  const float slider = fits >= kLeastSliderEm * em ? std::min(fits, 8.0f * em) : 0.0f;
  const float volumeX = right - mute - (slider > 0.0f ? style.ItemSpacing.x + slider : 0.0f);
  if (playsSilently(s))
    drawNoDevice(volumeX, gap);
  ImGui::SameLine();
  ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), volumeX));
  drawVolume(state, slider);
}

// "No sound device", in the room left before the volume: whole, else short,
// else only the muted speaker's tooltip says it (a narrow window).
void TransportBar::drawNoDevice(float volumeX, float gap) {
  const char *whole = tr("No sound device", "Geen geluidsapparaat");
  const char *brief = tr("No sound", "Geen geluid");
  separator(gap);
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

void TransportBar::drawTime(const Session *s, float until) const {
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
  const std::string tip = std::string(tr("Position in the recording", "Positie in de opname")) + "\n" +
                          tr("Length: ", "Lengte: ") + total;
  itemTooltip(tip.c_str());
  const std::string length = "/ " + total;
  ImGui::SameLine();
  if (ImGui::GetCursorPosX() + ImGui::CalcTextSize(length.c_str()).x > until)
    return; // the position's tooltip says the length

  ImGui::SetCursorPosY(p.y);
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("%s", length.c_str());
  itemTooltip(tr("Length of the recording", "Lengte van de opname"));
}

void TransportBar::drawSpeed(AppState &state) {
  const double speed = state.session ? state.session->state.speed : 1.0;
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * kSpeedEm);
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

std::string TransportBar::drawLoop(AppState &state) {
  const media::PlayerState *st = state.session ? &state.session->state : nullptr;
  const bool hasA = st && st->loopA, hasB = st && st->loopB;
  if (iconButton("##loopa", Icon::LoopA, tr("Loop start here  (L)", "Begin van de herhaling hier  (L)"), hasA))
    actions::setLoopA(state);
  ImGui::SameLine(0.0f, 2.0f);
  if (iconButton("##loopb", Icon::LoopB, tr("Loop end here  (L again)", "Einde van de herhaling hier  (nogmaals L)"),
                 hasB))
    actions::setLoopB(state);
  ImGui::SameLine(0.0f, 2.0f);
  const std::string stretch = !hasA && !hasB ? std::string()
                              : (hasA ? clockText(*st->loopA) : std::string("\xE2\x80\xA6")) + " \xE2\x80\x93 " +
                                    (hasB ? clockText(*st->loopB) : std::string("\xE2\x80\xA6"));
  ImGui::BeginDisabled(!hasA && !hasB);
  const std::string clearTip = std::string(tr("Stop looping  (L a third time)", "Herhaling stoppen  (derde keer L)")) +
                               (stretch.empty() ? "" : "\n" + stretch);
  if (iconButton("##loopclear", Icon::LoopClear, clearTip.c_str()))
    actions::clearLoop(state);
  ImGui::EndDisabled();
  if (auto *tl = testLayout())
    tl->lastItem("loop_clear");
  return stretch;
}

void TransportBar::drawVolume(AppState &state, float sliderWidth) {
  const bool muted = state.settings.muted;
  if (iconButton("##mute", muted ? Icon::VolumeOff : Icon::VolumeOn,
                 muted ? tr("Sound on  (M)", "Geluid aan  (M)") : tr("Sound off  (M)", "Geluid uit  (M)"), muted))
    actions::setMuted(state, !muted);
  int percent = static_cast<int>(std::lround(state.settings.volume * 100.0f));
  if (sliderWidth <= 0.0f) {
    if (auto *tl = testLayout())
      tl->lastItem("mute");
    return; // a narrow bar: no slider (the volume keys and the settings still set it)
  }
  ImGui::SameLine();
  ImGui::SetNextItemWidth(sliderWidth);
  if (ImGui::SliderInt("##volume", &percent, 0, 100, "%d %%"))
    actions::setVolume(state, static_cast<float>(percent) / 100.0f);
  if (auto *tl = testLayout())
    tl->lastItem("volume");
  itemTooltip(playsSilently(state.session.get()) ? noDeviceSentence() : tr("Volume", "Volume"));
}

} // namespace spiegel::app::gui
