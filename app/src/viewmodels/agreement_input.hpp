#pragma once
// What the agreement model (agreement_model.hpp) is computed on, gathered
// from the two places work is read: a project as one reader is shown it
// (the CLI, review/visibility.hpp) and the window's open workspace (whose
// tags(), ratings() and reviewers() follow the same rule).
//
//   auto in = agreementInput(project, visibleWork(project, me), recording, chosen);
//   auto in = agreementInput(ws, chosenIds);   // the Agreement tab
//
// Defaults are project settings: both take the tolerance and unit from
// store::ProjectInfo::agreement. Throws what the store's reads throw.
#include "viewmodels/agreement_model.hpp"

#include "spiegel/review/visibility.hpp"
#include "spiegel/review/workspace.hpp"

#include <vector>

namespace spiegel::app::viewmodels {

// The project's default tolerance and unit.
[[nodiscard]] AgreementOptions projectOptions(const store::Project &project);

// `chosen`: the reviewers to compare, in column order (see defaultCoders).
[[nodiscard]] AgreementInput agreementInput(const store::Project &project, const review::VisibleWork &work,
                                            const store::Recording &recording,
                                            const std::vector<annotate::Reviewer> &chosen);

// The open recording of `ws`. `chosen` are reviewer ids in column order;
// ids the workspace does not show are left out. Reads the project's
// settings through ws.project().
[[nodiscard]] AgreementInput agreementInput(review::Workspace &ws, const std::vector<Uuid> &chosen);

// The round's consensus row among `shown`, if there is one.
[[nodiscard]] std::optional<annotate::Reviewer> consensusRow(const std::vector<annotate::Reviewer> &shown);

} // namespace spiegel::app::viewmodels
