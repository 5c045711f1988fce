#pragma once
// Undo/redo history of EditCommands (one per project view, owned by the UI
// thread). execute() applies a command and records it; undo()/redo() move
// through the history; a new command after an undo drops the redo branch.
//
//   UndoStack undo;
//   undo.execute(EditCommand::moveAnnotation(tag, t), target, now);
//   if (undo.canUndo()) undo.undo(target, now);
#include <cstddef>
#include <vector>

#include "spiegel/annotate/edit_command.hpp"

namespace spiegel::annotate {

class UndoStack {
public:
  // Why 500: a long coding session makes a few hundred edits; older ones are
  // dropped first. Each entry holds two small values.
  static constexpr std::size_t kDefaultLimit = 500;
  // Why 2 s: typing a note is saved in small steps; steps closer together
  // than this undo as one.
  static constexpr UnixMillis kNoteMergeWindowMs = 2000;

  explicit UndoStack(std::size_t limit = kDefaultLimit) : m_limit(limit == 0 ? 1 : limit) {}

  // Applies cmd to target (after values get updatedAt = now) and records it.
  // An EditNote on the same tag as the previous EditNote within
  // kNoteMergeWindowMs (and no undo/redo in between) merges with it. If the target throws, nothing is
  // recorded and the exception propagates.
  void execute(EditCommand cmd, EditTarget &target, UnixMillis now);
  // Records a command the caller has already applied itself.
  void record(EditCommand cmd, UnixMillis now);

  [[nodiscard]] bool canUndo() const { return m_next > 0; }
  [[nodiscard]] bool canRedo() const { return m_next < m_entries.size(); }
  // The command undo()/redo() would act on (for "Undo move tag" menu text), or nullptr.
  [[nodiscard]] const EditCommand *nextUndo() const;
  [[nodiscard]] const EditCommand *nextRedo() const;
  // False when there is nothing to undo/redo. If the target throws, the
  // history position is unchanged.
  bool undo(EditTarget &target, UnixMillis now);
  bool redo(EditTarget &target, UnixMillis now);

  void clear();
  [[nodiscard]] std::size_t size() const { return m_entries.size(); }

private:
  struct Entry {
    EditCommand command;
    UnixMillis at; // when it was (last) executed, for note merging
  };
  std::vector<Entry> m_entries; // oldest first
  std::size_t m_next = 0;       // entries [0, m_next) are done, the rest undone
  std::size_t m_limit;
  bool m_mayMerge = false; // false right after undo/redo/clear: the next edit starts a new entry
};

} // namespace spiegel::annotate
