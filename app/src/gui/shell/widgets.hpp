#pragma once
// Small drawing helpers shared by panels.
#include <imgui.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <string>

namespace spiegel::app::gui {

enum class Icon { Play, Pause, StepBack, StepForward, VolumeOn, VolumeOff, LoopA, LoopB, LoopClear };

// A square button with a drawn icon (no icon font needed). Shows `tooltip`
// on hover. `active` draws it highlighted (e.g. mute on).
bool iconButton(const char *id, Icon icon, const char *tooltip, bool active = false);
// Tooltip for the last item. Shown at once: a delayed one would need the
// idle loop to keep drawing frames while the mouse rests.
void itemTooltip(const char *text);
// A table's width: the room left on the line, but at least `leastEm` em, so
// in a narrow panel the table runs past the edge (the panel scrolls
// sideways) instead of squeezing its stretching column to nothing.
[[nodiscard]] float tableWidth(float leastEm);
// Where text should wrap in the current window: its visible right edge, in
// window-local x (not the edge of content that runs past it sideways).
[[nodiscard]] float visibleRightX();
// Text wrapped at visibleRightX().
void wrappedText(const char *text);
// Scrolls the current window so the stretch from screen y `top` to
// `bottom` (just drawn) is in view: its bottom at the window's bottom, or
// its top at the window's top when it is taller than the window. Nothing
// when it is in view already. Takes effect on the next frame.
void scrollIntoView(float top, float bottom);
// Fills an ImGui text field's buffer with `text` (cut to fit, always
// NUL-terminated).
template <std::size_t N> void copyInto(std::array<char, N> &buf, const std::string &text) {
  buf.fill('\0');
  std::memcpy(buf.data(), text.data(), std::min(text.size(), N - 1));
}

} // namespace spiegel::app::gui
