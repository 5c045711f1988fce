#include "spiegel/annotate/edit_command.hpp"

#include <cassert>

namespace spiegel::annotate {
namespace {

template <class T> T stamped(T value, UnixMillis now) {
  value.updatedAt = now;
  return value;
}

template <class T> T tombstone(T value, UnixMillis now) {
  value.deleted = true;
  value.updatedAt = now;
  return value;
}

} // namespace

EditCommand EditCommand::addAnnotation(const Annotation &a) {
  Annotation after = a;
  after.deleted = false;
  return {EditKind::AddAnnotation, Change<Annotation>{std::nullopt, std::move(after)}};
}

EditCommand EditCommand::editAnnotation(const Annotation &before, const Annotation &after) {
  assert(before.id == after.id);
  return {EditKind::EditAnnotation, Change<Annotation>{before, after}};
}

EditCommand EditCommand::editNote(const Annotation &before, std::string note) {
  Annotation after = before;
  after.note = std::move(note);
  return {EditKind::EditNote, Change<Annotation>{before, std::move(after)}};
}

EditCommand EditCommand::moveAnnotation(const Annotation &before, Micros newStart) {
  Annotation after = before;
  after.start = newStart;
  after.end = newStart + (before.end - before.start);
  return {EditKind::MoveAnnotation, Change<Annotation>{before, std::move(after)}};
}

EditCommand EditCommand::resizeAnnotation(const Annotation &before, Micros newStart, Micros newEnd) {
  Annotation after = before;
  after.start = newStart;
  after.end = newEnd;
  return {EditKind::ResizeAnnotation, Change<Annotation>{before, std::move(after)}};
}

EditCommand EditCommand::deleteAnnotation(const Annotation &before) {
  Annotation after = before;
  after.deleted = true;
  return {EditKind::DeleteAnnotation, Change<Annotation>{before, std::move(after)}};
}

EditCommand EditCommand::setRating(const std::optional<Rating> &before, const Rating &after) {
  Rating live = after;
  live.deleted = false;
  // A tombstoned "before" is the same as none: undo writes a tombstone again.
  std::optional<Rating> prior = before && !before->deleted ? before : std::nullopt;
  return {EditKind::SetRating, Change<Rating>{std::move(prior), std::move(live)}};
}

EditCommand EditCommand::clearRating(const Rating &before) {
  Rating after = before;
  after.deleted = true;
  return {EditKind::ClearRating, Change<Rating>{before, std::move(after)}};
}

EditCommand EditCommand::addParticipant(const Participant &p) {
  Participant after = p;
  after.deleted = false;
  return {EditKind::AddParticipant, Change<Participant>{std::nullopt, std::move(after)}};
}

EditCommand EditCommand::editParticipant(const Participant &before, const Participant &after) {
  assert(before.id == after.id);
  return {EditKind::EditParticipant, Change<Participant>{before, after}};
}

EditCommand EditCommand::removeParticipant(const Participant &before) {
  Participant after = before;
  after.deleted = true;
  return {EditKind::RemoveParticipant, Change<Participant>{before, std::move(after)}};
}

EditCommand EditCommand::startThread(const Thread &t) {
  Thread after = t;
  after.deleted = false;
  return {EditKind::StartThread, Change<Thread>{std::nullopt, std::move(after)}};
}

EditCommand EditCommand::setResolved(const Thread &before, bool resolved) {
  Thread after = before;
  after.resolved = resolved;
  return {resolved ? EditKind::ResolveThread : EditKind::ReopenThread, Change<Thread>{before, std::move(after)}};
}

EditCommand EditCommand::addComment(const Comment &c) {
  Comment after = c;
  after.deleted = false;
  return {EditKind::AddComment, Change<Comment>{std::nullopt, std::move(after)}};
}

EditCommand EditCommand::editComment(const Comment &before, std::string text) {
  Comment after = before;
  after.text = std::move(text);
  return {EditKind::EditComment, Change<Comment>{before, std::move(after)}};
}

EditCommand EditCommand::deleteComment(const Comment &before) {
  Comment after = before;
  after.deleted = true;
  return {EditKind::DeleteComment, Change<Comment>{before, std::move(after)}};
}

namespace {
// The three kinds of each recall value type, in add, edit, delete order.
template <class T> struct RecallKinds;
template <> struct RecallKinds<RecallSession> {
  static constexpr EditKind add = EditKind::AddRecallSession, edit = EditKind::EditRecallSession,
                            remove = EditKind::DeleteRecallSession;
};
template <> struct RecallKinds<RecallMoment> {
  static constexpr EditKind add = EditKind::AddRecallMoment, edit = EditKind::EditRecallMoment,
                            remove = EditKind::DeleteRecallMoment;
};
template <> struct RecallKinds<RecallPause> {
  static constexpr EditKind add = EditKind::AddRecallPause, edit = EditKind::EditRecallPause,
                            remove = EditKind::DeleteRecallPause;
};
} // namespace

template <class T> EditCommand EditCommand::addRecall(const T &value) {
  T after = value;
  after.deleted = false;
  return {RecallKinds<T>::add, Change<T>{std::nullopt, std::move(after)}};
}

template <class T> EditCommand EditCommand::editRecall(const T &before, const T &after) {
  assert(before.id == after.id);
  return {RecallKinds<T>::edit, Change<T>{before, after}};
}

template <class T> EditCommand EditCommand::deleteRecall(const T &before) {
  T after = before;
  after.deleted = true;
  return {RecallKinds<T>::remove, Change<T>{before, std::move(after)}};
}

template EditCommand EditCommand::addRecall(const RecallSession &);
template EditCommand EditCommand::addRecall(const RecallMoment &);
template EditCommand EditCommand::addRecall(const RecallPause &);
template EditCommand EditCommand::editRecall(const RecallSession &, const RecallSession &);
template EditCommand EditCommand::editRecall(const RecallMoment &, const RecallMoment &);
template EditCommand EditCommand::editRecall(const RecallPause &, const RecallPause &);
template EditCommand EditCommand::deleteRecall(const RecallSession &);
template EditCommand EditCommand::deleteRecall(const RecallMoment &);
template EditCommand EditCommand::deleteRecall(const RecallPause &);

const Uuid &EditCommand::targetId() const {
  return std::visit([](const auto &c) -> const Uuid & { return c.after.id; }, m_change);
}

const std::optional<Annotation> &EditCommand::annotationBefore() const {
  return std::get<Change<Annotation>>(m_change).before;
}
const Annotation &EditCommand::annotationAfter() const {
  return std::get<Change<Annotation>>(m_change).after;
}
const std::optional<Rating> &EditCommand::ratingBefore() const {
  return std::get<Change<Rating>>(m_change).before;
}
const Rating &EditCommand::ratingAfter() const {
  return std::get<Change<Rating>>(m_change).after;
}
const std::optional<Participant> &EditCommand::participantBefore() const {
  return std::get<Change<Participant>>(m_change).before;
}
const Participant &EditCommand::participantAfter() const {
  return std::get<Change<Participant>>(m_change).after;
}

const std::optional<Thread> &EditCommand::threadBefore() const { return std::get<Change<Thread>>(m_change).before; }
const Thread &EditCommand::threadAfter() const { return std::get<Change<Thread>>(m_change).after; }
const std::optional<Comment> &EditCommand::commentBefore() const {
  return std::get<Change<Comment>>(m_change).before;
}
const Comment &EditCommand::commentAfter() const { return std::get<Change<Comment>>(m_change).after; }

bool EditCommand::revertDeletes() const {
  return std::visit([](const auto &c) { return !c.before || c.before->deleted; }, m_change);
}
bool EditCommand::applyDeletes() const {
  return std::visit([](const auto &c) { return c.after.deleted; }, m_change);
}

namespace {
void put(EditTarget &t, const Annotation &a) { t.putAnnotation(a); }
void put(EditTarget &t, const Rating &r) { t.putRating(r); }
void put(EditTarget &t, const Participant &p) { t.putParticipant(p); }
void put(EditTarget &t, const Thread &th) { t.putThread(th); }
void put(EditTarget &t, const Comment &c) { t.putComment(c); }
void put(EditTarget &t, const RecallSession &s) { t.putRecallSession(s); }
void put(EditTarget &t, const RecallMoment &m) { t.putRecallMoment(m); }
void put(EditTarget &t, const RecallPause &p) { t.putRecallPause(p); }
} // namespace

void EditCommand::apply(EditTarget &target, UnixMillis now) const {
  std::visit([&](const auto &c) { put(target, stamped(c.after, now)); }, m_change);
}

void EditCommand::revert(EditTarget &target, UnixMillis now) const {
  std::visit([&](const auto &c) { put(target, c.before ? stamped(*c.before, now) : tombstone(c.after, now)); },
             m_change);
}

bool EditCommand::mergeWith(const EditCommand &next) {
  const bool typing = m_kind == EditKind::EditNote || m_kind == EditKind::EditRecallSession ||
                      m_kind == EditKind::EditRecallPause;
  if (!typing || next.m_kind != m_kind || targetId() != next.targetId())
    return false;
  // Same kind, so the same alternative: take next's after value.
  std::visit([&](auto &mine) { mine.after = std::get<std::decay_t<decltype(mine)>>(next.m_change).after; },
             m_change);
  return true;
}

} // namespace spiegel::annotate
