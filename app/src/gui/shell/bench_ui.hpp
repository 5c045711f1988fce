#pragma once
#include "common/command.hpp"

namespace spiegel::app {

// `spiegel bench --ui` (for now `spiegel bench-ui`): issue §8. Opens the
// real player window at 1920×1080 on a 1080p recording with a project of
// 10 000 tags, plays, and measures the CPU time of building each UI frame
// (ImGui NewFrame → Render, GL excluded): median and p95 over 600 frames.
// Then pauses and measures the whole process's CPU use over 10 s idle.
// Needs a display (Xvfb). Prints JSON lines and a table.
int runUiBench(const Args &args);

} // namespace spiegel::app
