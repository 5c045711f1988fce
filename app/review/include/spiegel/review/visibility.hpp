#pragma once
// What a reviewer profile is shown of a project: the one place the coding
// round's rule (annotate/round.hpp) is applied to the project's data. The
// window (Workspace), the CLI's lists, exports and agreement all read
// through it, so a blind round hides the same work everywhere.
//
//   const auto work = visibleWork(project, me.id);
//   for (const auto &tag : work.tags) print(tag);
#include "spiegel/annotate/discussion.hpp"
#include "spiegel/annotate/round.hpp"
#include "spiegel/store/package.hpp"
#include "spiegel/store/project.hpp"

#include <unordered_map>
#include <vector>

namespace spiegel::review {

struct VisibleWork {
  // Live tags and ratings of every recording whose reviewer the profile is
  // shown (all of them when no blind round runs on that recording).
  std::vector<annotate::Annotation> tags;
  std::vector<annotate::Rating> ratings;
  // Live reviewers whose work is shown on at least one recording, in the
  // project's order (every live reviewer when no blind round runs).
  std::vector<annotate::Reviewer> reviewers;
  // Live discussion threads and comments shown (annotate::showsThread /
  // showsComment: in a blind round comments are their author's work).
  std::vector<annotate::Thread> threads;
  std::vector<annotate::Comment> comments;
  // The round view per recording id (a default view where no round runs).
  std::unordered_map<annotate::Uuid, annotate::RoundView> views;
  // True when something was hidden.
  bool hidden = false;
};

// Throws what the store's reads throw.
[[nodiscard]] VisibleWork visibleWork(const store::Project &project, const annotate::Uuid &profile);

// The project's exchange package as the profile may pass it on: tags and
// ratings (tombstones too) of reviewers it is not shown are left out, and
// threads and comments it is not shown (by the same rule as VisibleWork,
// tombstones judged as if live), so a member's export during a blind round
// carries only their own coding and discussion.
// `hidden` (when given) counts what was left out.
[[nodiscard]] store::Package visiblePackage(const store::Project &project, const annotate::Uuid &profile,
                                            int *hidden = nullptr);

} // namespace spiegel::review
