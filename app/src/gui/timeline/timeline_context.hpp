#pragma once
// One per-frame description of the timeline, built once by TimelinePanel and
// passed const& to every row (Tracy's TimelineContext). Converts between
// time (µs) and screen x.
#include <spiegel/media/time.hpp>

#include <imgui.h>

namespace spiegel::app::gui {

struct TimelineContext {
  ImDrawList *draw = nullptr;
  float left = 0.0f, right = 0.0f; // screen x of the visible range
  Micros start = 0, end = 1;       // visible range
  double pxPerUs = 0.0;            // (right - left) / (end - start)
  Micros duration = 0;             // of the recording
  Micros playhead = 0;

  [[nodiscard]] float width() const { return right - left; }
  [[nodiscard]] float toX(Micros t) const {
    return left + static_cast<float>(static_cast<double>(t - start) * pxPerUs);
  }
  [[nodiscard]] Micros toTime(float x) const {
    return start + static_cast<Micros>(static_cast<double>(x - left) / pxPerUs);
  }
};

} // namespace spiegel::app::gui
