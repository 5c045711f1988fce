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
  case EditKind::AddRecallSession:
    return tr("new recall session", "nieuwe terugkijksessie");
  case EditKind::EditRecallSession:
    return tr("edit recall session", "terugkijksessie wijzigen");
  case EditKind::DeleteRecallSession:
    return tr("delete recall session", "terugkijksessie verwijderen");
  case EditKind::AddRecallMoment:
    return tr("add moment", "moment toevoegen");
  case EditKind::EditRecallMoment:
    return tr("change moment", "moment wijzigen");
  case EditKind::DeleteRecallMoment:
    return tr("remove moment", "moment weghalen");
  case EditKind::AddRecallPause:
    return tr("pause", "pauze");
  case EditKind::EditRecallPause:
    return tr("answer", "antwoord");
  case EditKind::DeleteRecallPause:
    return tr("delete pause", "pauze verwijderen");
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
  if (cmd.is<annotate::RecallSession>())
    return out + " " + cmd.after<annotate::RecallSession>().title;
  if (cmd.is<annotate::RecallMoment>())
    return out + tr(" at ", " op ") + clockText(cmd.after<annotate::RecallMoment>().start);
  if (cmd.is<annotate::RecallPause>())
    return out + tr(" at ", " op ") + clockText(cmd.after<annotate::RecallPause>().at);
  // The tag as it was before the edit (where it is on screen now for an undo).
  const auto &before = cmd.annotationBefore();
  const auto &a = before && cmd.kind() != EditKind::AddAnnotation ? *before : cmd.annotationAfter();
  return out + " " + elementText(codebook, a.element) + tr(" at ", " op ") + clockText(a.start);
}

} // namespace spiegel::app

namespace spiegel::app {

namespace {
// "add moment at 01:02.000 and 11 more" for a step of several edits.
std::string stepText(const review::Workspace &ws, const annotate::EditCommand &cmd, std::size_t size) {
  std::string out = describeEdit(cmd, ws.codebook(), ws.participants());
  if (size > 1)
    out += tr(" and ", " en ") + std::to_string(size - 1) + tr(" more", " meer");
  return out;
}
} // namespace

std::string undoText(const review::Workspace &ws) {
  const auto *cmd = ws.nextUndo();
  if (cmd == nullptr)
    return {};
  return std::string(tr("Undo: ", "Ongedaan maken: ")) + stepText(ws, *cmd, ws.nextUndoSize());
}

std::string redoText(const review::Workspace &ws) {
  const auto *cmd = ws.nextRedo();
  if (cmd == nullptr)
    return {};
  return std::string(tr("Redo: ", "Opnieuw: ")) + stepText(ws, *cmd, ws.nextRedoSize());
}

} // namespace spiegel::app
