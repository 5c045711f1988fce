#include "gui/timeline/timeline_panel.hpp"

#include "common/clock_text.hpp"
#include "common/i18n.hpp"
#include "common/media_messages.hpp"
#include "gui/shell/actions.hpp"
#include "gui/shell/keymap_input.hpp"
#include "gui/shell/test_layout.hpp"
#include "gui/shell/theme.hpp"
#include "gui/shell/widgets.hpp"
#include "gui/timeline/rows.hpp"
#include "gui/panels/compare/compare_bar.hpp"
#include "gui/timeline/thread_lane.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace spiegel::app::gui {
namespace {
// 100 ms across the whole strip is about four frames at 25 fps: deeper zoom
// shows nothing new.
constexpr Micros kMinViewUs = 100'000;
// One wheel notch zooms by 20 %: fine enough to aim, fast enough to go from
// an hour to a minute in about 20 notches.
constexpr double kZoomPerNotch = 1.25;
// After the user zooms or pans, the view stops following the playhead for
// this long, so one can look elsewhere while the recording plays on.
constexpr double kFollowPause = 5.0;
// The ruler, thumbnail, waveform and discussion rows; element lanes follow them.
constexpr std::size_t kFixedRows = 4;
// The thumbnails' row: the compare view leaves it out, its room goes to the
// reviewers' lanes (the picture above shows the moment anyway).
constexpr std::size_t kThumbnailRow = 1;
// Zoom animation: each frame covers this share of the remaining distance,
// so a zoom settles in about a quarter of a second at 60 fps (Tracy's feel).
constexpr double kZoomEase = 0.25;
// Zoom to a tag leaves this share of its length free on either side.
constexpr double kZoomMargin = 0.25;
} // namespace

void clampView(TimelineView &v, Micros duration) {
  duration = std::max<Micros>(duration, kMinViewUs);
  Micros len = std::clamp<Micros>(v.end - v.start, kMinViewUs, duration);
  Micros start = std::clamp<Micros>(v.start, 0, duration - len);
  v.start = start;
  v.end = start + len;
}

TimelinePanel::TimelinePanel() {
  m_rows.push_back(std::make_unique<RulerRow>());
  m_rows.push_back(std::make_unique<ThumbnailRow>());
  m_rows.push_back(std::make_unique<WaveformRow>());
  auto threads = std::make_unique<ThreadLaneRow>();
  m_threadLane = threads.get();
  m_rows.push_back(std::move(threads));
}

namespace {
constexpr float kRowGap = 3.0f; // pixels between rows
// The gutter fits the longest row label ("Gezinsalliantie", "Shared
// purpose") plus this much room before the first markers; a label wider
// than kMaxGutterEm is cut with "..." and shown whole in a tooltip (a long
// element name from a custom codebook must not eat the timeline).
constexpr float kLabelLeftPx = 4.0f;
constexpr float kGutterPadEm = 0.7f;
constexpr float kMinGutterEm = 3.0f;
constexpr float kMaxGutterEm = 10.0f;

// `text` cut at a whole UTF-8 character so that it and "..." fit `width`.
std::string fitted(const char *text, float width) {
  std::string s(text);
  if (ImGui::CalcTextSize(s.c_str()).x <= width)
    return s;
  while (!s.empty()) {
    while (!s.empty()) { // drop one character: its continuation bytes, then its lead byte
      const auto c = static_cast<unsigned char>(s.back());
      s.pop_back();
      if ((c & 0xC0u) != 0x80u)
        break;
    }
    if (ImGui::CalcTextSize((s + "...").c_str()).x <= width)
      break;
  }
  return s + "...";
}

// A row's label in the gutter, cut to `width` with a tooltip of the full
// name when it does not fit.
void drawRowLabel(ImDrawList *dl, const TimelineRow &row, ImVec2 at, float rowHeight, float width) {
  const char *label = row.label();
  if (*label == '\0')
    return;
  const unsigned colour = row.labelColour() != 0 ? row.labelColour() : ImGui::GetColorU32(ImGuiCol_TextDisabled);
  const float y = at.y + (rowHeight - ImGui::GetFontSize()) * 0.5f;
  const bool fits = ImGui::CalcTextSize(label).x <= width;
  dl->AddText(ImVec2(at.x, y), colour, fits ? label : fitted(label, width).c_str());
  if (!ImGui::IsWindowHovered() || !ImGui::IsMouseHoveringRect(at, ImVec2(at.x + width, at.y + rowHeight)))
    return;
  if (const std::string tip = row.labelTooltip(); !tip.empty())
    ImGui::SetTooltip("%s%s%s", fits ? "" : label, fits ? "" : "\n", tip.c_str());
  else if (!fits)
    ImGui::SetTooltip("%s", label);
}
} // namespace

