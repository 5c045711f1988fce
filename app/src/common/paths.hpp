#pragma once
// Where Spiegel keeps per-user files. Never the working directory.
//   auto file = configDirectory() + "/settings.json";
#include <string>

namespace spiegel::app {

// $XDG_CONFIG_HOME/spiegel, else ~/.config/spiegel; created on demand.
// Returns an empty string when no home directory is known (then nothing is
// persisted rather than written next to the user's files).
[[nodiscard]] std::string configDirectory();

// $HOME, else the password database entry, else "/".
[[nodiscard]] std::string homeDirectory();

} // namespace spiegel::app
