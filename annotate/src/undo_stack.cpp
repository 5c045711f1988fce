#include "spiegel/annotate/undo_stack.hpp"

namespace spiegel::annotate {

void UndoStack::execute(EditCommand cmd, EditTarget &target, UnixMillis now) {
  cmd.apply(target, now); // throws before anything is recorded
  record(std::move(cmd), now);
}

void UndoStack::executeAll(std::vector<EditCommand> cmds, EditTarget &target, UnixMillis now) {
  if (cmds.empty())
    return;
  std::size_t applied = 0;
  try {
    for (; applied < cmds.size(); ++applied)
      cmds[applied].apply(target, now);
  } catch (...) {
    try {
      while (applied-- > 0)
        cmds[applied].revert(target, now);
    } catch (...) {
      // The first failure is the one to report; the caller reloads.
    }
    throw;
  }
  m_entries.erase(m_entries.begin() + static_cast<std::ptrdiff_t>(m_next), m_entries.end());
  push(Entry{std::move(cmds), now});
}

void UndoStack::record(EditCommand cmd, UnixMillis now) {
  m_entries.erase(m_entries.begin() + static_cast<std::ptrdiff_t>(m_next),
                  m_entries.end()); // drop redo branch
  if (m_mayMerge && !m_entries.empty()) {
    Entry &last = m_entries.back();
    if (last.commands.size() == 1 && now >= last.at && now - last.at <= kNoteMergeWindowMs &&
        last.commands.front().mergeWith(cmd)) {
      last.at = now;
      return;
    }
  }
  std::vector<EditCommand> one;
  one.push_back(std::move(cmd));
  push(Entry{std::move(one), now});
}

void UndoStack::push(Entry entry) {
  m_entries.push_back(std::move(entry));
  if (m_entries.size() > m_limit)
    m_entries.erase(m_entries.begin());
  m_next = m_entries.size();
  m_mayMerge = true;
}

const EditCommand *UndoStack::nextUndo() const {
  return canUndo() ? &m_entries[m_next - 1].commands.front() : nullptr;
}
const EditCommand *UndoStack::nextRedo() const {
  return canRedo() ? &m_entries[m_next].commands.front() : nullptr;
}

bool UndoStack::undo(EditTarget &target, UnixMillis now) {
  if (!canUndo())
    return false;
  const auto &cmds = m_entries[m_next - 1].commands;
  for (auto it = cmds.rbegin(); it != cmds.rend(); ++it)
    it->revert(target, now);
  --m_next;
  m_mayMerge = false;
  return true;
}

bool UndoStack::redo(EditTarget &target, UnixMillis now) {
  if (!canRedo())
    return false;
  for (const auto &cmd : m_entries[m_next].commands)
    cmd.apply(target, now);
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
