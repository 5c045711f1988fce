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
  // Applies several commands in order as one step (undo reverts them all,
  // last first): twelve moments picked by a filter are one "add moments".
  // If the target throws, those applied are reverted (best effort), nothing
  // is recorded and the exception propagates. Empty: does nothing.
  void executeAll(std::vector<EditCommand> cmds, EditTarget &target, UnixMillis now);

  [[nodiscard]] bool canUndo() const { return m_next > 0; }
  [[nodiscard]] bool canRedo() const { return m_next < m_entries.size(); }
  // The command undo()/redo() would act on (for "Undo move tag" menu text),
  // the first of a step of several; nullptr when there is none.
  [[nodiscard]] const EditCommand *nextUndo() const;
  [[nodiscard]] const EditCommand *nextRedo() const;
  // How many commands that step holds (1, or more after executeAll).
  [[nodiscard]] std::size_t nextUndoSize() const { return canUndo() ? m_entries[m_next - 1].commands.size() : 0; }
  [[nodiscard]] std::size_t nextRedoSize() const { return canRedo() ? m_entries[m_next].commands.size() : 0; }
  // False when there is nothing to undo/redo. If the target throws, the
  // history position is unchanged.
  bool undo(EditTarget &target, UnixMillis now);
  bool redo(EditTarget &target, UnixMillis now);

  void clear();
  [[nodiscard]] std::size_t size() const { return m_entries.size(); }

private:
  struct Entry {
    std::vector<EditCommand> commands; // one, or a step of several (executeAll); never empty
    UnixMillis at;                     // when it was (last) executed, for note merging
  };
  void push(Entry entry);
  std::vector<Entry> m_entries; // oldest first
  std::size_t m_next = 0;       // entries [0, m_next) are done, the rest undone
  std::size_t m_limit;
  bool m_mayMerge = false; // false right after undo/redo/clear: the next edit starts a new entry
};

} // namespace spiegel::annotate
