#include "workspace/edit_description.hpp"

#include "common/i18n.hpp"
#include "spiegel/annotate/rule_check.hpp"
#include "spiegel/annotate/time_format.hpp"

namespace spiegel::app::workspace {

using annotate::EditKind;

std::string elementText(const annotate::Codebook &codebook, const std::string &key) {
  const auto *e = codebook.element(key);
  if (e == nullptr)
    return key;
  const auto &s = e->shortName.in(langCode());
  return s.empty() ? e->name.in(langCode()) : s;
}

std::string clockText(annotate::Micros t) {
  auto s = annotate::formatTime(t);
  if (const auto dot = s.rfind('.'); dot != std::string::npos)
    s.resize(dot);
  return s;
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
  }
  return "";
}
} // namespace

std::string describeEdit(const annotate::EditCommand &cmd, const annotate::Codebook &codebook,
                         std::span<const annotate::Participant> participants) {
  std::string out = verb(cmd.kind());
  if (cmd.isRating()) {
    const auto &r = cmd.ratingAfter();
    return out + " " + elementText(codebook, r.element) + tr(" for ", " voor ") +
           annotate::subjectText(r.subject, participants).in(langCode());
  }
  // The tag as it was before the edit (where it is on screen now for an undo).
  const auto &before = cmd.annotationBefore();
  const auto &a = before && cmd.kind() != EditKind::AddAnnotation ? *before : cmd.annotationAfter();
  return out + " " + elementText(codebook, a.element) + tr(" at ", " op ") + clockText(a.start);
}

} // namespace spiegel::app::workspace
