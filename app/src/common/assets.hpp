#pragma once
// Where the program's read-only assets (codebooks, recall prompts and
// intervision methods) are.
#include <string>

namespace spiegel::app {

// The first folder that has codebooks/alliance.json, in this order:
// $SPIEGEL_ASSETS_DIR, the source tree's assets (compile-time
// SPIEGEL_ASSETS_DIR), <executable>/../share/spiegel/assets. Empty when none.
[[nodiscard]] std::string assetsDirectory();
// assetsDirectory()/codebooks/alliance.json (empty when not found).
[[nodiscard]] std::string defaultCodebookFile();
// assetsDirectory()/recall/prompts.json, the shipped prompt bank (empty
// when no assets folder is found; the file itself is not checked).
[[nodiscard]] std::string promptBankFile();
// assetsDirectory()/recall/methods.json, the shipped intervision methods
// (empty when no assets folder is found; the file itself is not checked).
[[nodiscard]] std::string methodsFile();

} // namespace spiegel::app
