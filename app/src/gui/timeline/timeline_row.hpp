#pragma once
// One horizontal row of the timeline (Tracy's TimelineItem): the ruler, the
// thumbnails, the waveform, and — next issue — one lane per alliance element
// or reviewer. A row draws only what is visible in ctx.
#include "gui/shell/app_state.hpp"
#include "gui/timeline/timeline_context.hpp"

#include <string>

namespace spiegel::app::gui {

class TimelineRow {
public:
  virtual ~TimelineRow() = default;
  // Label shown in the left gutter (already translated), may be empty.
  [[nodiscard]] virtual const char *label() const = 0;
  // Shown when the label is hovered (translated), may be empty: then only
  // a cut label shows its whole text.
  [[nodiscard]] virtual std::string labelTooltip() const { return {}; }
  // Colour of the label (ImU32); 0: the dimmed text colour.
  [[nodiscard]] virtual unsigned labelColour() const { return 0; }
  // Height in pixels for this frame (0 hides the row, e.g. no audio).
  [[nodiscard]] virtual float height(const Session &session) const = 0;
  // Draws inside [ctx.left, ctx.right] × [top, top + height]. UI thread.
  virtual void draw(const TimelineContext &ctx, const Session &session, float top, float height) = 0;
};

} // namespace spiegel::app::gui
