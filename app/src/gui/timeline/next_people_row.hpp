#pragma once
// The timeline's "Next tags" row, just above the element lanes (issue #11
// item 8): the people the next tags get (Workspace::currentParticipants),
// as chips with their F-key and an ×; clicking a chip takes that person off.
// With nobody chosen it says how to choose; with the tag editor open it
// says that F1–F8 now change the open tag only, and F9 pins its people here.
// draw() only records a click; LaneSet::handleInput applies it (rows get
// the state read-only). UI thread only.
#include "gui/timeline/timeline_row.hpp"

#include <spiegel/annotate/types.hpp>

#include <optional>

namespace spiegel::app::gui {

class LaneSet;

class NextPeopleRow final : public TimelineRow {
public:
  explicit NextPeopleRow(const LaneSet &set) : m_set(set) {}
  [[nodiscard]] const char *label() const override;
  [[nodiscard]] float height(const Session &session) const override;
  void draw(const TimelineContext &ctx, const Session &session, float top, float height) override;
  // Takes the person whose chip was clicked in this frame's draw off the
  // next tags' people.
  void apply(AppState &state);

private:
  const LaneSet &m_set;
  std::optional<annotate::Uuid> m_clicked; // the chip clicked this frame
};

} // namespace spiegel::app::gui
