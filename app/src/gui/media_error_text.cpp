#include "gui/media_error_text.hpp"

#include "common/i18n.hpp"

namespace spiegel::app::gui {

std::string describeMediaError(const media::MediaError &e) {
  using media::ErrorCode;
  switch (e.code()) {
  case ErrorCode::FileNotFound:
    return tr("The file was not found. It may have been moved or renamed; open it from its new place.",
              "Het bestand is niet gevonden. Misschien is het verplaatst of hernoemd; open het vanaf de nieuwe plek.");
  case ErrorCode::IsDirectory:
    return tr("This is a folder, not a recording. Choose a file inside it.",
              "Dit is een map, geen opname. Kies een bestand in de map.");
  case ErrorCode::EmptyFile:
    return tr("The file is empty (0 bytes). Copy the recording again from the camera or phone.",
              "Het bestand is leeg (0 bytes). Kopieer de opname opnieuw van de camera of telefoon.");
  case ErrorCode::PermissionDenied:
    return tr("You are not allowed to read this file. Ask the owner for access or copy it to your own folder.",
              "U mag dit bestand niet lezen. Vraag de eigenaar om toegang of kopieer het naar uw eigen map.");
  case ErrorCode::NotMedia:
    return tr("This file is not a recording Spiegel can read. Choose a video or audio file.",
              "Dit bestand is geen opname die Spiegel kan lezen. Kies een video- of geluidsbestand.");
  case ErrorCode::Truncated:
    return tr("The recording is damaged or incomplete. Copy it again from the camera or phone.",
              "De opname is beschadigd of onvolledig. Kopieer hem opnieuw van de camera of telefoon.");
  case ErrorCode::UnsupportedCodec:
    return tr("The recording uses a format Spiegel cannot play. Convert it to MP4 (H.264) first.",
              "De opname gebruikt een formaat dat Spiegel niet kan afspelen. Zet hem eerst om naar MP4 (H.264).");
  case ErrorCode::NoStreams:
    return tr("The file contains no picture and no sound. Choose another recording.",
              "Het bestand bevat geen beeld en geen geluid. Kies een andere opname.");
  case ErrorCode::ReadFailed:
    return tr("Reading the recording failed. Check that the drive or network share is still connected.",
              "Het lezen van de opname is mislukt. Controleer of de schijf of netwerkmap nog verbonden is.");
  case ErrorCode::EncodeFailed:
  case ErrorCode::Internal:
    break;
  }
  return tr("The recording could not be opened. Try another file, or report this with the file name.",
            "De opname kon niet worden geopend. Probeer een ander bestand, of meld dit met de bestandsnaam.");
}

} // namespace spiegel::app::gui
