#include "spiegel/annotate/discussion.hpp"

#include <algorithm>
#include <functional>
#include <unordered_map>
#include <unordered_set>

namespace spiegel::annotate {

bool showsThread(const Thread &thread, const Annotation *tag, const RoundView &view) {
  if (thread.deleted)
    return false;
  if (!view.blind())
    return true;
  if (thread.onTag())
    return tag != nullptr && view.shows(tag->reviewer);
  return view.shows(thread.createdBy);
}

bool showsComment(const Comment &comment, const Thread &thread, const Annotation *tag, const RoundView &view) {
  if (comment.deleted || comment.thread != thread.id || !showsThread(thread, tag, view))
    return false;
  return !view.blind() || view.shows(comment.author);
}

UnixMillis lastActivity(const Thread &thread, std::span<const Comment> comments) {
  UnixMillis last = std::max(thread.createdAt, thread.updatedAt);
  for (const auto &c : comments)
    if (c.thread == thread.id && !c.deleted)
      last = std::max(last, c.updatedAt);
  return last;
}

std::vector<CommentRow> commentTree(const Uuid &thread, std::span<const Comment> comments) {
  std::vector<const Comment *> live;
  std::unordered_set<Uuid> ids;
  for (const auto &c : comments)
    if (c.thread == thread && !c.deleted) {
      live.push_back(&c);
      ids.insert(c.id);
    }
  std::stable_sort(live.begin(), live.end(), [](const Comment *a, const Comment *b) {
    return a->createdAt != b->createdAt ? a->createdAt < b->createdAt : a->id < b->id;
  });
  std::unordered_map<Uuid, std::vector<const Comment *>> children;
  std::vector<const Comment *> roots;
  for (const auto *c : live)
    if (c->parent.empty() || !ids.contains(c->parent) || c->parent == c->id)
      roots.push_back(c);
    else
      children[c->parent].push_back(c);
  std::vector<CommentRow> out;
  std::unordered_set<Uuid> placed; // guards against a cycle of parents from a bad merge
  const std::function<void(const Comment *, int)> walk = [&](const Comment *c, int depth) {
    if (!placed.insert(c->id).second)
      return;
    out.push_back({c, depth});
    if (auto it = children.find(c->id); it != children.end())
      for (const auto *child : it->second)
        walk(child, depth + 1);
  };
  for (const auto *c : roots)
    walk(c, 0);
  for (const auto *c : live) // left over only in a cycle: shown flat rather than lost
    if (!placed.contains(c->id))
      walk(c, 0);
  return out;
}

} // namespace spiegel::annotate
