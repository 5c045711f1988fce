// Project::recordDeletion (project.hpp): the proof that a recording's files
// were destroyed, and its work removed unless kept.
#include "project_impl.hpp"

namespace spiegel::store {

void Project::recordDeletion(const Uuid &recording, const std::vector<DestroyedFile> &files, bool keepWork) {
  // Zeroed when freed: the blanked notes must not stay readable in free pages.
  m->db.exec("PRAGMA secure_delete = ON");
  m->write([&] {
    sql::Statement rec(m->db, "SELECT 1 FROM recordings WHERE id = ?1");
    rec.bind(1, recording);
    if (!rec.step())
      throw StoreError(ErrorCode::BadValue, path(), "no such recording", "recording");
    const auto now = nowMillis();
    sql::Statement paths(m->db, "UPDATE recordings SET path = '', relative_path = '', updated_at = max(updated_at + 1, ?2) "
                                "WHERE id = ?1");
    paths.bind(1, recording).bind(2, now).run();
    for (const auto &f : files)
      m->audit("destroy", f.what + " of recording " + recording,
               f.path + (f.sha256.empty() ? "" : "; sha256 " + f.sha256) + "; " + std::to_string(f.bytes) +
                   (f.sha256.empty() ? " files" : " bytes"));
    if (keepWork) {
      m->audit("delete", "recording " + recording, "the tags, ratings and notes are kept");
      return;
    }
    // The text first, then the tombstones (updated_at moves on, so a merge
    // carries the deletion to colleagues' copies).
    const char *blank[] = {
        "UPDATE comments SET text = '', deleted = 1, updated_at = max(updated_at + 1, ?2) "
        "WHERE thread IN (SELECT id FROM threads WHERE recording = ?1)",
        "UPDATE threads SET deleted = 1, updated_at = max(updated_at + 1, ?2) WHERE recording = ?1",
        // What was said in recall sessions is about the family too.
        "UPDATE recall_pauses SET prompt = '', answer = '', for_later = '', audio = '', deleted = 1, "
        "updated_at = max(updated_at + 1, ?2) WHERE session IN (SELECT id FROM recall_sessions WHERE recording = ?1)",
        "UPDATE recall_moments SET prompt = '', deleted = 1, updated_at = max(updated_at + 1, ?2) "
        "WHERE session IN (SELECT id FROM recall_sessions WHERE recording = ?1)",
        "UPDATE recall_sessions SET title = '', lessons = '', technical = '', normative = '', personal = '', "
        "deleted = 1, updated_at = max(updated_at + 1, ?2) WHERE recording = ?1",
        "UPDATE annotations SET note = '', deleted = 1, updated_at = max(updated_at + 1, ?2) WHERE recording = ?1",
        "UPDATE ratings SET rationale = '', deleted = 1, updated_at = max(updated_at + 1, ?2) WHERE recording = ?1",
    };
    for (const char *sqlText : blank) {
      sql::Statement st(m->db, sqlText);
      st.bind(1, recording).bind(2, now).run();
    }
    m->audit("delete", "recording " + recording, "its tags, ratings, threads, comments and recall sessions are deleted");
  });
  // Out of the WAL too (a reader may hold it: then SQLite does what it can).
  m->db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

} // namespace spiegel::store
