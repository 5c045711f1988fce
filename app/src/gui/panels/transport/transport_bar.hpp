#pragma once
// Play/pause, frame step, time / duration, speed, A–B loop, volume and mute,
// in one calm row. Every control has a tooltip naming its key.
#include "gui/shell/panel.hpp"
#include "gui/shell/theme.hpp"

namespace spiegel::app::gui {

class TransportBar final : public Panel {
public:
  explicit TransportBar(Fonts fonts) : m_fonts(fonts) {}
  [[nodiscard]] Slot slot() const override { return Slot::Transport; }
  void draw(AppState &state) override;

private:
  void drawTime(const Session *s) const;
  static void drawNoDevice(float volumeX);
  static const char *noDeviceSentence();
  static void drawSpeed(AppState &state);
  static void drawLoop(AppState &state);
  static void drawVolume(AppState &state);

  Fonts m_fonts;
};

} // namespace spiegel::app::gui
