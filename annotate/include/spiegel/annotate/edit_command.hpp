#pragma once
// One undoable edit: a value of one kind (an annotation, a rating, a
// participant — every kind of data the reviewer edits) with its before and
// after values, so the one UndoStack can undo and redo it. A command is
// applied to an EditTarget (review/ implements it: write to the project file,
// update its in-memory copies). No clock here: callers pass `now`, which
// becomes the updatedAt of everything written, so an undo also wins a later
// merge. Describing a command for a person is app/'s (it has the language):
// kind() and the values say everything needed.
//
// A new kind of data joins by adding its type to Change's variant, its
// EditKind values and factories, and one put() to EditTarget.
//
//   undo.execute(EditCommand::addAnnotation(tag), target, now);
//   undo.undo(target, now);          // writes a tombstone of tag
#include <optional>
#include <variant>

#include "spiegel/annotate/discussion.hpp"
#include "spiegel/annotate/recall.hpp"
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
  virtual void putParticipant(const Participant &p) = 0;
  virtual void putThread(const Thread &t) = 0;
  virtual void putComment(const Comment &c) = 0;
  virtual void putRecallSession(const RecallSession &s) = 0;
  virtual void putRecallMoment(const RecallMoment &m) = 0;
  virtual void putRecallPause(const RecallPause &p) = 0;
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
  AddParticipant,
  EditParticipant,
  RemoveParticipant, // tombstone
  // Discussion (discussion.hpp). Starting a thread is the thread alone: its
  // first comment is written beside it, outside the history, and undoing
  // the start tombstones the thread, which hides its comments with it.
  StartThread,
  ResolveThread,
  ReopenThread,
  AddComment,    // a comment or a reply
  EditComment,   // its text
  DeleteComment, // tombstone
  // Recall sessions (recall.hpp): a session, its moments and its pauses.
  // Consecutive edits of one session or pause (typing an answer) merge.
  AddRecallSession,
  EditRecallSession,
  DeleteRecallSession,
  AddRecallMoment,
  EditRecallMoment, // rolls, prompt, rank (reordering)
  DeleteRecallMoment,
  AddRecallPause,
  EditRecallPause, // prompt, answer, for-later, spoken answer
  DeleteRecallPause,
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
  [[nodiscard]] static EditCommand addParticipant(const Participant &p);
  [[nodiscard]] static EditCommand editParticipant(const Participant &before, const Participant &after);
  [[nodiscard]] static EditCommand removeParticipant(const Participant &before);
  [[nodiscard]] static EditCommand startThread(const Thread &t);
  // ResolveThread or ReopenThread.
  [[nodiscard]] static EditCommand setResolved(const Thread &before, bool resolved);
  [[nodiscard]] static EditCommand addComment(const Comment &c);
  [[nodiscard]] static EditCommand editComment(const Comment &before, std::string text);
  [[nodiscard]] static EditCommand deleteComment(const Comment &before);
  // Recall values: adding, changing and removing one, the kind following
  // the type (AddRecallSession for a RecallSession, …).
  template <class T> [[nodiscard]] static EditCommand addRecall(const T &value);
  template <class T> [[nodiscard]] static EditCommand editRecall(const T &before, const T &after);
  template <class T> [[nodiscard]] static EditCommand deleteRecall(const T &before);

  [[nodiscard]] EditKind kind() const { return m_kind; }
  // The id of the value this command changes.
  [[nodiscard]] const Uuid &targetId() const;
  [[nodiscard]] bool isAnnotation() const { return std::holds_alternative<Change<Annotation>>(m_change); }
  [[nodiscard]] bool isRating() const { return std::holds_alternative<Change<Rating>>(m_change); }
  [[nodiscard]] bool isParticipant() const { return std::holds_alternative<Change<Participant>>(m_change); }
  [[nodiscard]] bool isThread() const { return std::holds_alternative<Change<Thread>>(m_change); }
  [[nodiscard]] bool isComment() const { return std::holds_alternative<Change<Comment>>(m_change); }
  // Any value type: is<RecallPause>(), after<RecallPause>(), before<RecallPause>().
  template <class T> [[nodiscard]] bool is() const { return std::holds_alternative<Change<T>>(m_change); }
  template <class T> [[nodiscard]] const T &after() const { return std::get<Change<T>>(m_change).after; }
  template <class T> [[nodiscard]] const std::optional<T> &before() const {
    return std::get<Change<T>>(m_change).before;
  }
  // Before/after values; before is nullopt for a value that did not exist.
  [[nodiscard]] const std::optional<Annotation> &annotationBefore() const;
  [[nodiscard]] const Annotation &annotationAfter() const;
  [[nodiscard]] const std::optional<Rating> &ratingBefore() const;
  [[nodiscard]] const Rating &ratingAfter() const;
  [[nodiscard]] const std::optional<Participant> &participantBefore() const;
  [[nodiscard]] const Participant &participantAfter() const;
  [[nodiscard]] const std::optional<Thread> &threadBefore() const;
  [[nodiscard]] const Thread &threadAfter() const;
  [[nodiscard]] const std::optional<Comment> &commentBefore() const;
  [[nodiscard]] const Comment &commentAfter() const;
  // The value revert() writes: the before value, or (when there was none) a
  // tombstone of the after value. True when revert() deletes, i.e. the
  // command added the value; apply() deletes when after.deleted.
  [[nodiscard]] bool revertDeletes() const;
  [[nodiscard]] bool applyDeletes() const;

  // Writes the after value (redo) or restores the before value (undo; a value
  // that did not exist before becomes a tombstone of the after value).
  void apply(EditTarget &target, UnixMillis now) const;
  void revert(EditTarget &target, UnixMillis now) const;

  // Folds `next` into this command when both are EditNote on the same tag,
  // or EditRecallSession / EditRecallPause on the same value: keeps this
  // before, takes next's after. False (nothing changed) otherwise.
  bool mergeWith(const EditCommand &next);

private:
  template <class T> struct Change {
    std::optional<T> before; // nullopt: the command adds the value
    T after;                 // deleted == true: the command removes it
  };
  using AnyChange = std::variant<Change<Annotation>, Change<Rating>, Change<Participant>, Change<Thread>,
                                 Change<Comment>, Change<RecallSession>, Change<RecallMoment>, Change<RecallPause>>;
  EditCommand(EditKind kind, AnyChange change) : m_kind(kind), m_change(std::move(change)) {}

  EditKind m_kind;
  AnyChange m_change;
};

} // namespace spiegel::annotate
