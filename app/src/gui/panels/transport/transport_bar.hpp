#pragma once
// Play/pause, frame step, time / duration, speed, A–B loop, volume and mute,
// in one calm row. Every control has a tooltip naming its key. A narrow bar
// gives up words before controls: the length moves into the position's
// tooltip, the loop's times into the Stop-looping button's, the volume
// slider shrinks and then goes; every button always stays.
#include "gui/shell/panel.hpp"
#include "gui/shell/theme.hpp"

#include <string>

namespace spiegel::app::gui {

class TransportBar final : public Panel {
public:
  explicit TransportBar(Fonts fonts) : m_fonts(fonts) {}
  [[nodiscard]] Slot slot() const override { return Slot::Transport; }
  void draw(AppState &state) override;

private:
  // The length is left out when it would reach past `until`.
  void drawTime(const Session *s, float until) const;
  static void drawNoDevice(float volumeX, float gap);
  static const char *noDeviceSentence();
  static void drawSpeed(AppState &state);
  // The loop's buttons; returns its times as text ("" without a loop).
  static std::string drawLoop(AppState &state);
  // The mute button, and the slider when `sliderWidth` > 0.
  static void drawVolume(AppState &state, float sliderWidth);

  static constexpr float kSpeedEm = 4.5f;       // the speed box
  static constexpr float kLeastSliderEm = 3.5f; // a narrower volume slider is left out
  static constexpr float kNarrowEm = 40.0f;     // a bar narrower than this closes its gaps

  Fonts m_fonts;
};

} // namespace spiegel::app::gui
