#include "gui/timeline/rows.hpp"

#include "common/clock_text.hpp"
#include "common/i18n.hpp"
#include "gui/shell/gl.hpp"
#include "gui/shell/theme.hpp"
#include "gui/shell/waveform.hpp"

#include <algorithm>
#include <cmath>

namespace spiegel::app::gui {
namespace {
// Tick steps people read easily: 1-2-5 below a second, then the clock's own
// divisions (5 s, 10 s, 15 s, 30 s, 1 min, …).
struct Step {
  Micros step;
  int minors; // minor divisions per step, on round values (5 s, 1 min, …)
};
constexpr Step kSteps[] = {{10'000, 5},      {20'000, 2},        {50'000, 5},        {100'000, 5},
                           {200'000, 2},     {500'000, 5},       {1'000'000, 5},     {2'000'000, 2},
                           {5'000'000, 5},   {10'000'000, 5},    {15'000'000, 3},    {30'000'000, 6},
                           {60'000'000, 6},  {120'000'000, 4},   {300'000'000, 5},   {600'000'000, 5},
                           {900'000'000, 3}, {1'800'000'000, 6}, {3'600'000'000, 6}, {7'200'000'000, 4}};

// clockText shortened to the step: "01:02.25" for a step below a second,
// "01:02" from a second on.
std::string tickLabel(Micros t, Micros step) {
  std::string s = clockText(t);
  if (step >= 1'000'000)
    s.resize(s.rfind('.'));
  while (s.back() == '0' && s.find('.') != std::string::npos)
    s.pop_back();
  if (s.back() == '.')
    s.pop_back();
  return s;
}
} // namespace

// ---- Ruler ----------------------------------------------------------------

const char *RulerRow::label() const {
  return "";
}
float RulerRow::height(const Session &) const {
  return ImGui::GetFontSize() * 1.6f;
}

void RulerRow::draw(const TimelineContext &ctx, const Session &, float top, float h) {
  // Labels need about 7 em between them to stay apart.
  const double minPx = static_cast<double>(ImGui::GetFontSize()) * 7.0;
  Step chosen = kSteps[std::size(kSteps) - 1];
  for (const Step &candidate : kSteps)
    if (static_cast<double>(candidate.step) * ctx.pxPerUs >= minPx) {
      chosen = candidate;
      break;
    }
  const Micros step = chosen.step;
  const int minors = chosen.minors;
  const Micros minor = step / minors;
  const Micros first = (std::max<Micros>(ctx.start, 0) / step) * step;
  const float bottom = top + h;
  for (Micros t = first; t <= ctx.end; t += step) {
    const float x = ctx.toX(t);
    ctx.draw->AddLine(ImVec2(x, bottom - h * 0.55f), ImVec2(x, bottom), colors::rulerTick());
    const std::string text = tickLabel(t, step);
    ctx.draw->AddText(ImVec2(x + 4.0f, top + 1.0f), colors::rulerText(), text.c_str());
    for (int i = 1; i < minors; ++i) {
      const float mx = ctx.toX(t + minor * i);
      ctx.draw->AddLine(ImVec2(mx, bottom - h * 0.22f), ImVec2(mx, bottom), colors::rulerTick());
    }
  }
  ctx.draw->AddLine(ImVec2(ctx.left, bottom - 0.5f), ImVec2(ctx.right, bottom - 0.5f), colors::rulerTick());
}

// ---- Thumbnails -----------------------------------------------------------

ThumbnailRow::~ThumbnailRow() {
  clear();
}

void ThumbnailRow::clear() {
  for (auto &[thumb, tex] : m_textures)
    glDeleteTextures(1, &tex);
  m_textures.clear();
}

const char *ThumbnailRow::label() const {
  return tr("Picture", "Beeld");
}

float ThumbnailRow::height(const Session &session) const {
  return session.thumbsTask ? ImGui::GetFontSize() * 3.6f : 0.0f;
}

unsigned ThumbnailRow::textureFor(const media::Thumbnail &thumb) {
  if (auto it = m_textures.find(&thumb); it != m_textures.end())
    return it->second;
  const auto &img = thumb.image;
  if (img.width <= 0 || img.height <= 0 ||
      img.rgb.size() < static_cast<std::size_t>(img.width) * static_cast<std::size_t>(img.height) * 3u)
    return 0;
  GLint prev = 0;
  glGetIntegerv(GL_TEXTURE_BINDING_2D, &prev);
  GLuint tex = 0;
  glGenTextures(1, &tex);
  glBindTexture(GL_TEXTURE_2D, tex);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1); // RGB24 rows are not 4-byte aligned
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGB8, img.width, img.height, 0, GL_RGB, GL_UNSIGNED_BYTE, img.rgb.data());
  glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
  glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(prev));
  m_textures.emplace(&thumb, tex);
  return tex;
}

