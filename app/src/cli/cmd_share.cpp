// spiegel share PROJECT --out X.spiegelpkg … and spiegel unpack
// X.spiegelpkg --out DIR …: one passphrase-encrypted file that carries a
// project (and its recording) to a colleague (issue #13 §4), through
// store/sealed_package.hpp.
#include "cli/store_cli.hpp"
#include "common/arg_parser.hpp"
#include "common/i18n.hpp"
#include "common/share_package.hpp"
#include "spiegel/store/sealed_package.hpp"

#include <termios.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>

namespace spiegel::app {

namespace {

void shareHelp() {
  std::cout << tr("Usage: spiegel share PROJECT.spiegel --out X.spiegelpkg [--with-recording] [--expires YYYY-MM-DD]\n"
                  "                     [--passphrase-file F]\n"
                  "  Make one encrypted file of the project (and with --with-recording its recording) to give a\n"
                  "  colleague. The passphrase (at least 10 characters) is asked twice on a terminal, or read\n"
                  "  from the first line of F; tell it to the colleague another way than the file. With\n"
                  "  --expires the package can no longer be opened after that day. An existing file is never\n"
                  "  overwritten.\n",
                  "Gebruik: spiegel share PROJECT.spiegel --out X.spiegelpkg [--with-recording] [--expires JJJJ-MM-DD]\n"
                  "                       [--passphrase-file F]\n"
                  "  Een versleuteld bestand maken van het project (en met --with-recording de opname) om aan een\n"
                  "  collega te geven. De wachtzin (minstens 10 tekens) wordt op een terminal twee keer gevraagd,\n"
                  "  of gelezen uit de eerste regel van F; vertel hem de collega op een andere manier dan het\n"
                  "  bestand. Met --expires kan het pakket na die dag niet meer geopend worden. Een bestaand\n"
                  "  bestand wordt nooit overschreven.\n");
}

void unpackHelp() {
  std::cout << tr("Usage: spiegel unpack X.spiegelpkg --out FOLDER [--passphrase-file F]\n"
                  "  Open a share package into FOLDER (it must exist): everything is checked before the project\n"
                  "  and recording appear there, and nothing is written anywhere else. A wrong passphrase, a\n"
                  "  damaged or an expired package is refused with one sentence and leaves nothing behind.\n",
                  "Gebruik: spiegel unpack X.spiegelpkg --out MAP [--passphrase-file F]\n"
                  "  Een deelpakket uitpakken in MAP (die moet bestaan): alles wordt nagekeken voordat het project\n"
                  "  en de opname daar verschijnen, en er wordt nergens anders iets geschreven. Een verkeerde\n"
                  "  wachtzin, een beschadigd of verlopen pakket wordt geweigerd met een zin en laat niets achter.\n");
}

// One line typed without echo; the terminal's mode is put back.
std::string askHidden(const std::string &prompt) {
  std::cerr << prompt << std::flush;
  termios old{};
  const bool tty = ::tcgetattr(STDIN_FILENO, &old) == 0;
  if (tty) {
    termios quiet = old;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
  }
  std::string line;
  std::getline(std::cin, line);
  if (tty)
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
  std::cerr << '\n';
  return line;
}

// The passphrase from --passphrase-file (its first line), else asked on the
// terminal (twice when `confirm`). Throws UsageError with one sentence.
std::string passphrase(const std::optional<std::string> &file, bool confirm) {
  std::string pass;
  if (file) {
    std::ifstream in(*file);
    if (!in)
      throw UsageError(std::string(tr("Cannot read the passphrase file ", "Kan het wachtzinbestand niet lezen: ")) + *file +
                       ".");
    std::getline(in, pass);
    if (!pass.empty() && pass.back() == '\r')
      pass.pop_back();
  } else {
    if (::isatty(STDIN_FILENO) == 0)
      throw UsageError(tr("No terminal to ask the passphrase on: give it with --passphrase-file F.",
                          "Geen terminal om de wachtzin te vragen: geef hem met --passphrase-file F."));
    pass = askHidden(tr("Passphrase: ", "Wachtzin: "));
    if (confirm) {
      const std::string problem = passphraseProblem(pass, askHidden(tr("Passphrase again: ", "Wachtzin nog eens: ")));
      if (!problem.empty())
        throw UsageError(problem);
    }
    return pass;
  }
  if (confirm) {
    const std::string problem = passphraseProblem(pass, pass);
    if (!problem.empty())
      throw UsageError(problem);
  }
  return pass;
}

// --expires DAY, refused when it is not a date or has passed. Throws UsageError.
store::UnixMillis expiryOf(const std::string &date) {
  const auto ms = expiryAfter(date);
  if (!ms)
    throw UsageError(tr("Give --expires as a date like 2027-03-31.", "Geef --expires als datum, zoals 2027-03-31."));
  if (*ms <= shareNow())
    throw UsageError(tr("That expiry date has passed already; give a later one.",
                        "Die vervaldatum is al voorbij; geef een latere."));
  return *ms;
}

} // namespace

int runShare(const Args &args) {
  ArgParser p(args);
  if (p.wantsHelp()) {
    shareHelp();
    return kExitOk;
  }
  const auto out = p.value("--out");
  const bool withRecording = p.flag("--with-recording");
  const auto expires = p.value("--expires");
  const auto passFile = p.value("--passphrase-file");
  const auto pos = p.positionals();
  if (auto bad = p.leftoverError())
    return fail(kExitUsage, *bad);
  if (pos.size() != 1 || !out)
    return fail(kExitUsage, tr("Name one project and the package to make with --out (see --help).",
                               "Noem een project en het te maken pakket met --out (zie --help)."));
  return guardStore([&]() -> int {
    std::error_code ec;
    if (std::filesystem::exists(*out, ec))
      throw UsageError(std::string(tr("There is a file ", "Er is al een bestand ")) + *out +
                       tr(" already; choose another name, nothing was overwritten.",
                          "; kies een andere naam, er is niets overschreven."));
    store::SealOptions o;
    o.expires = expires ? expiryOf(*expires) : 0;
    o.withRecordings = withRecording;
    o.sender = shareSender();
    auto project = openProject(pos[0]);
    o.passphrase = passphrase(passFile, true);
    store::sealProject(project, *out, o);
    std::cout << *out << '\n';
    return kExitOk;
  });
}

int runUnpack(const Args &args) {
  ArgParser p(args);
  if (p.wantsHelp()) {
    unpackHelp();
    return kExitOk;
  }
  const auto out = p.value("--out");
  const auto passFile = p.value("--passphrase-file");
  const auto pos = p.positionals();
  if (auto bad = p.leftoverError())
    return fail(kExitUsage, *bad);
  if (pos.size() != 1 || !out)
    return fail(kExitUsage, tr("Name one package and the folder to unpack it in with --out (see --help).",
                               "Noem een pakket en de map om het in uit te pakken met --out (zie --help)."));
  return guardStore([&]() -> int {
    const auto pass = passphrase(passFile, false);
    const auto got = store::unsealPackage(pos[0], *out, pass, shareNow(), shareSender());
    std::cout << got.projectPath << '\n';
    for (const auto &r : got.recordingPaths)
      std::cout << r << '\n';
    return kExitOk;
  });
}

} // namespace spiegel::app