float TimelinePanel::gutterWidth(const Session &s) const {
  const float em = ImGui::GetFontSize();
  float widest = em * kMinGutterEm;
  for (const auto &row : m_rows)
    if (row->height(s) > 0.0f)
      widest = std::max(widest, ImGui::CalcTextSize(row->label()).x);
  return std::min(kLabelLeftPx + widest + em * kGutterPadEm, em * kMaxGutterEm);
}

float TimelinePanel::rowHeight(std::size_t i, const Session &s) const {
  return m_compare.active() && i == kThumbnailRow ? 0.0f : m_rows[i]->height(s);
}

float TimelinePanel::preferredHeight(const AppState &state) const {
  if (!state.session)
    return ImGui::GetFontSize() * 3.0f;
  float h = 0.0f;
  if (state.compare.on && state.workspace)
    h += compareBarHeight();
  else if (state.workspace && m_lanes.empty()) // lanes are added on the next draw; reserve their room now
    h += static_cast<float>(state.workspace->codebook().elements.size()) * (ImGui::GetFontSize() * 1.7f + kRowGap);
  const std::size_t own = m_compare.active() ? std::min(kFixedRows, m_rows.size()) : m_rows.size();
  for (std::size_t i = 0; i < own; ++i)
    if (const float rh = rowHeight(i, *state.session); rh > 0.0f)
      h += rh + kRowGap;
  return h + m_compare.preferredHeight(kRowGap);
}

void TimelinePanel::followPlayhead(AppState &state) const {
  const Session &s = *state.session;
  if (!s.state.playing || state.scrubbing || ImGui::GetTime() - m_lastManualView < kFollowPause)
    return;
  TimelineView &v = state.view;
  const Micros len = v.length();
  // Page forward like a score: the playhead re-enters at 5 % from the left.
  if (s.state.position > v.end || s.state.position < v.start) {
    v.start = s.state.position - len / 20;
    v.end = v.start + len;
  }
}

void TimelinePanel::draw(AppState &state) {
  Session *s = state.session.get();
  if (s == nullptr || s->state.duration <= 0) {
    ImGui::TextDisabled("%s", tr("The timeline appears when a recording is open.",
                                 "De tijdlijn verschijnt als er een opname geopend is."));
    return;
  }
  if (state.compare.on && state.workspace)
    drawCompareBar(state, {.lanesCut = m_compare.overflow(), .linksHidden = m_compare.linksHidden()});
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  ImDrawList *dl = ImGui::GetWindowDrawList();
  if (state.view.end <= state.view.start)
    state.view = {0, s->state.duration};
  m_threadLane->bind(&state);
  handleKeys(state);
  const bool comparing = state.compare.on && state.workspace;
  if (comparing) {
    m_lanes.reset();
    m_compare.sync(state, m_rows, kFixedRows);
  } else {
    if (m_compare.active()) {
      m_compare.reset();
      m_rows.resize(kFixedRows);
    }
    m_lanes.sync(state, m_rows, kFixedRows);
  }
  animate(state);
  followPlayhead(state);
  clampView(state.view, s->state.duration);

  const float gutter = gutterWidth(*s);
  TimelineContext ctx;
  ctx.draw = dl;
  ctx.left = origin.x + gutter;
  ctx.right = std::max(origin.x + avail.x - 4.0f, ctx.left + 10.0f);
  ctx.start = state.view.start;
  ctx.end = state.view.end;
  ctx.pxPerUs = static_cast<double>(ctx.width()) / static_cast<double>(ctx.end - ctx.start);
  ctx.duration = s->state.duration;
  ctx.playhead = s->state.position;
  if (state.workspace) // the list's filters dim or hide tags here too; the Tags tab may be hidden
    state.tagList.refresh(*state.workspace);
  if (!m_compare.active())
    m_lanes.prepare(state, ctx);
  if (m_compare.active()) { // the reviewers' lanes share what the fixed rows leave
    float fixed = 0.0f;
    for (std::size_t i = 0; i < kFixedRows && i < m_rows.size(); ++i)
      if (const float h = rowHeight(i, *s); h > 0.0f)
        fixed += h + kRowGap;
    m_compare.fit(avail.y - fixed, kRowGap);
  }

  float y = origin.y;
  float rulerBottom = origin.y;
  const float gap = kRowGap;
  dl->PushClipRect(origin, ImVec2(origin.x + avail.x, origin.y + avail.y), true);
  for (std::size_t i = 0; i < m_rows.size(); ++i) {
    const float h = rowHeight(i, *s);
    if (h <= 0.0f)
      continue;
    if (i > 0)
      dl->AddRectFilled(ImVec2(ctx.left, y), ImVec2(ctx.right, y + h), colors::rowBackground(), 3.0f);
    drawRowLabel(dl, *m_rows[i], ImVec2(origin.x + kLabelLeftPx, y), h,
                 gutter - kLabelLeftPx - ImGui::GetFontSize() * kGutterPadEm);
    dl->PushClipRect(ImVec2(ctx.left, y), ImVec2(ctx.right, y + h), true);
    m_rows[i]->draw(ctx, *s, y, h);
    dl->PopClipRect();
    y += h + gap;
    if (i == 0)
      rulerBottom = y;
  }
  if (TestLayout *tl = testLayout())
    tl->timeline(ctx.left, ctx.right, origin.y, y - gap, ctx.start, ctx.end);
  dl->PushClipRect(ImVec2(ctx.left - 1.0f, origin.y), ImVec2(ctx.right + 1.0f, y), true);
  m_compare.drawLinks(ctx);
  drawOverlay(ctx, *s, origin.y, y - gap);
  dl->PopClipRect();
  dl->PopClipRect();

  ImGui::SetCursorScreenPos(ImVec2(ctx.left, origin.y));
  ImGui::InvisibleButton("##timeline", ImVec2(ctx.width(), std::max(y - origin.y, 1.0f)),
                         ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight |
                             ImGuiButtonFlags_MouseButtonMiddle);
  handleInput(state, ctx, rulerBottom);
}

