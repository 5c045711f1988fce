#pragma once
// The command table of `spiegel COMMAND …`. Each command lives in its own
// cli/cmd_*.cpp (the window's in gui/shell/gui_main.cpp) and is listed once in
// cli/commands.cpp, which only declares the GUI's entry points: cli never
// includes gui, and both include this file from common/.
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace spiegel::app {

// Stable exit codes (documented in README "Command line").
enum Exit : int {
  kExitOk = 0,
  kExitError = 1,     // the operation failed (message on stderr)
  kExitUsage = 2,     // wrong arguments
  kExitBadInput = 3,  // the input file/package is wrong (missing, corrupt, unsupported)
  kExitRefused = 4,   // a review rule refused the edit (another reviewer's tag, a tag that is gone)
};

using Args = std::vector<std::string>;

struct Command {
  std::string_view name;
  const char *summaryEn;
  const char *summaryNl;
  int (*run)(const Args &args); // args after the command name
};

[[nodiscard]] std::span<const Command> commands();
[[nodiscard]] const Command *findCommand(std::string_view name);

// Prints one clear sentence to stderr ("spiegel: …") and returns `code`.
int fail(int code, const std::string &sentence);

} // namespace spiegel::app
