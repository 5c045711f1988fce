#pragma once
// Discussion on moments (issue #12 §5): a thread on one tag or on a stretch
// of a recording, holding comments and replies, open or resolved. Plain
// values like the rest of types.hpp; the store keeps them, merges them by
// id (newest edit wins, tombstones) and review/ edits them through the one
// undo history.
//
//   if (showsThread(thread, tagOf(thread), view)) for (auto &c : comments)
//     if (c.thread == thread.id && showsComment(c, thread, tagOf(thread), view)) draw(c);
#include "spiegel/annotate/round.hpp"
#include "spiegel/annotate/types.hpp"

#include <span>
#include <vector>

namespace spiegel::annotate {

struct Thread {
  Uuid id;
  Uuid recording;
  Uuid tag;                   // the annotation discussed; "" = a stretch of time
  Micros start = 0, end = 0;  // the stretch (for a tag: its times when the thread was started)
  bool resolved = false;
  Uuid createdBy;             // reviewer row who started it
  UnixMillis createdAt = 0, updatedAt = 0;
  bool deleted = false;       // tombstone (also: the start was undone)

  [[nodiscard]] bool onTag() const { return !tag.empty(); }
  bool operator==(const Thread &) const = default;
};

// One comment; text as typed (Dutch or English, never translated).
struct Comment {
  Uuid id;
  Uuid thread;
  Uuid parent;                // the comment replied to; "" = a comment on the thread itself
  Uuid author;                // reviewer row
  std::string text;
  UnixMillis createdAt = 0, updatedAt = 0;
  bool deleted = false;       // tombstone
  bool operator==(const Comment &) const = default;
};

// The blind round and discussion. Comments are a reviewer's own work, like
// their tags: talking about a moment before revealing would tell the others
// what one coded. So, with `view` the RoundView of the reader:
// - a thread on a tag is shown only when the tag's reviewer is shown
//   (`tag` nullptr: the tag is unknown to the reader, which hides it too);
// - a thread on a stretch is shown when its starter is shown;
// - a comment is shown when its thread is and its author is shown.
// Outside a blind round everything is shown. Tombstones are never shown.
[[nodiscard]] bool showsThread(const Thread &thread, const Annotation *tag, const RoundView &view);
[[nodiscard]] bool showsComment(const Comment &comment, const Thread &thread, const Annotation *tag,
                                const RoundView &view);

// The last time anything happened in a thread: its own updatedAt or that of
// its newest live comment. The Discussion tab lists newest activity first.
[[nodiscard]] UnixMillis lastActivity(const Thread &thread, std::span<const Comment> comments);

// The live comments of `thread` in reading order: each top-level comment by
// createdAt, followed by its replies (depth-first, by createdAt), with their
// depth (0 = on the thread). A reply whose parent is gone is shown at depth 0.
struct CommentRow {
  const Comment *comment = nullptr;
  int depth = 0;
};
[[nodiscard]] std::vector<CommentRow> commentTree(const Uuid &thread, std::span<const Comment> comments);

} // namespace spiegel::annotate