void ThumbnailRow::draw(const TimelineContext &ctx, const Session &session, float top, float h) {
  if (session.serial != m_serial) {
    clear();
    m_serial = session.serial;
  }
  if (!session.thumbsTask)
    return;
  // Time order; the session keeps every key of m_textures alive (it only
  // appends), and a new session clears them above.
  const auto &thumbs = session.thumbnails;
  if (thumbs.empty()) {
    const std::string text = std::string(tr("Making thumbnails… ", "Miniaturen maken… ")) +
                             std::to_string(static_cast<int>(session.thumbsTask.progress() * 100.0f)) + " %";
    ctx.draw->AddText(ImVec2(ctx.left + 8.0f, top + (h - ImGui::GetFontSize()) * 0.5f),
                      ImGui::GetColorU32(ImGuiCol_TextDisabled), text.c_str());
    return;
  }
  const auto &first = thumbs.front()->image;
  const float aspect =
      first.height > 0 ? static_cast<float>(first.width) / static_cast<float>(first.height) : 16.0f / 9.0f;
  const float pad = 2.0f;
  const float th = h - 2.0f * pad, tw = std::max(th * aspect, 8.0f);
  // Slots aligned to multiples of the thumbnail width in time, so panning
  // moves the pictures with the timeline instead of swapping them.
  const double slotUs = static_cast<double>(tw) / ctx.pxPerUs;
  const auto firstSlot = static_cast<std::int64_t>(std::floor(static_cast<double>(ctx.start) / slotUs));
  // An incomplete copy has no pictures after its playable end: its last
  // thumbnail must not stand for the missing stretch.
  const Micros end = std::min(ctx.duration, std::max<Micros>(session.state.playable, 0));
  for (std::int64_t i = std::max<std::int64_t>(firstSlot, 0);; ++i) {
    const auto t0 = static_cast<Micros>(static_cast<double>(i) * slotUs);
    if (t0 > ctx.end || t0 >= end)
      break;
    const Micros mid = t0 + static_cast<Micros>(slotUs * 0.5);
    // Latest thumbnail at or before the slot's middle (the picture shown then).
    auto it = std::upper_bound(thumbs.begin(), thumbs.end(), mid,
                               [](Micros t, const auto &th2) { return t < th2->at; });
    if (it != thumbs.begin())
      --it;
    const unsigned tex = textureFor(**it);
    if (tex == 0)
      continue;
    const float x = ctx.toX(t0);
    const float w = std::min(tw, ctx.toX(end) - x);
    const float u1 = w / tw;
    ctx.draw->AddImage(reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(tex)), ImVec2(x, top + pad),
                       ImVec2(x + w - 1.0f, top + pad + th), ImVec2(0, 0), ImVec2(u1, 1));
  }
}

// ---- Waveform -------------------------------------------------------------

const char *WaveformRow::label() const {
  return tr("Sound", "Geluid");
}

float WaveformRow::height(const Session &session) const {
  return session.peaksTask ? ImGui::GetFontSize() * 3.2f : 0.0f;
}

void WaveformRow::draw(const TimelineContext &ctx, const Session &session, float top, float h) {
  if (!session.peaksTask)
    return;
  if (session.peaks) {
    const float right = std::min(ctx.right, ctx.toX(ctx.duration));
    m_wave.draw(ctx.draw, ImVec2(ctx.left, top + 2.0f), ImVec2(right, top + h - 2.0f), session.peaks, ctx.start,
                ctx.toTime(right), colors::waveform());
    return;
  }
  const std::string text =
      session.peaksTask.failed() ? std::string(tr("The sound could not be read for the waveform.",
                                    "Het geluid kon niet worden gelezen voor de golfvorm."))
                   : std::string(tr("Reading the sound… ", "Geluid inlezen… ")) +
                         std::to_string(static_cast<int>(session.peaksTask.progress() * 100.0f)) + " %";
  ctx.draw->AddText(ImVec2(ctx.left + 8.0f, top + (h - ImGui::GetFontSize()) * 0.5f),
                    ImGui::GetColorU32(ImGuiCol_TextDisabled), text.c_str());
}

} // namespace spiegel::app::gui
