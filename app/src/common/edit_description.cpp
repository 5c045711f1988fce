#include "common/edit_description.hpp"

#include "common/clock_text.hpp"
#include "common/i18n.hpp"
#include "spiegel/annotate/rule_check.hpp"

namespace spiegel::app {

using annotate::EditKind;

std::string elementText(const annotate::Codebook &codebook, const std::string &key) {
  const auto *e = codebook.element(key);
  if (e == nullptr)
    return key;
  const auto &s = e->shortName.in(langCode());
  return s.empty() ? e->name.in(langCode()) : s;
}

namespace {
const char *verb(EditKind kind) {
  switch (kind) {
  case EditKind::AddAnnotation:
    return tr("add tag", "tag toevoegen");
  case EditKind::EditAnnotation:
    return tr("edit tag", "tag wijzigen");
  case EditKind::EditNote:
    return tr("edit note of", "notitie wijzigen van");
  case EditKind::MoveAnnotation:
    return tr("move tag", "tag verplaatsen");
  case EditKind::ResizeAnnotation:
    return tr("resize tag", "tagduur wijzigen");
  case EditKind::DeleteAnnotation:
    return tr("delete tag", "tag verwijderen");
  case EditKind::SetRating:
    return tr("rating", "beoordeling");
  case EditKind::ClearRating:
    return tr("clear rating", "beoordeling wissen");
  case EditKind::AddParticipant:
    return tr("add participant", "deelnemer toevoegen");
  case EditKind::EditParticipant:
    return tr("edit participant", "deelnemer wijzigen");
  case EditKind::RemoveParticipant:
    return tr("remove participant", "deelnemer verwijderen");
  case EditKind::StartThread:
    return tr("start discussion", "bespreking starten");
  case EditKind::ResolveThread:
    return tr("resolve discussion", "bespreking afronden");
  case EditKind::ReopenThread:
    return tr("reopen discussion", "bespreking heropenen");
  case EditKind::AddComment:
    return tr("add comment", "reactie toevoegen");
  case EditKind::EditComment:
    return tr("edit comment", "reactie wijzigen");
  case EditKind::DeleteComment:
    return tr("delete comment", "reactie verwijderen");
  }
  return "";
}
} // namespace

std::string describeEdit(const annotate::EditCommand &cmd, const annotate::Codebook &codebook,
                         std::span<const annotate::Participant> participants) {
  std::string out = verb(cmd.kind());
  if (cmd.isParticipant()) {
    // The person as the menu knew them before the edit (a rename shows the old name).
    const auto &before = cmd.participantBefore();
    const auto &shown = before && !cmd.participantAfter().deleted ? *before : cmd.participantAfter();
    return out + " " + annotate::subjectText(shown.id, std::span<const annotate::Participant>(&shown, 1)).in(langCode());
  }
  if (cmd.isRating()) {
    const auto &r = cmd.ratingAfter();
    return out + " " + elementText(codebook, r.element) + tr(" for ", " voor ") +
           annotate::subjectText(r.subject, participants).in(langCode());
  }
  if (cmd.isThread()) {
    const auto &t = cmd.threadAfter();
    return out + tr(" at ", " op ") + clockText(t.start);
  }
  if (cmd.isComment())
    return out;
  // The tag as it was before the edit (where it is on screen now for an undo).
  const auto &before = cmd.annotationBefore();
  const auto &a = before && cmd.kind() != EditKind::AddAnnotation ? *before : cmd.annotationAfter();
  return out + " " + elementText(codebook, a.element) + tr(" at ", " op ") + clockText(a.start);
}

} // namespace spiegel::app

namespace spiegel::app {

std::string undoText(const review::Workspace &ws) {
  const auto *cmd = ws.nextUndo();
  if (cmd == nullptr)
    return {};
  return std::string(tr("Undo: ", "Ongedaan maken: ")) + describeEdit(*cmd, ws.codebook(), ws.participants());
}

std::string redoText(const review::Workspace &ws) {
  const auto *cmd = ws.nextRedo();
  if (cmd == nullptr)
    return {};
  return std::string(tr("Redo: ", "Opnieuw: ")) + describeEdit(*cmd, ws.codebook(), ws.participants());
}

} // namespace spiegel::app
