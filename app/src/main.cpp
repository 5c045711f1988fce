// spiegel: `spiegel [FILE]` opens the program; `spiegel COMMAND …` runs a
// command without a window (see `spiegel --help`).
#include "common/command.hpp"
#include "common/i18n.hpp"
#include "common/vault_keys.hpp"
#include "spiegel/media/log.hpp"

#include <cstdlib>

#include <exception>
#include <iostream>
#include <string>

using namespace spiegel::app;

namespace {
void printHelp() {
  std::cout << tr("Usage: spiegel [FILE]           open the program (a recording or a .spiegel project)\n"
                  "       spiegel COMMAND [--help] run a command without a window\n\nCommands:\n",
                  "Gebruik: spiegel [BESTAND]         het programma openen (een opname of een .spiegel-project)\n"
                  "         spiegel OPDRACHT [--help] een opdracht uitvoeren zonder venster\n\nOpdrachten:\n");
  for (const auto &c : commands()) {
    std::string name(c.name);
    name.resize(10, ' ');
    std::cout << "  " << name << tr(c.summaryEn, c.summaryNl) << '\n';
  }
}
} // namespace

int main(int argc, char **argv) {
  setLanguage(languageFromEnvironment());
  spiegel::media::setLogLevel(std::getenv("SPIEGEL_DEBUG") != nullptr ? spiegel::media::LogLevel::Verbose
                                                                       : spiegel::media::LogLevel::Quiet);
  registerVaultKeys(); // recordings kept encrypted find their keys (CLI and window)
  Args args(argv + 1, argv + argc);
  try {
    if (!args.empty() && (args[0] == "--help" || args[0] == "-h" || args[0] == "help")) {
      printHelp();
      return kExitOk;
    }
    if (!args.empty() && args[0] == "--version") {
      std::cout << "spiegel " << SPIEGEL_VERSION << '\n';
      return kExitOk;
    }
    if (!args.empty()) {
      if (const Command *c = findCommand(args[0]))
        return c->run(Args(args.begin() + 1, args.end()));
      if (args[0].rfind("-", 0) != 0 && args[0].find('.') == std::string::npos &&
          args[0].find('/') == std::string::npos)
        return fail(kExitUsage, std::string(tr("Unknown command: ", "Onbekende opdracht: ")) + args[0] +
                                    tr(" (see spiegel --help).", " (zie spiegel --help)."));
    }
    return findCommand("open")->run(args);
  } catch (const std::exception &e) {
    // Last resort: commands report their own errors; this keeps a surprise
    // from turning into an abort.
    return fail(kExitError, std::string(tr("Unexpected error: ", "Onverwachte fout: ")) + e.what());
  }
}
