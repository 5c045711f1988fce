#pragma once
// One user edit of an annotation or a rating, kept with its before and after
// values so it can be undone and redone. Commands are applied to an
// EditTarget (the store or app implements it: write to the project file,
// update the TagIndex). No clock here: callers pass `now`, which becomes the
// updatedAt of everything written, so an undo also wins a later merge.
//
//   undo.execute(EditCommand::addAnnotation(tag), target, now);
//   undo.undo(target, now);          // writes a tombstone of tag
#include <optional>
#include <variant>

#include "spiegel/annotate/types.hpp"

namespace spiegel::annotate {

// Where commands write. Each call is one upsert by id; a value with
// deleted == true is a tombstone. Implementations may throw (e.g. the store's
// StoreError); UndoStack then leaves its history unchanged.
class EditTarget {
public:
  virtual ~EditTarget() = default;
  virtual void putAnnotation(const Annotation &a) = 0;
  virtual void putRating(const Rating &r) = 0;
};

enum class EditKind {
  AddAnnotation,
  EditAnnotation,   // any field(s)
  EditNote,         // only the note; consecutive ones on one tag merge
  MoveAnnotation,   // start and end shifted together
  ResizeAnnotation, // start and/or end changed
  DeleteAnnotation, // tombstone
  SetRating,        // new or changed value / rationale
  ClearRating,      // tombstone
};

class EditCommand {
public:
  // Factories: `before` is the value as it is now (from the store), the
  // command computes `after`. The result's values carry updatedAt from the
  // time the command is applied, not from here.
  [[nodiscard]] static EditCommand addAnnotation(const Annotation &a);
  [[nodiscard]] static EditCommand editAnnotation(const Annotation &before, const Annotation &after);
  [[nodiscard]] static EditCommand editNote(const Annotation &before, std::string note);
  [[nodiscard]] static EditCommand moveAnnotation(const Annotation &before, Micros newStart);
  [[nodiscard]] static EditCommand resizeAnnotation(const Annotation &before, Micros newStart, Micros newEnd);
  [[nodiscard]] static EditCommand deleteAnnotation(const Annotation &before);
  // before: the reviewer's current rating of that subject × element, if any.
  [[nodiscard]] static EditCommand setRating(const std::optional<Rating> &before, const Rating &after);
  [[nodiscard]] static EditCommand clearRating(const Rating &before);

  [[nodiscard]] EditKind kind() const { return m_kind; }
  // The id of the annotation or rating this command changes.
  [[nodiscard]] const Uuid &targetId() const;
  [[nodiscard]] bool isRating() const { return std::holds_alternative<RatingChange>(m_change); }
  // Before/after values; before is nullopt for a value that did not exist.
  [[nodiscard]] const std::optional<Annotation> &annotationBefore() const;
  [[nodiscard]] const Annotation &annotationAfter() const;
  [[nodiscard]] const std::optional<Rating> &ratingBefore() const;
  [[nodiscard]] const Rating &ratingAfter() const;

  // Writes the after value (redo) or restores the before value (undo; a value
  // that did not exist before becomes a tombstone of the after value).
  void apply(EditTarget &target, UnixMillis now) const;
  void revert(EditTarget &target, UnixMillis now) const;

  // Folds `next` into this command when both are EditNote on the same tag:
  // keeps this before, takes next's after. False (nothing changed) otherwise.
  bool mergeWith(const EditCommand &next);

private:
  struct AnnotationChange {
    std::optional<Annotation> before;
    Annotation after;
  };
  struct RatingChange {
    std::optional<Rating> before;
    Rating after;
  };
  EditCommand(EditKind kind, AnnotationChange change) : m_kind(kind), m_change(std::move(change)) {}
  EditCommand(EditKind kind, RatingChange change) : m_kind(kind), m_change(std::move(change)) {}

  EditKind m_kind;
  std::variant<AnnotationChange, RatingChange> m_change;
};

} // namespace spiegel::annotate
