#include "common/store_messages.hpp"

#include "common/i18n.hpp"

namespace spiegel::app {

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
    return file + tr(" is damaged and cannot be read safely; use a backup or a colleague's copy",
                     " is beschadigd en kan niet veilig gelezen worden; gebruik een reservekopie of de kopie van een collega") +
           why + ".";
  case ErrorCode::TooNew:
    return file + tr(" was made by a newer version of Spiegel; update Spiegel to open it.",
                     " is gemaakt met een nieuwere versie van Spiegel; werk Spiegel bij om het te openen.");
  case ErrorCode::ReadOnly:
    return file + tr(" cannot be changed because it is read-only; copy it to a folder you can write to, and nothing was changed.",
                     " kan niet worden gewijzigd omdat het alleen-lezen is; kopieer het naar een map waarin u mag schrijven, er is niets gewijzigd.");
  case ErrorCode::Busy:
    return file + tr(" is open and being changed by another program; try again when it is done, nothing was changed.",
                     " is geopend en wordt door een ander programma gewijzigd; probeer het opnieuw als dat klaar is, er is niets gewijzigd.");
  case ErrorCode::DiskFull:
    return std::string(tr("The disk holding ", "De schijf met ")) + file +
           tr(" is full; nothing was changed, free some space and try again.",
              " is vol; er is niets gewijzigd, maak ruimte vrij en probeer het opnieuw.");
  case ErrorCode::BadPackage:
    return file + tr(" is not a valid Spiegel file", " is geen geldig Spiegel-bestand") + at + why +
           tr("; nothing was imported.", "; er is niets geïmporteerd.");
  case ErrorCode::BadValue:
    return file + (e.field().empty() ? std::string() : ", " + e.field()) +
           tr(": value not allowed", ": waarde niet toegestaan") + why +
           tr("; nothing was changed.", "; er is niets gewijzigd.");
  case ErrorCode::Io:
    break;
  }
  return std::string(tr("Could not read or write ", "Kan niet lezen of schrijven: ")) + file + why +
         tr("; nothing was changed.", "; er is niets gewijzigd.");
}

} // namespace spiegel::app
