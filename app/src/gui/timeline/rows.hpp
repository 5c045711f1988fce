#pragma once
// The rows of this issue: ruler, thumbnails, waveform.
#include "gui/shell/waveform.hpp"
#include "gui/timeline/timeline_row.hpp"

#include <cstdint>
#include <map>

namespace spiegel::app::gui {

// Time ticks whose spacing adapts to the zoom (1-2-5 steps from 10 ms to
// hours) with readable labels.
class RulerRow final : public TimelineRow {
public:
  [[nodiscard]] const char *label() const override;
  [[nodiscard]] float height(const Session &) const override;
  void draw(const TimelineContext &ctx, const Session &session, float top, float height) override;
};

// Session::thumbnails (made by its thumbsTask), each drawn at its time, tiled so they
// never overlap: at every slot of one thumbnail width the nearest one is used.
// Owns the GL textures (UI thread only).
class ThumbnailRow final : public TimelineRow {
public:
  ThumbnailRow() = default;
  ~ThumbnailRow() override;
  ThumbnailRow(const ThumbnailRow &) = delete;
  ThumbnailRow &operator=(const ThumbnailRow &) = delete;
  [[nodiscard]] const char *label() const override;
  [[nodiscard]] float height(const Session &session) const override;
  void draw(const TimelineContext &ctx, const Session &session, float top, float height) override;

private:
  unsigned textureFor(const media::Thumbnail &thumb);
  void clear();

  std::uint64_t m_serial = 0;                                    // Session::serial the textures belong to
  std::map<const media::Thumbnail *, unsigned> m_textures; // thumbnail → GL texture
};

class WaveformRow final : public TimelineRow {
  WaveformView m_wave;

public:
  [[nodiscard]] const char *label() const override;
  [[nodiscard]] float height(const Session &session) const override;
  void draw(const TimelineContext &ctx, const Session &session, float top, float height) override;
};

} // namespace spiegel::app::gui
