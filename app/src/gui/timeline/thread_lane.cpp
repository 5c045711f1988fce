#include "gui/timeline/thread_lane.hpp"

#include "common/clock_text.hpp"
#include "common/i18n.hpp"
#include "gui/shell/test_layout.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace spiegel::app::gui {
namespace {
// Why this colour: neither an element colour (Okabe–Ito) nor the accent,
// so a discussion never reads as a tag.
constexpr ImU32 kBubble = IM_COL32(200, 200, 215, 255);
constexpr ImU32 kResolved = IM_COL32(120, 120, 130, 170);
constexpr ImU32 kOutline = IM_COL32(245, 245, 245, 255);
} // namespace

const char *ThreadLaneRow::label() const { return tr("Discussion", "Bespreking"); }

std::string ThreadLaneRow::labelTooltip() const {
  return tr("A mark per discussion thread; click one to read it in the Discussion tab",
            "Een markering per bespreking; klik erop om haar te lezen op het tabblad Bespreking");
}

// Shown once the recording has a thread the reviewer is shown: until then
// the row would only take room from the picture (threads start from the
// tag editor or the Discussion tab).
float ThreadLaneRow::height(const Session &) const {
  return m_state != nullptr && m_state->workspace && !m_state->workspace->threads().empty()
             ? ImGui::GetFontSize() * 1.3f
             : 0.0f;
}

void ThreadLaneRow::draw(const TimelineContext &ctx, const Session &, float top, float height) {
  m_hovering = false;
  if (m_state == nullptr || !m_state->workspace)
    return;
  const review::Workspace &ws = *m_state->workspace;
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  const bool clicked = ImGui::IsMouseClicked(ImGuiMouseButton_Left) && ImGui::IsWindowHovered();
  const float r = std::max(3.0f, height * 0.28f), mid = top + height * 0.5f;
  std::optional<annotate::Uuid> hit;
  int drawn = 0;
  for (const annotate::Thread &t : ws.threads()) {
    if (t.end < ctx.start || t.start > ctx.end)
      continue;
    const float x0 = std::round(ctx.toX(t.start)), x1 = std::max(ctx.toX(t.end), x0);
    const ImU32 colour = t.resolved ? kResolved : kBubble;
    if (x1 - x0 >= 2.0f * r)
      ctx.draw->AddRectFilled(ImVec2(x0, mid - 1.5f), ImVec2(x1, mid + 1.5f), colour);
    // A bubble with a tail pointing at the moment.
    const ImVec2 a(x0 - r, top + 1.0f), b(x0 + r * 1.6f, mid + r * 0.5f);
    ctx.draw->AddRectFilled(a, b, colour, r * 0.6f);
    ctx.draw->AddTriangleFilled(ImVec2(x0, b.y - 1.0f), ImVec2(x0 + r * 0.7f, b.y - 1.0f), ImVec2(x0, top + height - 1.0f),
                                colour);
    const bool selected = m_state->selectedThread == t.id;
    if (selected)
      ctx.draw->AddRect(ImVec2(a.x - 2.0f, a.y - 1.0f), ImVec2(std::max(b.x, x1) + 2.0f, top + height), kOutline, 3.0f,
                        0, 2.0f);
    const ImVec2 hitMin(a.x - 2.0f, top), hitMax(std::max(b.x, x1) + 2.0f, top + height);
    if (mouse.x >= hitMin.x && mouse.x <= hitMax.x && mouse.y >= hitMin.y && mouse.y <= hitMax.y) {
      m_hovering = true;
      ImGui::SetTooltip("%s", (std::string(tr("Discussion at ", "Bespreking bij ")) + clockText(t.start) +
                               (t.resolved ? tr(" (resolved)", " (afgerond)") : ""))
                                  .c_str());
      if (clicked)
        hit = t.id;
    }
    if (TestLayout *tl = testLayout())
      tl->rect("thread_mark." + t.id, hitMin, hitMax);
    ++drawn;
  }
  if (TestLayout *tl = testLayout()) {
    tl->rect("thread_lane", ImVec2(ctx.left, top), ImVec2(ctx.right, top + height));
    tl->value("thread_lane.marks", static_cast<double>(drawn));
  }
  if (hit) {
    m_state->selectedThread = *hit;
    m_state->showSideTab = "discussion";
    m_state->animating = true; // the tab comes forward on the next frame
    if (const auto *t = ws.thread(*hit); t != nullptr && t->onTag())
      m_state->selectedTag = t->tag;
  }
}

} // namespace spiegel::app::gui
