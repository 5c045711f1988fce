#pragma once
// The timeline's Discussion row (issue #12 §5): one mark per thread the
// reviewer is shown (Workspace::threads()) — a speech bubble at its start,
// and a bar over its stretch — dimmed when resolved, outlined when it is
// AppState::selectedThread. A click on a mark selects that thread and brings
// the Discussion tab forward (the click also seeks, as anywhere on the
// timeline). Shown while a project is open. UI thread only.
#include "gui/timeline/timeline_row.hpp"

namespace spiegel::app::gui {

class ThreadLaneRow final : public TimelineRow {
public:
  // The state this frame's draw reads and a click writes (TimelinePanel).
  void bind(AppState *state) { m_state = state; }
  [[nodiscard]] const char *label() const override;
  [[nodiscard]] std::string labelTooltip() const override;
  [[nodiscard]] float height(const Session &session) const override;
  void draw(const TimelineContext &ctx, const Session &session, float top, float height) override;
  // The pointer was over a mark in this frame's draw (its tooltip shows,
  // not the timeline's time under the pointer).
  [[nodiscard]] bool hovering() const { return m_hovering; }

private:
  AppState *m_state = nullptr;
  bool m_hovering = false;
};

} // namespace spiegel::app::gui
