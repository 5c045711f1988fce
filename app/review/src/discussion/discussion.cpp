// Workspace: discussion on moments — threads on a tag or a stretch, their
// comments and replies, resolve/reopen; every edit one step of the one undo
// history, and what is shown follows the blind round (annotate/discussion.hpp).
#include "spiegel/review/workspace.hpp"

#include "spiegel/annotate/validation.hpp"
#include "spiegel/store/uuid.hpp"

#include <algorithm>
#include <unordered_map>

namespace spiegel::review {

void Workspace::refreshDiscussion() {
  m_threads.clear();
  m_comments.clear();
  std::unordered_map<Uuid, std::optional<Annotation>> tagOf; // thread id → its tag (a tombstone too)
  for (auto &t : m_project->threads()) {
    if (t.recording != m_recording.id)
      continue;
    auto tag = t.onTag() ? m_project->annotation(t.tag) : std::nullopt;
    if (!annotate::showsThread(t, tag ? &*tag : nullptr, m_view))
      continue;
    tagOf.emplace(t.id, std::move(tag));
    m_threads.push_back(std::move(t));
  }
  for (auto &c : m_project->comments()) {
    const auto *t = thread(c.thread);
    if (t == nullptr)
      continue;
    const auto &tag = tagOf.at(t->id);
    if (annotate::showsComment(c, *t, tag ? &*tag : nullptr, m_view))
      m_comments.push_back(std::move(c));
  }
  std::unordered_map<Uuid, UnixMillis> last;
  for (const auto &t : m_threads)
    last[t.id] = annotate::lastActivity(t, m_comments);
  std::stable_sort(m_threads.begin(), m_threads.end(), [&](const annotate::Thread &a, const annotate::Thread &b) {
    return last[a.id] > last[b.id];
  });
}

const annotate::Thread *Workspace::thread(const Uuid &id) const {
  for (const auto &t : m_threads)
    if (t.id == id)
      return &t;
  return nullptr;
}

const annotate::Comment *Workspace::comment(const Uuid &id) const {
  for (const auto &c : m_comments)
    if (c.id == id)
      return &c;
  return nullptr;
}

const annotate::Thread *Workspace::threadOnTag(const Uuid &tag) const {
  for (const auto &t : m_threads) // newest activity first
    if (t.tag == tag)
      return &t;
  return nullptr;
}

bool Workspace::canEditComment(const annotate::Comment &c) const { return m_reviewerId && c.author == *m_reviewerId; }

Status Workspace::checkCommentAuthor(const annotate::Comment &c) const {
  if (canEditComment(c))
    return Status::ok();
  const auto it = m_reviewerNames.find(c.author);
  return Status::fail(Error::of(Problem::CommentNotYours, it == m_reviewerNames.end() ? std::string() : it->second));
}

namespace {
bool blank(const std::string &text) { return annotate::trimmed(text).empty(); }
} // namespace

Result<Uuid> Workspace::startThread(const Uuid &tag, const std::string &text) {
  const auto *a = m_index.find(tag);
  if (a == nullptr)
    return Result<Uuid>::fail(Error::of(Problem::TagGone));
  annotate::Thread t;
  t.tag = a->id;
  t.start = a->start;
  t.end = a->end;
  return openThread(std::move(t), text);
}

Result<Uuid> Workspace::startThread(annotate::Micros start, annotate::Micros end, const std::string &text) {
  annotate::Thread t;
  t.start = clampTime(std::min(start, end));
  t.end = clampTime(std::max(start, end));
  return openThread(std::move(t), text);
}

Result<Uuid> Workspace::openThread(annotate::Thread t, const std::string &text) {
  if (blank(text))
    return Result<Uuid>::fail(Error::of(Problem::EmptyComment));
  if (auto s = ensureReviewer(); !s)
    return Result<Uuid>::fail(s.error);
  t.id = store::newUuid();
  t.recording = m_recording.id;
  t.createdBy = *m_reviewerId;
  t.createdAt = now();
  if (auto s = execute(annotate::EditCommand::startThread(t)); !s)
    return Result<Uuid>::fail(s.error);
  // The first comment is written beside the thread, outside the history:
  // undoing the start tombstones the thread, which hides the comment too.
  try {
    annotate::Comment c;
    c.id = store::newUuid();
    c.thread = t.id;
    c.author = *m_reviewerId;
    c.text = text;
    m_project->addComment(c);
    refreshDiscussion();
    changed(true);
    return Result<Uuid>::ok(t.id);
  } catch (...) {
    auto error = currentError();
    (void)undo(); // no thread without its first comment
    return Result<Uuid>::fail(std::move(error));
  }
}

Result<Uuid> Workspace::reply(const Uuid &threadId, const Uuid &parent, const std::string &text) {
  if (thread(threadId) == nullptr)
    return Result<Uuid>::fail(Error::of(Problem::ThreadGone));
  if (!parent.empty() && (comment(parent) == nullptr || comment(parent)->thread != threadId))
    return Result<Uuid>::fail(Error::of(Problem::CommentGone));
  if (blank(text))
    return Result<Uuid>::fail(Error::of(Problem::EmptyComment));
  if (auto s = ensureReviewer(); !s)
    return Result<Uuid>::fail(s.error);
  annotate::Comment c;
  c.id = store::newUuid();
  c.thread = threadId;
  c.parent = parent;
  c.author = *m_reviewerId;
  c.text = text;
  c.createdAt = now();
  if (auto s = execute(annotate::EditCommand::addComment(c)); !s)
    return Result<Uuid>::fail(s.error);
  return Result<Uuid>::ok(c.id);
}

Status Workspace::editComment(const Uuid &id, const std::string &text) {
  const auto *c = comment(id);
  if (c == nullptr)
    return Status::fail(Error::of(Problem::CommentGone));
  if (auto s = checkCommentAuthor(*c); !s)
    return s;
  if (blank(text))
    return Status::fail(Error::of(Problem::EmptyComment));
  if (c->text == text)
    return Status::ok();
  return execute(annotate::EditCommand::editComment(*c, text));
}

Status Workspace::deleteComment(const Uuid &id) {
  const auto *c = comment(id);
  if (c == nullptr)
    return Status::fail(Error::of(Problem::CommentGone));
  if (auto s = checkCommentAuthor(*c); !s)
    return s;
  return execute(annotate::EditCommand::deleteComment(*c));
}

Status Workspace::setResolved(const Uuid &id, bool resolved) {
  const auto *t = thread(id);
  if (t == nullptr)
    return Status::fail(Error::of(Problem::ThreadGone));
  if (t->resolved == resolved)
    return Status::ok();
  if (auto s = ensureReviewer(); !s)
    return s;
  return execute(annotate::EditCommand::setResolved(*t, resolved));
}

} // namespace spiegel::review
