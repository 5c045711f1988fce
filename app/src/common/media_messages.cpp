#include "common/media_messages.hpp"

#include "common/i18n.hpp"
#include "common/clock_text.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>

namespace spiegel::app {
namespace {

// The file as people know it: its name, and the folder when it helps.
std::string fileName(const std::string &path) {
  if (path.empty())
    return tr("(no file given)", "(geen bestand opgegeven)");
  return "\"" + path + "\"";
}

// What follows the file name for each code that has its own sentence: what
// is wrong and what to do.
struct Sentence {
  media::ErrorCode code;
  const char *en;
  const char *nl;
};
constexpr Sentence kSentences[] = {
    {media::ErrorCode::FileNotFound,
     " does not exist: check the name and the folder, or whether the drive or network share is connected.",
     " bestaat niet: controleer de naam en de map, of de schijf of netwerkmap is aangesloten."},
    {media::ErrorCode::IsDirectory, " is a folder, not a recording: choose a video or audio file inside it.",
     " is een map, geen opname: kies een video- of audiobestand daarin."},
    {media::ErrorCode::EmptyFile,
     " is empty (0 bytes): the recording was probably not copied completely; copy it again from the camera or "
     "phone.",
     " is leeg (0 bytes): de opname is waarschijnlijk niet volledig gekopieerd; kopieer hem opnieuw van de "
     "camera of telefoon."},
    {media::ErrorCode::PermissionDenied,
     " cannot be read with your account: ask the owner for access or copy the file to your own folder.",
     " kan met jouw account niet worden gelezen: vraag de eigenaar om toegang of kopieer het bestand naar je "
     "eigen map."},
    {media::ErrorCode::NotMedia,
     " is not a video or audio recording: choose the recording itself (for example .mp4, .mov, .mts or .m4a).",
     " is geen video- of audio-opname: kies de opname zelf (bijvoorbeeld .mp4, .mov, .mts of .m4a)."},
    {media::ErrorCode::Truncated,
     " is damaged or incomplete (for example a recording that stopped when the phone died): copy it again from "
     "the device, or repair it with a video repair tool.",
     " is beschadigd of onvolledig (bijvoorbeeld een opname die stopte toen de telefoon uitviel): kopieer hem "
     "opnieuw van het apparaat, of herstel hem met een videoherstelprogramma."},
    {media::ErrorCode::UnsupportedCodec,
     " uses a video or audio format Spiegel cannot play: convert it to MP4 (H.264 with AAC audio), for example "
     "with HandBrake.",
     " gebruikt een video- of audioformaat dat Spiegel niet kan afspelen: zet het om naar MP4 (H.264 met "
     "AAC-geluid), bijvoorbeeld met HandBrake."},
    {media::ErrorCode::NoStreams,
     " contains no picture and no sound: choose the recording itself rather than a subtitle or data file.",
     " bevat geen beeld en geen geluid: kies de opname zelf in plaats van een ondertitel- of "
     "gegevensbestand."},
    {media::ErrorCode::NoVideo, " is a sound recording without pictures: there is no frame to save.",
     " is een geluidsopname zonder beeld: er is geen beeld om op te slaan."},
    {media::ErrorCode::VaultKeyMissing,
     ": this recording is kept encrypted and its key is not on this computer; open it on the computer that "
     "encrypted it.",
     ": deze opname wordt versleuteld bewaard en de sleutel staat niet op deze computer; open hem op de computer "
     "die hem heeft versleuteld."},
    {media::ErrorCode::VaultDamaged,
     ": this encrypted recording is damaged (altered or cut off) and cannot be played safely.",
     ": deze versleutelde opname is beschadigd (gewijzigd of afgekapt) en kan niet veilig worden afgespeeld."},
    {media::ErrorCode::EncodeFailed,
     " could not be written: check that the folder exists, that you may write there and that the disk is not "
     "full.",
     " kon niet worden geschreven: controleer of de map bestaat, of je daar mag schrijven en of de schijf niet "
     "vol is."},
};

// A length as people say it, to a tenth of a second: "0:33.6", "1:02:03.4"
// (Dutch: "0:33,6"), for the CLI's probe table.
std::string spokenLength(Micros t) {
  const long long tenths = std::max<Micros>(0, t) / 100'000; // rounded down: never more than is there
  const long long s = tenths / 10;
  const char sep = language() == Lang::Nl ? ',' : '.';
  char buf[48];
  if (s >= 3600)
    std::snprintf(buf, sizeof buf, "%lld:%02lld:%02lld%c%lld", s / 3600, s / 60 % 60, s % 60, sep, tenths % 10);
  else
    std::snprintf(buf, sizeof buf, "%lld:%02lld%c%lld", s / 60, s % 60, sep, tenths % 10);
  return buf;
}

} // namespace

std::string describe(const media::MediaError &error) {
  if (error.code() == media::ErrorCode::ReadFailed)
    return describeReadFailure(error.path());
  const std::string f = fileName(error.path());
  for (const auto &s : kSentences)
    if (s.code == error.code())
      return f + tr(s.en, s.nl);
  // Internal: no advice fits better than trying again; FFmpeg's words help a
  // report.
  return f + tr(" could not be processed (", " kon niet worden verwerkt (") + error.what() +
         tr("): try again, and report this message if it keeps happening.",
            "): probeer het opnieuw en meld deze melding als het blijft gebeuren.");
}

std::string describeReadFailure(const std::string &path) {
  return fileName(path) + tr(" could not be read any further (moved, deleted, or the drive or network share "
                             "was disconnected): reconnect it or open the recording again.",
                             " kon niet verder worden gelezen (verplaatst, verwijderd, of de schijf of "
                             "netwerkmap is losgekoppeld): sluit hem opnieuw aan of open de opname opnieuw.");
}

std::string describeNoPictureBefore(const std::string &path, Micros firstPicture) {
  return fileName(path) +
         tr(" has no picture before ", " heeft geen beeld vóór ") + clockText(firstPicture) +
         tr(": the recording starts in the middle of a group of pictures (it was cut from a longer one), so its "
            "first moments cannot be decoded. Choose a time from ",
            ": de opname begint midden in een groep beelden (hij is uit een langere geknipt), dus de eerste "
            "momenten zijn niet te decoderen. Kies een tijd vanaf ") +
         clockText(firstPicture) + ".";
}


std::string incompleteFacts(Micros playable, Micros duration) {
  return spokenLength(playable) + tr(" of ", " van ") + spokenLength(duration) + tr(" present", " aanwezig");
}

std::string describeIncomplete(Micros playable, Micros duration) {
  return tr("This copy of the recording is incomplete: only ",
            "Deze kopie van de opname is onvolledig: er staat alleen ") +
         clockText(playable) + tr(" of ", " van de ") + clockText(duration) +
         tr(" is there. Copy it again from the camera, phone or share to see the rest.",
            " in. Kopieer hem opnieuw van de camera, telefoon of netwerkmap om de rest te zien.");
}

std::string describeNoPictureYet(Micros firstPicture) {
  return tr("No picture before ", "Geen beeld vóór ") + clockText(firstPicture) +
         tr(": the recording starts in the middle of a group of pictures.",
            ": de opname begint midden in een groep beelden.");
}

std::string describeMissingStretch(Micros playable) {
  return tr("Not in this copy of the recording: the copy ends at ", "Niet in deze kopie van de opname: de kopie "
                                                                     "houdt op bij ") +
         clockText(playable) +
         tr(". Copy it again from the camera, phone or share to see the rest.",
            ". Kopieer hem opnieuw van de camera, telefoon of netwerkmap om de rest te zien.");
}

std::string describeNoTagInMissing(Micros playable, Micros duration) {
  return tr("No tag can be placed here: this moment is not in this copy of the recording (only ",
            "Hier kan geen tag komen: dit moment staat niet in deze kopie van de opname (alleen ") +
         clockText(playable) + tr(" of ", " van de ") + clockText(duration) +
         tr(" is there). Tag before ", " staat erin). Tag vóór ") + clockText(playable) +
         tr(", or copy the recording again to tag the rest.", ", of kopieer de opname opnieuw om de rest te taggen.");
}

std::string describeNotInCopy(const std::string &path, Micros at, Micros playable, Micros duration) {
  return fileName(path) + tr(" is an incomplete copy: only ", " is een onvolledige kopie: er staat alleen ") +
         clockText(playable) + tr(" of ", " van de ") + clockText(duration) +
         tr(" is there, so it has no picture at ", " in, dus er is geen beeld op ") + clockText(at) +
         tr(". Choose a time before ", ". Kies een tijd vóór ") + clockText(playable) +
         tr(", or copy the recording again from the camera, phone or share.",
            ", of kopieer de opname opnieuw van de camera, telefoon of netwerkmap.");
}

} // namespace spiegel::app
