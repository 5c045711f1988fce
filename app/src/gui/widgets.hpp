#pragma once
// Small drawing helpers shared by panels.
#include <imgui.h>

namespace spiegel::app::gui {

enum class Icon { Play, Pause, StepBack, StepForward, VolumeOn, VolumeOff, LoopA, LoopB, LoopClear };

// A square button with a drawn icon (no icon font needed). Shows `tooltip`
// on hover. `active` draws it highlighted (e.g. mute on).
bool iconButton(const char *id, Icon icon, const char *tooltip, bool active = false);
// Tooltip for the last item. Shown at once: a delayed one would need the
// idle loop to keep drawing frames while the mouse rests.
void itemTooltip(const char *text);

} // namespace spiegel::app::gui