void TimelinePanel::drawOverlay(const TimelineContext &ctx, const Session &s, float top, float bottom) const {
  const auto &st = s.state;
  drawMissing(ctx, st, top, bottom);
  // A half-set loop (A only) shows its edge; the region is shaded once B is set.
  const ImU32 edge = IM_COL32(230, 190, 90, 200);
  if (st.loopA && st.loopB)
    ctx.draw->AddRectFilled(ImVec2(ctx.toX(*st.loopA), top), ImVec2(ctx.toX(*st.loopB), bottom),
                            colors::loopRegion());
  for (const auto &at : {st.loopA, st.loopB})
    if (at)
      ctx.draw->AddLine(ImVec2(ctx.toX(*at), top), ImVec2(ctx.toX(*at), bottom), edge, 1.5f);
  const float x = std::round(ctx.toX(ctx.playhead));
  const float r = ImGui::GetFontSize() * 0.35f;
  ctx.draw->AddTriangleFilled(ImVec2(x - r, top), ImVec2(x + r, top), ImVec2(x, top + r * 1.3f),
                              colors::accent());
  ctx.draw->AddLine(ImVec2(x, top), ImVec2(x, bottom), colors::accent(), 2.0f);
}

void TimelinePanel::drawMissing(const TimelineContext &ctx, const media::PlayerState &st, float top, float bottom) {
  if (st.playable >= st.duration)
    return; // a whole file
  const float x0 = std::max(ctx.toX(st.playable), ctx.left), x1 = std::min(ctx.toX(st.duration), ctx.right);
  if (x1 <= x0)
    return;
  ctx.draw->AddRectFilled(ImVec2(x0, top), ImVec2(x1, bottom), colors::missingRegion());
  // Diagonal hatching, clipped to the stretch: "nothing here", not "quiet here".
  ctx.draw->PushClipRect(ImVec2(x0, top), ImVec2(x1, bottom), true);
  const float step = ImGui::GetFontSize() * 0.6f, h = bottom - top;
  for (float x = x0 - h; x < x1; x += step)
    ctx.draw->AddLine(ImVec2(x, bottom), ImVec2(x + h, top), colors::missingHatch(), 1.0f);
  ctx.draw->PopClipRect();
  ctx.draw->AddLine(ImVec2(x0, top), ImVec2(x0, bottom), colors::missingHatch(), 1.5f);
  if (TestLayout *tl = testLayout())
    tl->rect("timeline_missing", ImVec2(x0, top), ImVec2(x1, bottom));
}

