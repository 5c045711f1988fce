#include "cli/command.hpp"

#include <algorithm>
#include <iostream>

namespace spiegel::app {

// One declaration per command implemented in cli/cmd_*.cpp.
int runGui(const Args &args);
int runProbe(const Args &args);
int runFrame(const Args &args);

namespace {
const Command kCommands[] = {
    {"open", "Open the program (default when no command is given)",
     "Het programma openen (standaard zonder opdracht)", runGui},
    {"probe", "Show what is in a recording (streams, duration, rotation)",
     "Tonen wat er in een opname zit (stromen, duur, draaiing)", runProbe},
    {"frame", "Write the frame at a time as a PNG still",
     "Het beeld op een tijdstip als PNG opslaan", runFrame},
};
} // namespace

std::span<const Command> commands() { return kCommands; }

const Command *findCommand(std::string_view name) {
  auto it = std::find_if(std::begin(kCommands), std::end(kCommands),
                         [&](const Command &c) { return c.name == name; });
  return it == std::end(kCommands) ? nullptr : &*it;
}

int fail(int code, const std::string &sentence) {
  std::cerr << "spiegel: " << sentence << '\n';
  return code;
}

} // namespace spiegel::app
