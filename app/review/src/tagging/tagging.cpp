// Workspace: tagging while watching, the tag editor and timeline edits.
#include "spiegel/review/workspace.hpp"

#include "spiegel/annotate/validation.hpp"
#include "spiegel/store/uuid.hpp"

#include <algorithm>
#include <limits>

namespace spiegel::review {

using annotate::EditCommand;
using annotate::Micros;

namespace {
Status noTag() {
  return Status::fail(Error::of(Problem::TagGone));
}
} // namespace

Micros Workspace::lastTagTime() const {
  const Micros end = m_recording.duration > 0 ? m_recording.duration : std::numeric_limits<Micros>::max();
  return m_playableEnd ? std::min(end, std::max<Micros>(0, *m_playableEnd)) : end;
}

Micros Workspace::clampTime(Micros t) const {
  return std::clamp<Micros>(t, 0, lastTagTime());
}

Result<Uuid> Workspace::tagNow(int hotkey, bool negative, Micros playbackPos) {
  for (const auto &e : m_codebook.elements)
    if (e.hotkey == hotkey && hotkey != 0)
      return tagNow(e.key, negative, playbackPos);
  return Result<Uuid>::fail(Error::of(Problem::NoElementOnKey, {}, hotkey));
}

Result<Uuid> Workspace::tagNow(std::string_view elementKey, bool negative, Micros playbackPos) {
  const Micros t = clampTime(playbackPos - m_settings.reactionOffset);
  return makeTag(std::string(elementKey), negative, t, t);
}

Status Workspace::markIn(Micros playbackPos) {
  m_markIn = clampTime(playbackPos - m_settings.reactionOffset);
  m_markElement = m_lastElement; // the codebook's first element until a tag is made
  m_markValence = Valence::Positive;
  m_revision = nextRevision();
  return Status::ok();
}

Status Workspace::chooseMarkElement(int hotkey, bool negative) {
  if (!m_markIn)
    return Status::fail(Error::of(Problem::NoMarkIn));
  for (const auto &e : m_codebook.elements)
    if (e.hotkey == hotkey && hotkey != 0) {
      m_markElement = e.key;
      m_markValence = negative ? Valence::Negative : Valence::Positive;
      m_revision = nextRevision();
      return Status::ok();
    }
  return Status::fail(Error::of(Problem::NoElementOnKey, {}, hotkey));
}

Result<Uuid> Workspace::markOut(Micros playbackPos, std::optional<std::string> elementKey,
                                std::optional<bool> negative) {
  if (!m_markIn)
    return Result<Uuid>::fail(Error::of(Problem::NoMarkIn));
  Micros a = *m_markIn;
  Micros b = clampTime(playbackPos - m_settings.reactionOffset);
  if (b < a)
    std::swap(a, b);
  auto r = makeTag(elementKey.value_or(m_markElement), negative.value_or(m_markValence == Valence::Negative), a, b);
  if (r)
    m_markIn.reset();
  return r;
}

Result<Uuid> Workspace::makeTag(const std::string &element, bool negative, Micros start, Micros end) {
  if (m_codebook.element(element) == nullptr)
    return Result<Uuid>::fail(Error::of(Problem::NoSuchElement, element));
  if (auto s = ensureReviewer(); !s)
    return Result<Uuid>::fail(s.error);
  Annotation a;
  a.recording = m_recording.id;
  a.reviewer = *m_reviewerId;
  a.start = start;
  a.end = end;
  a.element = element;
  a.valence = negative ? Valence::Negative : Valence::Positive;
  a.participants = m_currentParticipants;
  a.createdAt = now();
  // The store fills ids only in addAnnotation; the undo stack writes with
  // putAnnotation, so the id is made here.
  a.id = store::newUuid();
  if (auto s = execute(EditCommand::addAnnotation(a)); !s)
    return Result<Uuid>::fail(s.error);
  m_lastElement = element;
  return Result<Uuid>::ok(a.id);
}

namespace {
Annotation fromNewTag(const NewTag &tag) {
  Annotation a;
  a.start = tag.start;
  a.end = tag.end;
  a.element = tag.element;
  a.valence = tag.valence;
  a.indicator = tag.indicator;
  a.participants = tag.participants;
  a.note = tag.note;
  return a;
}
} // namespace

Status Workspace::checkTag(const NewTag &tag) const {
  if (auto err = annotate::validateAnnotation(m_codebook, fromNewTag(tag), m_recording.duration)) {
    Error e = Error::of(Problem::InvalidValue, err->field);
    e.message = err->message;
    return Status::fail(std::move(e));
  }
  return checkParticipants(tag.participants);
}

Result<Uuid> Workspace::addTag(const NewTag &tag) {
  if (auto s = checkTag(tag); !s)
    return Result<Uuid>::fail(s.error);
  if (auto s = ensureReviewer(); !s)
    return Result<Uuid>::fail(s.error);
  Annotation a = fromNewTag(tag);
  a.recording = m_recording.id;
  a.reviewer = *m_reviewerId;
  a.createdAt = now();
  a.id = store::newUuid();
  if (auto s = execute(EditCommand::addAnnotation(a)); !s)
    return Result<Uuid>::fail(s.error);
  return Result<Uuid>::ok(a.id);
}

Status Workspace::checkParticipants(const std::vector<Uuid> &participants) const {
  for (const auto &p : participants)
    if (p != annotate::kFamilySubject && participant(p) == nullptr)
      return Status::fail(Error::of(Problem::ParticipantRemoved));
  return Status::ok();
}

bool Workspace::canEdit(const Annotation &tag) const {
  if (isConsensusTag(tag)) // the group's: every member who revealed
    return static_cast<bool>(mayAgree());
  return m_identity.has_value() && m_reviewerId.has_value() && tag.reviewer == *m_reviewerId;
}

std::string Workspace::ownerName(const Annotation &tag) const {
  const auto it = m_reviewerNames.find(tag.reviewer);
  return it != m_reviewerNames.end() ? it->second : std::string();
}

std::string Workspace::myName() const {
  if (!m_identity)
    return {};
  const auto it = m_reviewerNames.find(m_reviewerId.value_or(m_identity->id));
  return it != m_reviewerNames.end() ? it->second : m_identity->name;
}

Status Workspace::checkOwner(const Annotation &tag) const {
  if (canEdit(tag))
    return Status::ok();
  return Status::fail(Error::of(Problem::NotYours, ownerName(tag)));
}

Status Workspace::mayChange(const Annotation *current) const {
  if (current == nullptr)
    return noTag();
  if (!m_identity) // "say who you are first" says more than "it is not yours"
    return Status::fail(Error::of(Problem::NoIdentity));
  return checkOwner(*current);
}

Status Workspace::editTag(const Uuid &tag, const std::function<void(Annotation &)> &change) {
  const auto *current = m_index.find(tag);
  if (auto s = mayChange(current); !s)
    return s;
  Annotation after = *current;
  change(after);
  if (after == *current)
    return Status::ok();
  return execute(EditCommand::editAnnotation(*current, after));
}

Status Workspace::setIndicator(const Uuid &tag, std::optional<std::string> indicatorId) {
  const annotate::Indicator *ind = nullptr;
  if (indicatorId) {
    ind = m_codebook.indicator(*indicatorId);
    if (ind == nullptr)
      return Status::fail(Error::of(Problem::NoSuchIndicator, *indicatorId));
  }
  return editTag(tag, [&](Annotation &a) {
    a.indicator = indicatorId;
    if (ind != nullptr) {
      a.element = ind->element;
      a.valence = ind->valence;
    }
  });
}

Status Workspace::setElement(const Uuid &tag, const std::string &elementKey) {
  if (m_codebook.element(elementKey) == nullptr)
    return Status::fail(Error::of(Problem::NoSuchElement, elementKey));
  return editTag(tag, [&](Annotation &a) {
    a.element = elementKey;
    if (a.indicator)
      if (const auto *ind = m_codebook.indicator(*a.indicator); ind == nullptr || ind->element != elementKey)
        a.indicator.reset();
  });
}

Status Workspace::setValence(const Uuid &tag, Valence valence) {
  return editTag(tag, [&](Annotation &a) {
    a.valence = valence;
    if (a.indicator)
      if (const auto *ind = m_codebook.indicator(*a.indicator); ind == nullptr || ind->valence != valence)
        a.indicator.reset();
  });
}

Status Workspace::setNote(const Uuid &tag, const std::string &note) {
  const auto *current = m_index.find(tag);
  if (auto s = mayChange(current); !s)
    return s;
  if (current->note == note)
    return Status::ok();
  return execute(EditCommand::editNote(*current, note));
}

Status Workspace::setParticipants(const Uuid &tag, const std::vector<Uuid> &participants) {
  if (auto s = checkParticipants(participants); !s)
    return s;
  return editTag(tag, [&](Annotation &a) { a.participants = participants; });
}

Status Workspace::pinParticipants(const Uuid &tag) {
  const auto *a = m_index.find(tag);
  if (a == nullptr)
    return noTag();
  setCurrentParticipants(a->participants);
  return Status::ok();
}

void Workspace::setCurrentParticipants(std::vector<Uuid> participants) {
  std::erase_if(participants,
                [&](const Uuid &id) { return id != annotate::kFamilySubject && participant(id) == nullptr; });
  m_currentParticipants = std::move(participants);
  m_revision = nextRevision();
}

Status Workspace::toggleParticipant(int slot, const std::optional<Uuid> &tag) {
  if (slot < 1 || slot > kParticipantSlots || static_cast<std::size_t>(slot) > m_participants.size())
    return Status::fail(Error::of(Problem::NoParticipantOnKey, {}, slot));
  const Uuid id = m_participants[static_cast<std::size_t>(slot - 1)].id;
  const auto toggled = [&](std::vector<Uuid> list) {
    if (auto it = std::find(list.begin(), list.end(), id); it != list.end())
      list.erase(it);
    else
      list.push_back(id);
    return list;
  };
  if (tag) {
    const auto *a = m_index.find(*tag);
    if (auto s = mayChange(a); !s)
      return s;
    return setParticipants(*tag, toggled(a->participants));
  }
  setCurrentParticipants(toggled(m_currentParticipants));
  return Status::ok();
}

Status Workspace::moveTag(const Uuid &tag, Micros newStart) {
  const auto *current = m_index.find(tag);
  if (auto s = mayChange(current); !s)
    return s;
  const Micros length = current->end - current->start;
  Micros start = std::max<Micros>(0, newStart);
  if (m_recording.duration > 0 || m_playableEnd)
    start = std::min(start, std::max<Micros>(0, lastTagTime() - length));
  if (start == current->start)
    return Status::ok();
  return execute(EditCommand::moveAnnotation(*current, start));
}

Status Workspace::resizeTag(const Uuid &tag, Micros newStart, Micros newEnd) {
  const auto *current = m_index.find(tag);
  if (auto s = mayChange(current); !s)
    return s;
  Micros a = clampTime(newStart), b = clampTime(newEnd);
  if (b < a)
    std::swap(a, b);
  if (a == current->start && b == current->end)
    return Status::ok();
  return execute(EditCommand::resizeAnnotation(*current, a, b));
}

Status Workspace::deleteTag(const Uuid &tag) {
  const auto *current = m_index.find(tag);
  if (auto s = mayChange(current); !s)
    return s;
  return execute(EditCommand::deleteAnnotation(*current));
}

} // namespace spiegel::review
