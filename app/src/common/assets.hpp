#pragma once
// Where the program's read-only assets (codebooks) are.
#include <string>

namespace spiegel::app {

// The first folder that has codebooks/alliance.json, in this order:
// $SPIEGEL_ASSETS_DIR, the source tree's assets (compile-time
// SPIEGEL_ASSETS_DIR), <executable>/../share/spiegel/assets. Empty when none.
[[nodiscard]] std::string assetsDirectory();
// assetsDirectory()/codebooks/alliance.json (empty when not found).
[[nodiscard]] std::string defaultCodebookFile();

} // namespace spiegel::app
