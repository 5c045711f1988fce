#pragma once
// What an edit did, in the current language, for the Undo/Redo menu items:
// "add tag Engagement at 00:01:23", "rating Safety for mother".
#include "spiegel/annotate/edit_command.hpp"

#include <span>
#include <string>

namespace spiegel::app::workspace {

[[nodiscard]] std::string describeEdit(const annotate::EditCommand &cmd, const annotate::Codebook &codebook,
                                       std::span<const annotate::Participant> participants);
// An element's short name in the current language (the key when unknown).
[[nodiscard]] std::string elementText(const annotate::Codebook &codebook, const std::string &key);
// "00:01:23": formatTime without the milliseconds.
[[nodiscard]] std::string clockText(annotate::Micros t);

} // namespace spiegel::app::workspace
