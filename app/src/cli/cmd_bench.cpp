#include "cli/command.hpp"
namespace spiegel::app {
int runBench(const Args &) { return fail(kExitError, "bench: work in progress"); }
} // namespace spiegel::app
