// `spiegel [FILE]`: the player window (see gui/shell/app.hpp).
#include "common/arg_parser.hpp"
#include "common/command.hpp"
#include "common/i18n.hpp"
#include "gui/shell/app.hpp"
#include "gui/shell/gui_options.hpp"

#include <charconv>
#include <iostream>
#include <stdexcept>

namespace spiegel::app {
namespace {

std::optional<double> parseSecondsArg(const std::string &text) {
  double v = 0.0;
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || ptr != text.data() + text.size() || v < 0.0)
    return std::nullopt;
  return v;
}

void printOpenHelp() {
  std::cout << tr(
      "Usage: spiegel [FILE] [--purpose P]\n"
      "Opens the player window, with FILE (a recording or a project) when given.\n"
      "  --purpose P  what you use the recording for now: reflection (the default), supervision, intervision,\n"
      "               recall, teaching or research. Opening a project says once who has not consented to it.\n"
      "Files can also be opened with File > Open (Ctrl+O) or by dropping them onto the window.\n"
      "Press ? in the window for the keyboard shortcuts.\n",
      "Gebruik: spiegel [BESTAND] [--purpose D]\n"
      "Opent het spelervenster, met BESTAND (een opname of een project) als dat is opgegeven.\n"
      "  --purpose D  waarvoor je de opname nu gebruikt: reflection (standaard), supervision, intervision,\n"
      "               recall, teaching of research. Bij het openen van een project staat één keer wie daar niet mee\n"
      "               heeft ingestemd.\n"
      "Bestanden kun je ook openen via Bestand > Openen (Ctrl+O) of door ze naar het venster te slepen.\n"
      "Druk in het venster op ? voor de sneltoetsen.\n");
}

} // namespace

int runGui(const Args &rawArgs) {
  gui::GuiOptions opt;
  // --screenshot-after takes two values (SECONDS OUT.png); take them out
  // before the ordinary parser sees the rest.
  Args args;
  for (std::size_t i = 0; i < rawArgs.size(); ++i) {
    if (rawArgs[i] == "--screenshot-after") {
      if (i + 2 >= rawArgs.size())
        return fail(kExitUsage, tr("--screenshot-after needs SECONDS and a PNG path.",
                                   "--screenshot-after heeft SECONDEN en een PNG-pad nodig."));
      opt.screenshotAfter = parseSecondsArg(rawArgs[i + 1]);
      opt.screenshotPath = rawArgs[i + 2];
      if (!opt.screenshotAfter)
        return fail(kExitUsage, tr("--screenshot-after needs a number of seconds.",
                                   "--screenshot-after heeft een aantal seconden nodig."));
      i += 2;
    } else {
      args.push_back(rawArgs[i]);
    }
  }
  ArgParser p(args);
  if (p.wantsHelp()) {
    printOpenHelp();
    return kExitOk;
  }
  if (auto q = p.value("--quit-after")) {
    opt.quitAfter = parseSecondsArg(*q);
    if (!opt.quitAfter)
      return fail(kExitUsage, tr("--quit-after needs a number of seconds.",
                                 "--quit-after heeft een aantal seconden nodig."));
  }
  opt.printStateOnExit = p.flag("--print-state-on-exit");
  opt.noAudio = p.flag("--no-audio");
  opt.play = p.flag("--play");
  if (auto purpose = p.value("--purpose")) {
    const auto key = annotate::parsePurpose(*purpose);
    if (!key)
      return fail(kExitUsage, tr("--purpose is reflection, supervision, intervision, recall, teaching or research.",
                                 "--purpose is reflection, supervision, intervision, recall, teaching of research."));
    opt.purpose = *key;
  }
  if (auto tab = p.value("--side-tab"))
    opt.sideTab = *tab;
  if (auto layout = p.value("--layout-file"))
    opt.layoutFile = *layout;
  const auto files = p.positionals();
  if (files.size() > 1)
    return fail(kExitUsage, tr("Give one recording to open.", "Geef één opname om te openen."));
  if (auto bad = p.leftoverError())
    return fail(kExitUsage, *bad);
  if (!files.empty())
    opt.file = files.front();
  try {
    gui::App app(std::move(opt));
    return app.run();
  } catch (const std::runtime_error &e) {
    return fail(kExitError, e.what());
  }
}

} // namespace spiegel::app
