#pragma once
// What `spiegel audit` and the window's Audit tab show (issue #13 §3): the
// log's entries as people read them, newest first in the window, and the
// one sentence about the hash chain (store::Project::verifyAudit).
//   for (const auto &row : auditRows(project.audit())) draw(row.when, row.who, row.what);
//   say(auditVerdict(project.verifyAudit()));
// Pure functions; any thread.
#include "spiegel/store/project.hpp"

#include <string>
#include <vector>

namespace spiegel::app::viewmodels {

struct AuditRow {
  std::size_t number = 0; // 1-based, oldest first, as `audit verify` counts
  std::string when;       // local time, "2026-12-03 13:01:02"
  std::string who, device;
  std::string what;       // the action in the current language ("consent withdrawn")
  std::string object, detail;
};

// Every entry, oldest first.
[[nodiscard]] std::vector<AuditRow> auditRows(const std::vector<store::AuditEntry> &entries);
// "view" → "opened", "withdraw" → "consent withdrawn", … (unknown: the key).
[[nodiscard]] std::string auditActionText(const std::string &action);
// "The audit log is intact: 42 entries." or which entry is broken and how.
[[nodiscard]] std::string auditVerdict(const store::AuditCheck &check);

} // namespace spiegel::app::viewmodels
