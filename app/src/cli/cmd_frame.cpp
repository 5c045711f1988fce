// spiegel frame FILE --at SECONDS --out OUT.png: a still of the frame on
// screen at that time, upright.
#include "common/arg_parser.hpp"
#include "common/command.hpp"
#include "common/i18n.hpp"
#include "common/media_messages.hpp"
#include "spiegel/media/player.hpp"

#include <charconv>
#include <iostream>

namespace spiegel::app {

int runFrame(const Args &args) {
  ArgParser p(args);
  if (p.wantsHelp()) {
    std::cout << tr(
        "Usage: spiegel frame FILE --at TIME --out STILL.png [--width PIXELS]\n"
        "Writes the frame that is on screen at TIME (seconds, M:SS or H:MM:SS.mmm) as a PNG,\n"
        "turned upright when the recording carries a rotation.\n"
        "  --width  scale the still down to at most this width\n"
        "Exit codes: 0 ok, 1 the PNG could not be written, 2 wrong arguments, 3 the file cannot be read.\n",
        "Gebruik: spiegel frame BESTAND --at TIJD --out STILL.png [--width PIXELS]\n"
        "Schrijft het beeld dat op TIJD (seconden, M:SS of UU:MM:SS.mmm) te zien is als PNG,\n"
        "rechtop gedraaid als de opname een draaiing heeft.\n"
        "  --width  het beeld verkleinen tot hoogstens deze breedte\n"
        "Afsluitcodes: 0 goed, 1 de PNG kon niet worden geschreven, 2 verkeerde argumenten, 3 het bestand is "
        "niet te lezen.\n");
    return kExitOk;
  }
  const auto at = p.value("--at");
  const auto out = p.value("--out");
  const auto width = p.value("--width");
  const auto files = p.positionals();
  if (auto bad = p.leftoverError())
    return fail(kExitUsage, *bad);
  if (files.size() != 1 || !at || !out)
    return fail(kExitUsage,
                tr("Give one recording, --at TIME and --out FILE.png (see spiegel frame --help).",
                   "Geef één opname, --at TIJD en --out BESTAND.png op (zie spiegel frame --help)."));
  const auto when = ArgParser::parseSeconds(*at);
  if (!when || *when < 0)
    return fail(kExitUsage, std::string(tr("Not a time: ", "Geen tijd: ")) + *at +
                                tr(" (use seconds such as 12.5, or 1:02.5).",
                                   " (gebruik seconden zoals 12.5, of 1:02.5)."));
  int maxWidth = 0;
  if (width) {
    auto [ptr, ec] = std::from_chars(width->data(), width->data() + width->size(), maxWidth);
    if (ec != std::errc() || ptr != width->data() + width->size() || maxWidth <= 0)
      return fail(kExitUsage,
                  std::string(tr("Not a width in pixels: ", "Geen breedte in pixels: ")) + *width);
  }
  media::StillFrame still;
  try {
    still = media::decodeFrameAt(files[0], *when); // opens the file once: no probe() before it
  } catch (const media::MediaError &e) {
    return fail(e.code() == media::ErrorCode::Internal ? kExitError : kExitBadInput, describe(e));
  }
  if (still.notInCopy)
    return fail(kExitBadInput, describeNotInCopy(files[0], *when, still.playable, still.duration));
  if (!still.frame)
    return fail(kExitBadInput, describeNoPictureBefore(files[0], still.firstPicture));
  try {
    media::writePng(media::toRgb(*still.frame, maxWidth), *out);
  } catch (const media::MediaError &e) {
    return fail(kExitError, describe(media::MediaError(media::ErrorCode::EncodeFailed, *out, e.what())));
  }
  return kExitOk;
}

} // namespace spiegel::app