void TimelinePanel::handleInput(AppState &state, const TimelineContext &ctx, float rulerBottom) {
  const ImGuiIO &io = ImGui::GetIO();
  TimelineView &v = state.view;
  const Micros duration = ctx.duration;
  const bool hovered = ImGui::IsItemHovered();
  const float mx = io.MousePos.x;
  const LaneInput lanes =
      m_compare.active() ? m_compare.handleInput(state, ctx, hovered) : m_lanes.handleInput(state, ctx, hovered);
  const bool loopOwnsLeft = !lanes.ownsLeft && dragLoop(state, ctx, hovered);
  const bool leftTaken = lanes.ownsLeft || loopOwnsLeft;

  if (hovered) {
    // Faint line and time under the pointer.
    const Micros t = std::clamp<Micros>(ctx.toTime(mx), 0, duration);
    const ImVec2 mn = ImGui::GetItemRectMin(), mxr = ImGui::GetItemRectMax();
    ctx.draw->AddLine(ImVec2(mx, mn.y), ImVec2(mx, mxr.y), IM_COL32(255, 255, 255, 60));
    const auto &st = state.session->state;
    // A tag being dragged shows its own old → new time instead (lanes.ownsLeft).
    const bool ownTooltip = lanes.hoveringMark || lanes.ownsLeft || m_threadLane->hovering();
    if (!ownTooltip && st.playable < st.duration && t > st.playable)
      ImGui::SetTooltip("%s\n%s", clockText(t).c_str(), describeMissingStretch(st.playable).c_str());
    else if (!ownTooltip)
      ImGui::SetTooltip("%s", clockText(t).c_str());
    if (io.MouseWheel != 0.0f || io.MouseWheelH != 0.0f)
      m_zoomTarget.reset();
    // Shift turns the wheel into panning: a modifier of a mouse gesture (the
    // sheet lists it with the gestures), so read here, not in the keymap.
    const bool panWheel = io.KeyShift || io.MouseWheelH != 0.0f;
    if (io.MouseWheel != 0.0f && !panWheel) {
      const Micros anchor = ctx.toTime(mx);
      const double factor = std::pow(kZoomPerNotch, -static_cast<double>(io.MouseWheel));
      const double len = std::clamp(static_cast<double>(v.length()) * factor, static_cast<double>(kMinViewUs),
                                    static_cast<double>(std::max(duration, kMinViewUs)));
      const double frac = static_cast<double>(mx - ctx.left) / static_cast<double>(ctx.width());
      v.start = anchor - static_cast<Micros>(len * frac);
      v.end = v.start + static_cast<Micros>(len);
      m_lastManualView = ImGui::GetTime();
    } else if (panWheel) {
      const float notches = io.MouseWheelH != 0.0f ? -io.MouseWheelH : io.MouseWheel;
      const auto delta =
          static_cast<Micros>(static_cast<double>(v.length()) * 0.1 * static_cast<double>(notches));
      v.start -= delta;
      v.end -= delta;
      m_lastManualView = ImGui::GetTime();
    }
    if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left) && io.MousePos.y < rulerBottom)
      zoomTo(0, duration);
  }
  // Pan by right or middle drag.
  if (ImGui::IsItemActive() && (ImGui::IsMouseDragging(ImGuiMouseButton_Right, 0.0f) ||
                                ImGui::IsMouseDragging(ImGuiMouseButton_Middle, 0.0f))) {
    const auto delta = static_cast<Micros>(static_cast<double>(io.MouseDelta.x) / ctx.pxPerUs);
    v.start -= delta;
    v.end -= delta;
    m_lastManualView = ImGui::GetTime();
  }
  // Seek by left click / drag.
  const Micros target = std::clamp<Micros>(ctx.toTime(mx), 0, duration);
  if (leftTaken) {
    // A tag or the loop edge is being dragged: no seeking underneath.
  } else if (ImGui::IsItemActive() && ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
    state.scrubbing = true;
    if (target != m_lastScrub) {
      actions::seekTo(state, target, media::SeekMode::Keyframe); // the player coalesces these
      m_lastScrub = target;
    }
  } else if (state.scrubbing && !ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
    actions::seekTo(state, m_lastScrub >= 0 ? m_lastScrub : target, media::SeekMode::Exact);
    state.scrubbing = false;
    m_lastScrub = -1;
  }
  clampView(v, duration);
}

} // namespace spiegel::app::gui

