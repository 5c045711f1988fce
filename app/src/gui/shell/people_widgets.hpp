#pragma once
// Small drawing helpers shared by the Participants, Ratings and Reviewers
// tabs. UI thread only, inside an ImGui frame.
#include "viewmodels/people_view.hpp"

#include "spiegel/annotate/types.hpp"

#include <string>

namespace spiegel::app::gui {

// A filled square in colour "#rrggbb" (grey when unreadable), one text line
// high, with `tooltip` on hover.
void colourSwatch(const std::string &colour, const char *tooltip);
// A calm amber note with a small drawn warning triangle in front, wrapped
// to the available width (or at window-local x `wrapX` when given). For
// rule checks and refusals, never alarming red.
void calmNote(const std::string &text, float wrapX = 0.0f);
// Muted, wrapped explanatory text.
void hintText(const char *text);
// A participant as people read it ("mother (M.)"): the view models' one.
using viewmodels::personLabel;
// The ImGui colour (ABGR) of "#rrggbb", or grey.
[[nodiscard]] unsigned colourU32(const std::string &colour);

} // namespace spiegel::app::gui
