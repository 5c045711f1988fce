#pragma once
// Marking a reviewer as the gold standard (issue #12 §4): an expert's coding
// that trainees compare themselves with (Reviewer::gold). The window's
// Reviewers tab and `spiegel reviewers gold` both mark through here, so the
// same rule holds in both.
//   if (auto refused = markGold(ws, reviewer.id, true)) showError(*refused);
// UI thread (or the CLI's one thread): it writes through the workspace's
// project and reloads it.
#include "spiegel/review/workspace.hpp"

#include <optional>
#include <string>

namespace spiegel::app::viewmodels {

// Marks (gold = true) or unmarks reviewer row `id`, one of ws.reviewers().
// Nothing when done (ws reloaded); else the sentence why not, in the
// current language: not a reviewer shown here, a round's consensus row,
// a read-only project or a store failure, or — in a blind round — a
// reviewer who has not revealed yet (the gold standard counts as revealed,
// so marking them would show their unrevealed work to everyone who has).
[[nodiscard]] std::optional<std::string> markGold(review::Workspace &ws, const annotate::Uuid &id, bool gold);

} // namespace spiegel::app::viewmodels
