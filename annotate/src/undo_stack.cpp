#include "spiegel/annotate/undo_stack.hpp"

namespace spiegel::annotate {

void UndoStack::execute(EditCommand cmd, EditTarget &target, UnixMillis now) {
  cmd.apply(target, now); // throws before anything is recorded
  record(std::move(cmd), now);
}

void UndoStack::record(EditCommand cmd, UnixMillis now) {
  m_entries.erase(m_entries.begin() + static_cast<std::ptrdiff_t>(m_next),
                  m_entries.end()); // drop redo branch
  if (m_mayMerge && !m_entries.empty()) {
    Entry &last = m_entries.back();
    if (now >= last.at && now - last.at <= kNoteMergeWindowMs && last.command.mergeWith(cmd)) {
      last.at = now;
      return;
    }
  }
  m_entries.push_back(Entry{std::move(cmd), now});
  if (m_entries.size() > m_limit)
    m_entries.erase(m_entries.begin());
  m_next = m_entries.size();
  m_mayMerge = true;
}

const EditCommand *UndoStack::nextUndo() const {
  return canUndo() ? &m_entries[m_next - 1].command : nullptr;
}
const EditCommand *UndoStack::nextRedo() const {
  return canRedo() ? &m_entries[m_next].command : nullptr;
}

bool UndoStack::undo(EditTarget &target, UnixMillis now) {
  if (!canUndo())
    return false;
  m_entries[m_next - 1].command.revert(target, now);
  --m_next;
  m_mayMerge = false;
  return true;
}

bool UndoStack::redo(EditTarget &target, UnixMillis now) {
  if (!canRedo())
    return false;
  m_entries[m_next].command.apply(target, now);
  ++m_next;
  m_mayMerge = false; // a redone note edit must not absorb the next typing step
  return true;
}

void UndoStack::clear() {
  m_entries.clear();
  m_next = 0;
  m_mayMerge = false;
}

} // namespace spiegel::annotate
