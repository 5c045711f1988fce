#include "viewmodels/agreement_input.hpp"

#include "spiegel/annotate/reviewer_names.hpp"
#include "spiegel/annotate/round.hpp"

#include <algorithm>
#include <iterator>

namespace spiegel::app::viewmodels {

AgreementOptions projectOptions(const store::Project &project) {
  const store::AgreementSettings s = project.info().agreement;
  return {.tolerance = s.tolerance, .unit = s.unit};
}

std::optional<annotate::Reviewer> consensusRow(const std::vector<annotate::Reviewer> &shown) {
  const auto it = std::find_if(shown.begin(), shown.end(),
                               [](const annotate::Reviewer &r) { return !r.deleted && annotate::isConsensus(r); });
  return it != shown.end() ? std::optional(*it) : std::nullopt;
}

AgreementInput agreementInput(const store::Project &project, const review::VisibleWork &work,
                              const store::Recording &recording, const std::vector<annotate::Reviewer> &chosen) {
  AgreementInput in;
  std::copy_if(work.tags.begin(), work.tags.end(), std::back_inserter(in.tags),
               [&](const annotate::Annotation &a) { return a.recording == recording.id; });
  std::copy_if(work.ratings.begin(), work.ratings.end(), std::back_inserter(in.ratings),
               [&](const annotate::Rating &r) { return r.recording == recording.id; });
  in.reviewers = chosen;
  in.consensus = consensusRow(work.reviewers);
  in.names = annotate::reviewerNames(project.reviewers(true));
  in.participants = project.participants();
  in.codebook = project.codebook();
  in.duration = recording.duration;
  in.options = projectOptions(project);
  return in;
}

AgreementInput agreementInput(review::Workspace &ws, const std::vector<Uuid> &chosen) {
  AgreementInput in;
  const auto all = ws.tags().all();
  in.tags.assign(all.begin(), all.end());
  in.ratings = ws.ratings();
  for (const Uuid &id : chosen) {
    const auto &shown = ws.reviewers();
    const auto it = std::find_if(shown.begin(), shown.end(), [&](const annotate::Reviewer &r) { return r.id == id; });
    if (it != shown.end() && !annotate::isConsensus(*it))
      in.reviewers.push_back(*it);
  }
  in.consensus = consensusRow(ws.reviewers());
  in.names = ws.reviewerNames();
  in.participants = ws.participants();
  in.codebook = ws.codebook();
  in.duration = ws.duration();
  in.options = projectOptions(ws.project());
  return in;
}

} // namespace spiegel::app::viewmodels
