// Project: discussion threads and their comments (issue #12 §5).
#include "project_impl.hpp"

#include <algorithm>

namespace spiegel::store {

namespace {
bool blank(const std::string &text) {
  return std::all_of(text.begin(), text.end(), [](unsigned char ch) { return ch == ' ' || (ch >= '\t' && ch <= '\r'); });
}

} // namespace

void validateThread(sql::Database &db, const Thread &t, const Context &ctx, const std::string &file) {
  const auto rec = ctx.recordings.find(t.recording);
  if (rec == ctx.recordings.end())
    bad(file, "unknown recording " + t.recording, "recording");
  if (t.onTag()) {
    const auto tag = findRow<Annotation>(db, t.tag);
    if (!tag || tag->value.recording != t.recording)
      bad(file, "no tag " + t.tag + " on this recording", "tag");
  }
  if (!t.createdBy.empty() && !ctx.reviewers.contains(t.createdBy))
    bad(file, "unknown reviewer " + t.createdBy, "createdBy");
  if (t.start < 0 || t.end < t.start || (rec->second > 0 && t.end > rec->second))
    bad(file, "the stretch must lie inside the recording, its end not before its start", "end");
}

void validateCommentRefs(sql::Database &db, const Comment &c, const Context &ctx, const std::string &file) {
  if (!findRow<Thread>(db, c.thread))
    bad(file, "no thread " + c.thread, "thread");
  if (c.deleted)
    return;
  if (!c.author.empty() && !ctx.reviewers.contains(c.author))
    bad(file, "unknown reviewer " + c.author, "author");
  if (blank(c.text))
    bad(file, "a comment needs text", "text");
}

Thread Project::saveThread(Thread t) {
  if (t.id.empty())
    t.id = newUuid();
  return m->write([&] {
    if (!t.deleted)
      validateThread(m->db, t, m->context(), path());
    t.updatedAt = 0; // stamped now by store()
    const std::string detail = t.onTag() ? "on tag " + t.tag : "on a stretch";
    return saveVersion(*m, std::move(t), "thread", detail);
  });
}

void Project::putThread(const Thread &given) {
  m->write([&] {
    if (!given.deleted)
      validateThread(m->db, given, m->context(), path());
    (void)saveVersion(*m, given, "thread", given.resolved ? "resolved" : "open");
  });
}

std::vector<Thread> Project::threads(bool includeDeleted) const { return entities<Thread>(m->db, includeDeleted); }

Comment Project::addComment(Comment c) {
  if (c.id.empty())
    c.id = newUuid();
  return m->write([&] {
    if (findRow<Comment>(m->db, c.id))
      bad(path(), "a comment with id " + c.id + " exists already", "id");
    c.deleted = false;
    validateCommentRefs(m->db, c, m->context(), path());
    if (const auto thread = findRow<Thread>(m->db, c.thread); thread->value.deleted)
      bad(path(), "thread " + c.thread + " is deleted", "thread");
    if (!c.parent.empty()) {
      const auto parent = findRow<Comment>(m->db, c.parent);
      if (!parent || parent->value.thread != c.thread)
        bad(path(), "no comment " + c.parent + " in this thread", "parent");
    }
    c.deleted = false;
    c.createdAt = 0;
    c.updatedAt = 0;
    const std::string detail = c.parent.empty() ? "in thread " + c.thread : "reply to " + c.parent;
    return saveVersion(*m, std::move(c), "comment", detail);
  });
}

Comment Project::updateComment(const Comment &given) {
  return m->write([&] {
    auto old = findRow<Comment>(m->db, given.id);
    if (!old || old->value.deleted)
      bad(path(), "no comment with id " + given.id, "id");
    if (blank(given.text))
      bad(path(), "a comment needs text", "text");
    Comment c = old->value;
    c.text = given.text;
    c.updatedAt = 0;
    return saveVersion(*m, std::move(c), "comment", "text");
  });
}

void Project::deleteComment(const Uuid &id) {
  m->write([&] {
    auto old = findRow<Comment>(m->db, id);
    if (!old || old->value.deleted)
      bad(path(), "no comment with id " + id, "id");
    Comment c = old->value;
    c.deleted = true;
    c.updatedAt = 0;
    (void)saveVersion(*m, std::move(c), "comment", "deleted");
  });
}

void Project::putComment(const Comment &given) {
  m->write([&] {
    validateCommentRefs(m->db, given, m->context(), path());
    (void)saveVersion(*m, given, "comment", given.deleted ? "deleted" : "text");
  });
}

std::vector<Comment> Project::comments(bool includeDeleted) const {
  return entities<Comment>(m->db, includeDeleted);
}

} // namespace spiegel::store
