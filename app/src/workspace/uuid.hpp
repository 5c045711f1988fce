#pragma once
// Random (version 4) UUIDs for entities the workspace creates itself (the
// undo stack writes new tags by id, so the id must exist before the write).
#include <string>

namespace spiegel::app::workspace {

// Canonical lower-case 8-4-4-4-12 form. UI thread only (one generator).
[[nodiscard]] std::string newUuid();

} // namespace spiegel::app::workspace
