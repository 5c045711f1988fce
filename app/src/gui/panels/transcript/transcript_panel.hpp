#pragma once
// The Transcript tab: the cues of the recording's WebVTT transcript
// (Session::transcript) with their times and speakers. The cues spoken at
// the playhead are highlighted, and the list follows them while playing or
// after a seek; a click on a cue goes to its start (play or pause stays as
// it was). The tab is there only when the recording has a transcript. C
// (the keymap's Subtitles) turns the subtitles over the picture on or off
// whichever tab shows. UI thread only.
#include "gui/shell/panel.hpp"

#include <cstdint>
#include <optional>
#include <vector>

namespace spiegel::app::gui {

class TranscriptPanel final : public Panel {
public:
  [[nodiscard]] Slot slot() const override { return Slot::Side; }
  [[nodiscard]] std::string title() const override;
  [[nodiscard]] std::string tabId() const override { return "transcript"; }
  [[nodiscard]] bool shown(const AppState &state) const override;
  void draw(AppState &state) override;
  void handleTabKeys(AppState &state) override;

private:
  // Row heights (text wrapped at m_textWidth, cell padding included) for
  // the rows off screen, which are laid out but not drawn.
  void measure(const Session &s, float textWidth);
  void drawRow(AppState &state, std::size_t i, bool active, bool follow);

  std::uint64_t m_serial = 0;           // Session::serial the cached rows below belong to
  float m_textWidth = 0.0f;             // the text column's width m_heights were measured at
  float m_fontSize = 0.0f;              // and the font size
  float m_speakerWidth = 0.0f;          // the widest speaker name; 0: no cue names one
  std::vector<float> m_heights;         // per cue
  std::optional<std::size_t> m_current; // the first active cue last frame
  std::optional<std::size_t> m_clicked; // the cue last clicked: the list does not jump to it
};

} // namespace spiegel::app::gui
