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
  return {EditKind::AddAnnotation, AnnotationChange{std::nullopt, std::move(after)}};
}

EditCommand EditCommand::editAnnotation(const Annotation &before, const Annotation &after) {
  assert(before.id == after.id);
  return {EditKind::EditAnnotation, AnnotationChange{before, after}};
}

EditCommand EditCommand::editNote(const Annotation &before, std::string note) {
  Annotation after = before;
  after.note = std::move(note);
  return {EditKind::EditNote, AnnotationChange{before, std::move(after)}};
}

EditCommand EditCommand::moveAnnotation(const Annotation &before, Micros newStart) {
  Annotation after = before;
  after.start = newStart;
  after.end = newStart + (before.end - before.start);
  return {EditKind::MoveAnnotation, AnnotationChange{before, std::move(after)}};
}

EditCommand EditCommand::resizeAnnotation(const Annotation &before, Micros newStart, Micros newEnd) {
  Annotation after = before;
  after.start = newStart;
  after.end = newEnd;
  return {EditKind::ResizeAnnotation, AnnotationChange{before, std::move(after)}};
}

EditCommand EditCommand::deleteAnnotation(const Annotation &before) {
  Annotation after = before;
  after.deleted = true;
  return {EditKind::DeleteAnnotation, AnnotationChange{before, std::move(after)}};
}

EditCommand EditCommand::setRating(const std::optional<Rating> &before, const Rating &after) {
  Rating live = after;
  live.deleted = false;
  // A tombstoned "before" is the same as none: undo writes a tombstone again.
  std::optional<Rating> prior = before && !before->deleted ? before : std::nullopt;
  return {EditKind::SetRating, RatingChange{std::move(prior), std::move(live)}};
}

EditCommand EditCommand::clearRating(const Rating &before) {
  Rating after = before;
  after.deleted = true;
  return {EditKind::ClearRating, RatingChange{before, std::move(after)}};
}

const Uuid &EditCommand::targetId() const {
  if (const auto *a = std::get_if<AnnotationChange>(&m_change))
    return a->after.id;
  return std::get<RatingChange>(m_change).after.id;
}

const std::optional<Annotation> &EditCommand::annotationBefore() const {
  return std::get<AnnotationChange>(m_change).before;
}
const Annotation &EditCommand::annotationAfter() const {
  return std::get<AnnotationChange>(m_change).after;
}
const std::optional<Rating> &EditCommand::ratingBefore() const {
  return std::get<RatingChange>(m_change).before;
}
const Rating &EditCommand::ratingAfter() const {
  return std::get<RatingChange>(m_change).after;
}

void EditCommand::apply(EditTarget &target, UnixMillis now) const {
  if (const auto *a = std::get_if<AnnotationChange>(&m_change)) {
    target.putAnnotation(stamped(a->after, now));
  } else {
    target.putRating(stamped(std::get<RatingChange>(m_change).after, now));
  }
}

void EditCommand::revert(EditTarget &target, UnixMillis now) const {
  if (const auto *a = std::get_if<AnnotationChange>(&m_change)) {
    target.putAnnotation(a->before ? stamped(*a->before, now) : tombstone(a->after, now));
  } else {
    const auto &r = std::get<RatingChange>(m_change);
    target.putRating(r.before ? stamped(*r.before, now) : tombstone(r.after, now));
  }
}

bool EditCommand::mergeWith(const EditCommand &next) {
  if (m_kind != EditKind::EditNote || next.m_kind != EditKind::EditNote || targetId() != next.targetId())
    return false;
  std::get<AnnotationChange>(m_change).after = std::get<AnnotationChange>(next.m_change).after;
  return true;
}

} // namespace spiegel::annotate
