// spiegel probe FILE [--json]: what is in a recording.
#include "common/arg_parser.hpp"
#include "common/command.hpp"
#include "common/i18n.hpp"
#include "common/media_messages.hpp"
#include "spiegel/media/probe.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>

namespace spiegel::app {
namespace {

const char *typeName(media::StreamType t) {
  switch (t) {
  case media::StreamType::Video:
    return "video";
  case media::StreamType::Audio:
    return "audio";
  case media::StreamType::Subtitle:
    return "subtitle";
  case media::StreamType::Other:
    break;
  }
  return "other";
}

nlohmann::json toJson(const media::MediaInfo &info) {
  nlohmann::json j;
  j["path"] = info.path;
  j["container"] = info.container;
  j["duration_us"] = info.duration;
  j["playable_us"] = info.playable;
  j["incomplete"] = info.incomplete();
  j["start_offset_us"] = info.startOffset;
  j["bit_rate"] = info.bitRate;
  j["audio_only"] = info.audioOnly();
  j["streams"] = nlohmann::json::array();
  for (const auto &s : info.streams) {
    j["streams"].push_back({{"index", s.index},
                            {"type", typeName(s.type)},
                            {"codec", s.codec},
                            {"language", s.language},
                            {"width", s.width},
                            {"height", s.height},
                            {"fps", s.fps},
                            {"variable_fps", s.variableFps},
                            {"rotation", s.rotation},
                            {"interlaced", s.interlaced},
                            {"sample_rate", s.sampleRate},
                            {"channels", s.channels},
                            {"channel_layout", s.channelLayout}});
  }
  return j;
}

std::string clock(Micros us) {
  const long long ms = us / 1000;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%lld:%02lld:%02lld.%03lld", ms / 3'600'000, ms / 60'000 % 60,
                ms / 1000 % 60, ms % 1000);
  return buf;
}

void printTable(const media::MediaInfo &info) {
  std::cout << tr("File:        ", "Bestand:     ") << info.path << '\n'
            << tr("Container:   ", "Container:   ") << info.container << '\n'
            << tr("Duration:    ", "Duur:        ") << clock(info.duration) << '\n';
  if (info.incomplete())
    std::cout << tr("Incomplete:  ", "Onvolledig:  ") << incompleteFacts(info.playable, info.duration)
              << tr(" (the copy was cut off: copy it again from the camera, phone or share)",
                    " (de kopie is afgebroken: kopieer hem opnieuw van de camera, telefoon of netwerkmap)")
              << '\n';
  if (info.startOffset != 0)
    std::cout << tr("Start time:  ", "Begintijd:   ") << clock(info.startOffset)
              << tr(" (removed: the timeline starts at 0)", " (verwijderd: de tijdlijn begint bij 0)")
              << '\n';
  for (const auto &s : info.streams) {
    std::cout << "  #" << s.index << ' ' << typeName(s.type) << ' ' << s.codec;
    if (s.type == media::StreamType::Video) {
      char fps[32];
      std::snprintf(fps, sizeof fps, "%.3f", s.fps);
      std::cout << ' ' << s.width << 'x' << s.height << ' ' << fps << " fps";
      if (s.variableFps)
        std::cout << tr(" (variable frame rate)", " (variabele beeldsnelheid)");
      if (s.rotation != 0)
        std::cout << tr(", turned ", ", gedraaid ") << s.rotation << tr("° clockwise", "° met de klok mee");
      if (s.interlaced)
        std::cout << tr(", interlaced", ", geïnterlinieerd");
    } else if (s.type == media::StreamType::Audio) {
      std::cout << ' ' << s.sampleRate << " Hz, " << s.channels << tr(" channels", " kanalen");
      if (!s.channelLayout.empty())
        std::cout << " (" << s.channelLayout << ')';
    }
    if (!s.language.empty() && s.language != "und")
      std::cout << " [" << s.language << ']';
    std::cout << '\n';
  }
}

} // namespace

int runProbe(const Args &args) {
  ArgParser p(args);
  if (p.wantsHelp()) {
    std::cout << tr(
        "Usage: spiegel probe FILE [--json]\n"
        "Shows what is in a recording: container, duration, how much of it is in the file when a copy\n"
        "is incomplete, start time, and each stream\n"
        "(codec, size, frame rate and whether it varies, rotation, interlacing, sample rate, channels).\n"
        "  --json   machine-readable output (times in microseconds)\n"
        "Exit codes: 0 ok, 2 wrong arguments, 3 the file cannot be read as a recording.\n",
        "Gebruik: spiegel probe BESTAND [--json]\n"
        "Toont wat er in een opname zit: container, duur, hoeveel ervan in het bestand staat als een kopie\n"
        "onvolledig is, begintijd, en elke stroom\n"
        "(codec, afmeting, beeldsnelheid en of die wisselt, draaiing, interliniëring, samplefrequentie, "
        "kanalen).\n"
        "  --json   machineleesbare uitvoer (tijden in microseconden)\n"
        "Afsluitcodes: 0 goed, 2 verkeerde argumenten, 3 het bestand is niet als opname te lezen.\n");
    return kExitOk;
  }
  const bool json = p.flag("--json");
  const auto files = p.positionals();
  if (auto bad = p.leftoverError())
    return fail(kExitUsage, *bad);
  if (files.size() != 1)
    return fail(kExitUsage, tr("Give exactly one recording (see spiegel probe --help).",
                               "Geef precies één opname op (zie spiegel probe --help)."));
  try {
    const media::MediaInfo info = media::probe(files[0]);
    if (json)
      std::cout << toJson(info).dump(2) << '\n';
    else
      printTable(info);
    return kExitOk;
  } catch (const media::MediaError &e) {
    return fail(e.code() == media::ErrorCode::Internal ? kExitError : kExitBadInput, describe(e));
  }
}

} // namespace spiegel::app
