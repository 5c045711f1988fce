#include "common/store_messages.hpp"

#include "common/i18n.hpp"

namespace spiegel::app {

// Each sentence says what is wrong and what to do, in the user's language.
// The raw detail (English, from SQLite or our JSON reader) is added only
// where it tells the reader something the sentence does not: which field or
// line of a package is wrong, or what an unclassified failure was. For the
// SQLite situations a user can actually meet (full disk, read-only,
// busy/locked, damaged, not a database, cannot open, disk I/O, too new) the
// sentence says it all and SQLite's English words would only get in the way.
std::string describe(const store::StoreError &e) {
  using store::ErrorCode;
  const std::string file = e.file().empty() ? std::string(tr("the project", "het project")) : e.file();
  const std::string at = e.field().empty() ? std::string()
                                           : std::string(tr(" at ", " bij ")) + e.field();
  const std::string why = std::string(" (") + e.what() + ")";
  switch (e.code()) {
  case ErrorCode::NotFound:
    return std::string(tr("There is no file ", "Er is geen bestand ")) + file +
           tr("; check the name and the folder.", "; controleer de naam en de map.");
  case ErrorCode::NotAProject:
    return file + tr(" is not a Spiegel project; choose a .spiegel file made by Spiegel.",
                     " is geen Spiegel-project; kies een .spiegel-bestand dat door Spiegel is gemaakt.");
  case ErrorCode::Corrupt:
    return file + tr(" is damaged and cannot be read safely; use a backup or a colleague's copy.",
                     " is beschadigd en kan niet veilig gelezen worden; gebruik een reservekopie of de kopie van een collega.");
  case ErrorCode::TooNew:
    return file + tr(" was made by a newer version of Spiegel; update Spiegel to open it.",
                     " is gemaakt met een nieuwere versie van Spiegel; werk Spiegel bij om het te openen.");
  case ErrorCode::ReadOnly:
    return file + tr(" cannot be changed because it is read-only; copy it to a folder you can write to, and nothing was changed.",
                     " kan niet worden gewijzigd omdat het alleen-lezen is; kopieer het naar een map waarin je mag schrijven, er is niets gewijzigd.");
  case ErrorCode::Busy:
    return file + tr(" is open and being changed by another program; try again when it is done, nothing was changed.",
                     " is geopend en wordt door een ander programma gewijzigd; probeer het opnieuw als dat klaar is, er is niets gewijzigd.");
  case ErrorCode::DiskFull:
    return std::string(tr("The disk holding ", "De schijf met ")) + file +
           tr(" is full; nothing was changed, free some space and try again.",
              " is vol; er is niets gewijzigd, maak ruimte vrij en probeer het opnieuw.");
  case ErrorCode::CannotOpen:
    return std::string(tr("Spiegel cannot open ", "Spiegel kan ")) + file +
           tr(": the folder does not exist or you have no access to it; check the folder and its permissions, "
              "nothing was changed.",
              " niet openen: de map bestaat niet of je hebt er geen toegang toe; controleer de map en de rechten, "
              "er is niets gewijzigd.");
  case ErrorCode::DiskIo:
    return std::string(tr("The disk failed while reading or writing ", "De schijf gaf een fout bij het lezen of schrijven van ")) +
           file +
           tr("; if it is on a USB stick or a network drive, check that it is still connected and try again; "
              "nothing was changed.",
              "; staat het op een USB-stick of netwerkschijf, controleer dan of die nog verbonden is en probeer het "
              "opnieuw; er is niets gewijzigd.");
  case ErrorCode::BadPackage:
    return file + tr(" is not a valid Spiegel file", " is geen geldig Spiegel-bestand") + at + why +
           tr("; nothing was imported.", "; er is niets geïmporteerd.");
  case ErrorCode::BadValue:
    return file + (e.field().empty() ? std::string() : ", " + e.field()) +
           tr(": value not allowed", ": waarde niet toegestaan") + why +
           tr("; nothing was changed.", "; er is niets gewijzigd.");
  case ErrorCode::WrongPassphrase:
    return file + tr(" does not open: the passphrase is wrong or it is not a Spiegel package; nothing was unpacked.",
                     " gaat niet open: de wachtzin klopt niet of het is geen Spiegel-pakket; er is niets uitgepakt.");
  case ErrorCode::Damaged:
    return file + tr(" is damaged or incomplete; ask the sender to send it again, nothing was unpacked.",
                     " is beschadigd of onvolledig; vraag de afzender het opnieuw te sturen, er is niets uitgepakt.");
  case ErrorCode::Expired:
    return file + tr(" has expired and may no longer be opened; ask the sender for a new package, nothing was unpacked.",
                     " is verlopen en mag niet meer worden geopend; vraag de afzender om een nieuw pakket, er is niets uitgepakt.");
  case ErrorCode::Io:
    break;
  }
  return std::string(tr("Could not read or write ", "Kan niet lezen of schrijven: ")) + file + why +
         tr("; nothing was changed.", "; er is niets gewijzigd.");
}

} // namespace spiegel::app