namespace spiegel::app::gui {

void TimelinePanel::zoomTo(Micros start, Micros end) {
  if (end <= start)
    return;
  m_zoomTarget = TimelineView{start, end};
  m_lastManualView = ImGui::GetTime();
}

void TimelinePanel::handleKeys(AppState &state) {
  m_lanes.handleKeys(state);
  handleCompareKeys(state);
  keymap::Presses keys(state, {keymap::Action::FitRecording, keymap::Action::ZoomToSelection});
  while (const auto p = keys.next()) {
    const bool zoom = p->action == keymap::Action::ZoomToSelection;
    if (!zoom) {
      zoomTo(0, state.session->state.duration);
    } else if (state.workspace && state.selectedTag) {
      if (const auto cluster = m_lanes.selectedCluster(state)) {
        // A cluster just clicked: its whole stretch, so its tags spread out.
        const Micros pad = std::max<Micros>((cluster->end - cluster->start) / 10, kMicrosPerSecond / 4);
        zoomTo(cluster->start - pad, cluster->end + pad);
      } else if (const auto *a = state.workspace->tags().find(*state.selectedTag)) {
        // A point gets a 10 s window; a span its length plus a margin.
        const Micros len = std::max<Micros>(a->end - a->start, 0);
        const Micros pad = a->isPoint() ? 5 * kMicrosPerSecond
                                        : std::max<Micros>(static_cast<Micros>(static_cast<double>(len) * kZoomMargin),
                                                           kMicrosPerSecond / 2);
        zoomTo(a->start - pad, a->end + pad);
      }
    } else if (state.session->state.loopA && state.session->state.loopB) {
      // No tag selected: the A–B loop region is the selection to zoom to.
      const Micros a = *state.session->state.loopA, b = *state.session->state.loopB;
      const Micros pad = std::max<Micros>(static_cast<Micros>(static_cast<double>(b - a) * kZoomMargin),
                                          kMicrosPerSecond / 2);
      zoomTo(std::min(a, b) - pad, std::max(a, b) + pad);
    }
  }
}

void TimelinePanel::animate(AppState &state) {
  if (!m_zoomTarget)
    return;
  TimelineView &v = state.view;
  const TimelineView goal = *m_zoomTarget;
  const auto step = [](Micros from, Micros to) {
    return from + static_cast<Micros>(std::llround(static_cast<double>(to - from) * kZoomEase));
  };
  v.start = step(v.start, goal.start);
  v.end = step(v.end, goal.end);
  // Close enough when both ends are within 0.2 % of the goal's length.
  const Micros tol = std::max<Micros>((goal.end - goal.start) / 500, 1);
  if (std::llabs(v.start - goal.start) <= tol && std::llabs(v.end - goal.end) <= tol) {
    v = goal;
    m_zoomTarget.reset();
  } else {
    state.animating = true;
  }
}

bool TimelinePanel::dragLoop(AppState &state, const TimelineContext &ctx, bool hovered) {
  Session &s = *state.session;
  const ImGuiIO &io = ImGui::GetIO();
  if (m_loopDrag != 0) {
    if (!ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
      m_loopDrag = 0;
      return true;
    }
    const Micros t = std::clamp<Micros>(ctx.toTime(io.MousePos.x), 0, ctx.duration);
    std::optional<Micros> a = s.state.loopA, b = s.state.loopB;
    (m_loopDrag == 1 ? a : b) = t;
    if (a && b && *a > *b) { // dragged across the other edge: they swap roles
      std::swap(a, b);
      m_loopDrag = 3 - m_loopDrag;
    }
    s.player->setLoop(a, b);
    s.state.loopA = a;
    s.state.loopB = b;
    ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeEW);
    return true;
  }
  if (!hovered)
    return false;
  for (int which = 1; which <= 2; ++which) {
    const auto &at = which == 1 ? s.state.loopA : s.state.loopB;
    if (!at || std::fabs(ctx.toX(*at) - io.MousePos.x) > 4.0f)
      continue;
    ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeEW);
    ImGui::SetTooltip("%s", tr("Drag to move the loop's edge", "Sleep om de rand van de herhaling te verplaatsen"));
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
      m_loopDrag = which;
      return true;
    }
    return false;
  }
  return false;
}

} // namespace spiegel::app::gui
