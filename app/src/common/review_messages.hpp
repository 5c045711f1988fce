#pragma once
// A review::Error as one sentence for a person, in the current language:
// what is wrong and what to do. The window and the CLI both word review's
// refusals here, so a rule reads the same everywhere.
#include "spiegel/review/result.hpp"
#include "spiegel/review/workspace.hpp"

#include <string>

namespace spiegel::app {

[[nodiscard]] std::string describe(const review::Error &e);
// One sentence for a missing recording ("" when it is there).
[[nodiscard]] std::string missingRecordingText(const review::Workspace &ws);

} // namespace spiegel::app
