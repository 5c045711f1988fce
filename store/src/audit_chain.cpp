#include "audit_chain.hpp"

#include <sodium.h>

namespace spiegel::store {

namespace {

constexpr const char *kColumns = "seq, id, at, actor, action, object, detail, device, prev, hash";

struct Row {
  std::int64_t seq = 0;
  AuditEntry e;
  std::string prev, hash;
};

Row readRow(sql::Statement &st) {
  Row r;
  r.seq = st.integer(0);
  r.e = {st.text(1), st.integer(2), st.text(3), st.text(4), st.text(5), st.text(6), st.text(7)};
  r.prev = st.text(8);
  r.hash = st.text(9);
  return r;
}

void setHead(sql::Database &db, std::int64_t count, const std::string &head) {
  sql::Statement st(db, "UPDATE project SET audit_count = ?1, audit_head = ?2");
  st.bind(1, count).bind(2, head).run();
}

} // namespace

std::string auditHash(const std::string &prev, const AuditEntry &e) {
  std::string text;
  for (const std::string &field :
       {prev, e.id, std::to_string(e.at), e.actor, e.device, e.action, e.object, e.detail})
    text += std::to_string(field.size()) + ":" + field + ";";
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(text.data()), text.size());
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return hex;
}

void appendAudit(sql::Database &db, const AuditEntry &e) {
  auto &head = db.cached("SELECT audit_count, audit_head FROM project LIMIT 1");
  head.reset();
  std::int64_t count = 0;
  std::string prev;
  if (head.step()) {
    count = head.integer(0);
    prev = head.text(1);
  }
  head.reset();
  const std::string hash = auditHash(prev, e);
  auto &st = db.cached("INSERT INTO audit (id, at, actor, action, object, detail, device, prev, hash) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
  st.reset();
  st.bind(1, e.id).bind(2, e.at).bind(3, e.actor).bind(4, e.action).bind(5, e.object).bind(6, e.detail);
  st.bind(7, e.device).bind(8, prev).bind(9, hash);
  st.run();
  setHead(db, count + 1, hash);
}

void chainUnchained(sql::Database &db) {
  std::vector<Row> rows;
  {
    sql::Statement st(db, std::string("SELECT ") + kColumns + " FROM audit ORDER BY seq");
    while (st.step())
      rows.push_back(readRow(st));
  }
  std::string prev;
  sql::Statement put(db, "UPDATE audit SET prev = ?1, hash = ?2 WHERE seq = ?3");
  for (auto &r : rows) {
    if (r.hash.empty()) {
      r.prev = prev;
      r.hash = auditHash(prev, r.e);
      put.reset();
      put.bind(1, r.prev).bind(2, r.hash).bind(3, r.seq).run();
    }
    prev = r.hash;
  }
  setHead(db, static_cast<std::int64_t>(rows.size()), prev);
}

AuditCheck checkAuditChain(sql::Database &db) {
  AuditCheck c;
  std::string prev;
  sql::Statement st(db, std::string("SELECT ") + kColumns + " FROM audit ORDER BY seq");
  while (st.step()) {
    const Row r = readRow(st);
    ++c.entries;
    if (c.broken != AuditBreak::None)
      continue;
    if (r.prev != prev)
      c.broken = AuditBreak::Missing;
    else if (r.hash != auditHash(prev, r.e))
      c.broken = AuditBreak::Changed;
    if (c.broken != AuditBreak::None) {
      c.at = c.entries;
      c.entry = r.e;
    }
    prev = r.hash;
  }
  if (c.broken != AuditBreak::None)
    return c;
  sql::Statement head(db, "SELECT audit_count, audit_head FROM project LIMIT 1");
  if (head.step() && (head.integer(0) != static_cast<std::int64_t>(c.entries) || head.text(1) != prev)) {
    c.broken = AuditBreak::EndRemoved;
    c.at = c.entries;
    c.expected = static_cast<std::size_t>(std::max<std::int64_t>(0, head.integer(0)));
  }
  return c;
}

} // namespace spiegel::store
