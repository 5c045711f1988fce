#include "gui/shell/waveform.hpp"

#include <algorithm>
#include <cmath>

namespace spiegel::app::gui {
namespace {
// Each coarser level merges this many buckets; stop when a level is small
// enough to scan whole every frame.
constexpr std::size_t kMerge = 8;
constexpr std::size_t kSmallEnough = 4096;

void drawLevel(ImDrawList *dl, ImVec2 min, ImVec2 max, const media::Peaks &peaks, Micros from, Micros to,
               ImU32 color, float gain) {
  const float width = max.x - min.x;
  const auto n = static_cast<std::int64_t>(std::min(peaks.min.size(), peaks.max.size()));
  const float mid = (min.y + max.y) * 0.5f;
  const float half = (max.y - min.y) * 0.5f;
  const double usPerPx = static_cast<double>(to - from) / static_cast<double>(width);
  const auto bucket = static_cast<double>(peaks.bucket);
  const int columns = static_cast<int>(width);
  for (int x = 0; x < columns; ++x) {
    const double t0 = static_cast<double>(from) + usPerPx * x;
    const double t1 = t0 + usPerPx;
    if (t1 <= 0.0)
      continue;
    auto b0 = std::max<std::int64_t>(static_cast<std::int64_t>(std::floor(t0 / bucket)), 0);
    if (b0 >= n)
      break;
    auto b1 = std::min(std::max(static_cast<std::int64_t>(std::ceil(t1 / bucket)), b0 + 1), n);
    float lo = 1.0f, hi = -1.0f;
    for (auto b = b0; b < b1; ++b) {
      lo = std::min(lo, peaks.min[static_cast<std::size_t>(b)]);
      hi = std::max(hi, peaks.max[static_cast<std::size_t>(b)]);
    }
    if (hi < lo)
      continue;
    // At least one pixel tall, so silence still shows as a calm line.
    const float top = mid - std::clamp(hi * gain, -1.0f, 1.0f) * half;
    const float bottom = std::max(mid - std::clamp(lo * gain, -1.0f, 1.0f) * half, top + 1.0f);
    const float px = min.x + static_cast<float>(x);
    dl->AddRectFilled(ImVec2(px, top), ImVec2(px + 1.0f, bottom), color);
  }
}
} // namespace

void WaveformView::rebuild(const std::shared_ptr<const media::Peaks> &peaks) {
  m_for = peaks;
  m_coarser.clear();
  float loudest = 0.0f;
  for (float v : peaks->max)
    loudest = std::max(loudest, std::abs(v));
  for (float v : peaks->min)
    loudest = std::max(loudest, std::abs(v));
  m_gain = loudest > 0.0f ? std::clamp(0.9f / loudest, 1.0f, 20.0f) : 1.0f;
  const media::Peaks *src = peaks.get();
  while (std::min(src->min.size(), src->max.size()) > kSmallEnough) {
    media::Peaks next;
    next.bucket = src->bucket * static_cast<Micros>(kMerge);
    const std::size_t n = std::min(src->min.size(), src->max.size());
    for (std::size_t i = 0; i < n; i += kMerge) {
      const std::size_t e = std::min(i + kMerge, n);
      next.min.push_back(*std::min_element(src->min.begin() + static_cast<std::ptrdiff_t>(i),
                                           src->min.begin() + static_cast<std::ptrdiff_t>(e)));
      next.max.push_back(*std::max_element(src->max.begin() + static_cast<std::ptrdiff_t>(i),
                                           src->max.begin() + static_cast<std::ptrdiff_t>(e)));
    }
    m_coarser.push_back(std::move(next));
    src = &m_coarser.back();
  }
}

void WaveformView::draw(ImDrawList *dl, ImVec2 min, ImVec2 max,
                        const std::shared_ptr<const media::Peaks> &peaks, Micros from, Micros to,
                        ImU32 color) {
  if (!peaks || peaks->empty() || peaks->bucket <= 0 || max.x - min.x < 1.0f || to <= from)
    return;
  if (peaks != m_for)
    rebuild(peaks);
  // The coarsest level whose buckets are still no wider than a pixel.
  const double usPerPx = static_cast<double>(to - from) / static_cast<double>(max.x - min.x);
  const media::Peaks *level = peaks.get();
  for (const media::Peaks &c : m_coarser)
    if (static_cast<double>(c.bucket) <= usPerPx)
      level = &c;
  drawLevel(dl, min, max, *level, from, to, color, m_gain);
}

} // namespace spiegel::app::gui
