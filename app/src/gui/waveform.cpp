#include "gui/waveform.hpp"

#include <algorithm>
#include <cmath>

namespace spiegel::app::gui {

void drawWaveform(ImDrawList *dl, ImVec2 min, ImVec2 max, const media::Peaks &peaks, Micros from, Micros to,
                  ImU32 color, float gain) {
  const float width = max.x - min.x;
  if (peaks.empty() || peaks.bucket <= 0 || width < 1.0f || to <= from)
    return;
  const auto n = static_cast<std::int64_t>(std::min(peaks.min.size(), peaks.max.size()));
  const float mid = (min.y + max.y) * 0.5f;
  const float half = (max.y - min.y) * 0.5f;
  const double usPerPx = static_cast<double>(to - from) / static_cast<double>(width);
  const int columns = static_cast<int>(width);
  for (int x = 0; x < columns; ++x) {
    const double t0 = static_cast<double>(from) + usPerPx * x;
    const double t1 = t0 + usPerPx;
    if (t1 <= 0.0)
      continue;
    auto b0 = static_cast<std::int64_t>(std::floor(t0 / static_cast<double>(peaks.bucket)));
    auto b1 = static_cast<std::int64_t>(std::ceil(t1 / static_cast<double>(peaks.bucket)));
    b0 = std::max<std::int64_t>(b0, 0);
    b1 = std::min(std::max(b1, b0 + 1), n);
    if (b0 >= n)
      break;
    float lo = 1.0f, hi = -1.0f;
    for (auto b = b0; b < b1; ++b) {
      lo = std::min(lo, peaks.min[static_cast<std::size_t>(b)] * gain);
      hi = std::max(hi, peaks.max[static_cast<std::size_t>(b)] * gain);
    }
    if (hi < lo)
      continue;
    // At least one pixel tall, so silence still shows as a calm line.
    const float top = mid - std::clamp(hi, -1.0f, 1.0f) * half;
    const float bottom = std::max(mid - std::clamp(lo, -1.0f, 1.0f) * half, top + 1.0f);
    const float px = min.x + static_cast<float>(x);
    dl->AddRectFilled(ImVec2(px, top), ImVec2(px + 1.0f, bottom), color);
  }
}

float WaveformGain::get(const std::shared_ptr<const media::Peaks> &peaks) {
  if (!peaks)
    return 1.0f;
  if (peaks != m_for) {
    float loudest = 0.0f;
    for (float v : peaks->max)
      loudest = std::max(loudest, std::abs(v));
    for (float v : peaks->min)
      loudest = std::max(loudest, std::abs(v));
    m_gain = loudest > 0.0f ? std::clamp(0.9f / loudest, 1.0f, 20.0f) : 1.0f;
    m_for = peaks;
  }
  return m_gain;
}

} // namespace spiegel::app::gui
