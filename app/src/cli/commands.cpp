#include "cli/command.hpp"

#include <algorithm>
#include <iostream>

namespace spiegel::app {

// One declaration per command implemented in cli/cmd_*.cpp.
int runGui(const Args &args);
int runDemo(const Args &args);
int runBench(const Args &args);

namespace {
const Command kCommands[] = {
    {"open", "Open the program (default when no command is given)",
     "Het programma openen (standaard zonder opdracht)", runGui},
    {"demo", "Write a demo recording with speech and a transcript",
     "Een demo-opname met spraak en transcript schrijven", runDemo},
    {"bench", "Measure playback, seeking, thumbnails and waveform speed",
     "Snelheid van afspelen, zoeken, miniaturen en golfvorm meten", runBench},
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
