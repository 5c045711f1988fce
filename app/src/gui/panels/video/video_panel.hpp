#pragma once
// The picture: the current frame fitted with its aspect ratio; for an
// audio-only recording the waveform, large, with the playhead; with nothing
// open, a calm hint on how to open a recording. Over either, when the
// picture is not what was there at the time, one calm sentence says why
// (an incomplete copy whose data has ended; a time before the first
// picture of a recording that starts inside a group of pictures). At the
// foot of the picture, when View > Subtitles is on, the transcript's cue.
#include "gui/panels/video/video_renderer.hpp"
#include "gui/shell/panel.hpp"
#include "gui/shell/theme.hpp"
#include "gui/shell/waveform.hpp"

#include <imgui.h>

#include <optional>
#include <string>

namespace spiegel::app::gui {

class VideoPanel final : public Panel {
public:
  explicit VideoPanel(Fonts fonts) : m_fonts(fonts) {}
  [[nodiscard]] Slot slot() const override { return Slot::Video; }
  void draw(AppState &state) override;

private:
  struct Picture {
    ImVec2 min, max;
  };
  // The picture's rectangle, or nullopt while there is none yet.
  std::optional<Picture> drawVideo(Session &s, ImVec2 min, ImVec2 max);
  void drawAudioOnly(AppState &state, ImVec2 min, ImVec2 max);
  // Dims the panel and writes `note` in a band at its foot.
  static void drawNote(const std::string &note, ImVec2 min, ImVec2 max);

  Fonts m_fonts;
  WaveformView m_wave;
  Micros m_lastScrub = -1;                    // last keyframe-seek target while dragging the big waveform
  VideoRenderer m_renderer;                   // UI thread only (GL)
  const media::VideoFrame *m_shown = nullptr; // identity of the frame last uploaded
  std::uint64_t m_serial = 0;                 // Session::serial of m_keep
  media::FramePtr m_keep;                     // keeps m_shown alive so the address stays unique
};

} // namespace spiegel::app::gui
