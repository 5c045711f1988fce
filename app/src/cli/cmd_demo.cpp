// spiegel demo --out DIR: a synthetic recording of a family conversation
// (speech by espeak-ng) with a matching WebVTT transcript.
#include "common/arg_parser.hpp"
#include "common/command.hpp"
#include "common/i18n.hpp"
#include "common/store_messages.hpp"
#include "demo/demo_picture.hpp"
#include "demo/speech.hpp"
#include "spiegel/media/error.hpp"
#include "spiegel/media/generator.hpp"
#include "spiegel/store/error.hpp"
#include "demo/demo_project.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>

namespace spiegel::app {
namespace {

// About three minutes: long enough to scrub, tag and export from, short
// enough to generate in seconds.
constexpr Micros kDemoLength = 180 * kMicrosPerSecond;

void printDemoHelp() {
  std::cout << tr("Usage: spiegel demo --out DIR\n\n"
                  "Writes DIR/demo.mp4 (about 3 minutes, 1280x720, a synthetic picture and a spoken\n"
                  "Dutch conversation between a professional and a family) and DIR/demo.vtt (the\n"
                  "transcript with speakers and times), and DIR/demo.spiegel (a project on that recording with\n"
                  "example tags and ratings by two reviewers). Needs espeak-ng.\n",
                  "Gebruik: spiegel demo --out MAP\n\n"
                  "Schrijft MAP/demo.mp4 (ongeveer 3 minuten, 1280x720, een synthetisch beeld en een\n"
                  "gesproken Nederlands gesprek tussen een hulpverlener en een gezin) en MAP/demo.vtt\n"
                  "(het transcript met sprekers en tijden), en MAP/demo.spiegel (een project op die opname met\n"
                  "voorbeeldtags en beoordelingen van twee beoordelaars). Heeft espeak-ng nodig.\n");
}

// Speaks the script, lays it out, and writes demo.mp4, demo.vtt and demo.spiegel.
int writeDemo(const std::string &espeak, const std::string &out, std::optional<Micros> limit) {
  const auto lines = demo::script();
  const auto clips = demo::synthesize(espeak, lines);
  auto timeline = demo::arrange(lines, clips, kDemoLength, limit);
  media::SyntheticSpec spec;
  spec.path = out + "/demo.mp4";
  spec.duration = timeline.duration;
  spec.width = 1280;
  spec.height = 720;
  spec.fpsNum = 25;
  spec.sampleRate = demo::kSampleRate;
  spec.channels = 2;
  spec.preset = "ultrafast"; // 3 minutes of 720p in seconds on two cores
  spec.pcm = std::move(timeline.pcm);
  spec.drawLuma = demo::DemoPicture(timeline.cues);
  media::writeSynthetic(spec);
  std::ofstream vtt(out + "/demo.vtt", std::ios::binary | std::ios::trunc);
  vtt << demo::toWebVtt(timeline.cues);
  if (!vtt.flush())
    return fail(kExitError, std::string(tr("Cannot write ", "Kan niet schrijven: ")) + out +
                                tr("/demo.vtt: check the free space in the folder.",
                                   "/demo.vtt: controleer de vrije ruimte in de map."));
  std::vector<Micros> lineStarts;
  for (const auto &cue : timeline.cues)
    lineStarts.push_back(cue.start);
  const auto project = demo::createDemoProject(out, spec.path, timeline.duration, lineStarts);
  std::cout << spec.path << '\n' << out << "/demo.vtt\n" << project << '\n';
  return kExitOk;
}

} // namespace

int runDemo(const Args &args) {
  ArgParser p(args);
  if (p.wantsHelp()) {
    printDemoHelp();
    return kExitOk;
  }
  const auto out = p.value("--out");
  const auto secondsText = p.value("--seconds"); // hidden: short variants for tests
  if (auto bad = p.leftoverError())
    return fail(kExitUsage, *bad);
  if (!out)
    return fail(kExitUsage, tr("Say where to write the demo with --out DIR.",
                               "Geef met --out MAP aan waar de demo moet komen."));
  std::optional<Micros> limit;
  if (secondsText) {
    const auto us = ArgParser::parseSeconds(*secondsText);
    if (!us || *us < 3 * kMicrosPerSecond)
      return fail(kExitUsage, tr("--seconds needs a length of at least 3 seconds.",
                                 "--seconds heeft een lengte van minstens 3 seconden nodig."));
    limit = *us;
  }
  const auto espeak = demo::findProgram("espeak-ng");
  if (!espeak)
    return fail(kExitError, tr("espeak-ng is not installed, so the demo cannot speak: install it "
                               "(sudo apt install espeak-ng) and try again.",
                               "espeak-ng is niet geïnstalleerd, dus de demo kan niet spreken: installeer het "
                               "(sudo apt install espeak-ng) en probeer het opnieuw."));
  std::error_code ec;
  std::filesystem::create_directories(*out, ec);
  if (ec || !std::filesystem::is_directory(*out))
    return fail(kExitError, std::string(tr("Cannot create the folder ", "Kan de map niet maken: ")) + *out +
                                tr(": choose another place with --out.", ": kies een andere plek met --out."));
  try {
    return writeDemo(*espeak, *out, limit);
  } catch (const store::StoreError &e) {
    return fail(kExitError, describe(e));
  } catch (const media::MediaError &e) {
    return fail(kExitError, std::string(tr("Could not write the demo recording (", "Kon de demo-opname niet schrijven (")) +
                                e.what() + tr("): check the free space in the folder.", "): controleer de vrije ruimte in de map."));
  } catch (const std::exception &e) {
    return fail(kExitError, std::string(tr("Could not make the demo speech (", "Kon de spraak van de demo niet maken (")) +
                                e.what() + tr("): check that espeak-ng works.", "): controleer of espeak-ng werkt."));
  }
}

} // namespace spiegel::app
