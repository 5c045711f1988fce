#include "common/review_messages.hpp"

#include "common/i18n.hpp"
#include "common/store_messages.hpp"

namespace spiegel::app {

using review::Problem;

namespace {
std::string quoted(const std::string &s) {
  return "\"" + s + "\"";
}
} // namespace

std::string describe(const review::Error &e) {
  const std::string n = std::to_string(e.count);
  switch (e.problem) {
  case Problem::None:
    return {};
  case Problem::Store:
    if (e.store)
      return describe(*e.store);
    break;
  case Problem::OutOfMemory:
    return tr("Out of memory: close other programs and try again.",
              "Onvoldoende geheugen: sluit andere programma's en probeer het opnieuw.");
  case Problem::Unexpected:
    break;
  case Problem::RoundRunning:
    return tr("A coding round runs on this recording already: its status says who is done.",
              "Op deze opname loopt al een codeerronde: de stand ervan laat zien wie klaar is.");
  case Problem::NoRound:
    return tr("No coding round runs on this recording: start one first.",
              "Op deze opname loopt geen codeerronde: start er eerst een.");
  case Problem::RevealedFinal:
    return tr("You have shown your coding to the group in this round, so it stays as it was: the group compares "
              "what each of you saw alone. Discuss the moment with the group instead.",
              "Je hebt je codering in deze ronde aan de groep laten zien, dus die blijft zoals hij was: de groep "
              "vergelijkt wat ieder alleen zag. Bespreek het moment liever met de groep.");
  case Problem::RevealFirst:
    return tr("Reveal your own coding first: the group agrees its consensus after each of you has coded alone.",
              "Laat eerst je eigen codering zien: de groep spreekt de consensus af nadat ieder alleen heeft gecodeerd.");
  case Problem::SameProject:
    return quoted(e.subject) + tr(" is this project's own file: choose the files your colleagues coded in.",
                                  " is het eigen bestand van dit project: kies de bestanden waarin je collega's codeerden.");
  case Problem::NoFingerprint:
    return quoted(e.subject) + tr(" does not say which recording it was coded on, so Spiegel cannot check that it "
                                  "is this one; nothing of it was added.",
                                  " zegt niet op welke opname het is gecodeerd, dus Spiegel kan niet nagaan of het "
                                  "deze is; er is niets van toegevoegd.");
  case Problem::NotSameRecording:
    return quoted(e.subject) +
           (e.detail.empty() ? tr(" is work on another recording", " is werk op een andere opname")
                             : tr(" is work on another recording (", " is werk op een andere opname (") + quoted(e.detail) + ")") +
           tr(", not on this one; nothing of it was added.", ", niet op deze; er is niets van toegevoegd.");
  case Problem::ThreadGone:
    return tr("That discussion no longer exists (it was deleted or undone).",
              "Die bespreking bestaat niet meer (ze is verwijderd of ongedaan gemaakt).");
  case Problem::CommentGone:
    return tr("That comment no longer exists (it was deleted or undone).",
              "Die reactie bestaat niet meer (ze is verwijderd of ongedaan gemaakt).");
  case Problem::EmptyComment:
    return tr("Type a comment first.", "Typ eerst een reactie.");
  case Problem::RecallGone:
    if (e.subject == "moment")
      return tr("That moment is no longer in the session (it was removed or undone).",
                "Dat moment zit niet meer in de sessie (het is verwijderd of ongedaan gemaakt).");
    if (e.subject == "pause")
      return tr("That pause no longer exists (it was deleted or undone).",
                "Die pauze bestaat niet meer (ze is verwijderd of ongedaan gemaakt).");
    return tr("That recall session no longer exists (it was deleted or undone).",
              "Die terugkijksessie bestaat niet meer (ze is verwijderd of ongedaan gemaakt).");
  case Problem::CommentNotYours:
    if (e.subject.empty())
      return tr("This comment is another reviewer's. Only they can change it; reply to it instead.",
                "Deze reactie is van een andere beoordelaar. Alleen die kan haar wijzigen; reageer er liever op.");
    return std::string(tr("This comment is ", "Deze reactie is van ")) + e.subject + tr("'s. Only ", ". Alleen ") +
           e.subject + tr(" can change it; reply to it instead.", " kan haar wijzigen; reageer er liever op.");
  case Problem::NoRecordingInProject:
    return tr("This project has no recording yet: make a new project from the recording instead.",
              "Dit project heeft nog geen opname: maak in plaats daarvan een nieuw project vanuit de opname.");
  case Problem::NoName:
    return tr("Type a name for the reviewer.", "Typ een naam voor de beoordelaar.");
  case Problem::NoIdentity:
    return tr("Say who you are first (name and role), so your tags carry your name.",
              "Zeg eerst wie je bent (naam en rol), zodat je tags je naam dragen.");
  case Problem::NothingToUndo:
    return tr("There is nothing to undo.", "Er is niets om ongedaan te maken.");
  case Problem::NothingToRedo:
    return tr("There is nothing to redo.", "Er is niets om opnieuw te doen.");
  case Problem::TagGone:
    return tr("That tag no longer exists (it was deleted or undone).",
              "Die tag bestaat niet meer (hij is verwijderd of ongedaan gemaakt).");
  case Problem::InvalidValue:
    return e.message.in(langCode());
  case Problem::NoSuchTag:
    return std::string(tr("This project has no tag ", "Dit project heeft geen tag ")) + e.subject +
           tr(": list them with `spiegel tags list`.", ": bekijk ze met `spiegel tags list`.");
  case Problem::NotYours:
    if (e.subject.empty())
      return tr("This tag is another reviewer's. Only they can change it; add a tag of your own instead.",
                "Deze tag is van een andere beoordelaar. Alleen die kan hem wijzigen; maak zelf een nieuwe tag.");
    return std::string(tr("This tag is ", "Deze tag is van ")) + e.subject + tr("'s. Only ", ". Alleen ") +
           e.subject +
           tr(" can change it; add a tag of your own instead.", " kan hem wijzigen; maak zelf een nieuwe tag.");
  case Problem::NoElementOnKey:
    return std::string(tr("No element is on key ", "Geen element zit onder toets ")) + n +
           tr(": use the keys shown in the timeline lanes.", ": gebruik de toetsen die bij de tijdlijnbanen staan.");
  case Problem::NoMarkIn:
    return tr("Press I at the start of the moment first, then O at its end.",
              "Druk eerst op I aan het begin van het moment, daarna op O aan het eind.");
  case Problem::NoSuchElement:
    return std::string(tr("The codebook of this project has no element ",
                          "Het codeboek van dit project heeft geen element ")) +
           quoted(e.subject) + tr(": choose one of its elements.", ": kies een van zijn elementen.");
  case Problem::NoSuchIndicator:
    return std::string(tr("The codebook has no indicator ", "Het codeboek heeft geen indicator ")) +
           quoted(e.subject) + tr(": pick one from the list.", ": kies er een uit de lijst.");
  case Problem::ParticipantRemoved:
    return tr("That participant was removed: pick one from the list.",
              "Die deelnemer is verwijderd: kies er een uit de lijst.");
  case Problem::NoParticipantOnKey:
    return std::string(tr("There is no participant on F", "Er is geen deelnemer onder F")) + n +
           tr(": add participants in the Participants tab.", ": voeg deelnemers toe op het tabblad Deelnemers.");
  case Problem::NewParticipantNeedsRole:
    return tr("Choose or type a role (e.g. mother) for the participant.",
              "Kies of typ een rol (bijv. moeder) voor de deelnemer.");
  case Problem::ParticipantNeedsRole:
    return tr("A participant needs a role (e.g. mother).", "Een deelnemer heeft een rol nodig (bijv. moeder).");
  case Problem::ParticipantGone:
    return tr("That participant no longer exists.", "Die deelnemer bestaat niet meer.");
  case Problem::ParticipantInUse:
    return n + tr(" tag(s) and ", " tag(s) en ") + std::to_string(e.count2) +
           tr(" rating(s) refer to this participant: remove them from those first, or rename the participant "
              "instead.",
              " beoordeling(en) verwijzen naar deze deelnemer: haal de deelnemer daar eerst weg, of geef de "
              "deelnemer een andere naam.");
  }
  if (!e.subject.empty())
    return std::string(tr("Something went wrong (", "Er ging iets mis (")) + e.subject +
           tr("): try again; if it keeps happening, restart Spiegel.",
              "): probeer het opnieuw; blijft het gebeuren, start Spiegel dan opnieuw.");
  return tr("Something went wrong: try again; if it keeps happening, restart Spiegel.",
            "Er ging iets mis: probeer het opnieuw; blijft het gebeuren, start Spiegel dan opnieuw.");
}

std::string missingRecordingText(const review::Workspace &ws) {
  if (!ws.recordingMissing())
    return {};
  return std::string(tr("The recording ", "De opname ")) + ws.recording().path +
         tr(" cannot be found: choose the folder it is in now and Spiegel will find it by its content.",
            " is niet te vinden: kies de map waar hij nu staat en Spiegel zoekt hem op inhoud.");
}

} // namespace spiegel::app
