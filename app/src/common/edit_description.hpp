#pragma once
// What an edit did, in the current language, for the Undo/Redo menu items:
// "add tag Engagement at 00:01:23", "rating Safety for mother".
#include "spiegel/annotate/edit_command.hpp"
#include "spiegel/review/workspace.hpp"

#include <span>
#include <string>

namespace spiegel::app {

[[nodiscard]] std::string describeEdit(const annotate::EditCommand &cmd, const annotate::Codebook &codebook,
                                       std::span<const annotate::Participant> participants);
// "Undo: add tag Engagement at 00:01:23" / "Ongedaan maken: …" for the
// workspace's next undo or redo; "" when there is nothing.
[[nodiscard]] std::string undoText(const review::Workspace &ws);
[[nodiscard]] std::string redoText(const review::Workspace &ws);
// An element's short name in the current language (the key when unknown).
[[nodiscard]] std::string elementText(const annotate::Codebook &codebook, const std::string &key);

} // namespace spiegel::app
