#include "spiegel/review/visibility.hpp"

#include <algorithm>

namespace spiegel::review {

namespace {
using Views = std::unordered_map<annotate::Uuid, annotate::RoundView>;

Views roundViews(const store::Project &project, const annotate::Uuid &profile) {
  Views views;
  const auto rounds = project.rounds();
  const auto reveals = project.reveals();
  const auto reviewers = project.reviewers();
  for (const auto &rec : project.recordings())
    views.emplace(rec.id, annotate::RoundView(annotate::activeRound(rounds, rec.id), reveals, reviewers, profile));
  return views;
}

bool showsOn(const Views &views, const annotate::Uuid &recording, const annotate::Uuid &reviewer) {
  const auto it = views.find(recording);
  return it == views.end() || it->second.shows(reviewer);
}
} // namespace

VisibleWork visibleWork(const store::Project &project, const annotate::Uuid &profile) {
  VisibleWork out;
  out.views = roundViews(project, profile);
  const auto reviewers = project.reviewers();
  const auto shows = [&](const annotate::Uuid &recording, const annotate::Uuid &reviewer) {
    return showsOn(out.views, recording, reviewer);
  };
  for (auto &a : project.annotations()) {
    if (shows(a.recording, a.reviewer))
      out.tags.push_back(std::move(a));
    else
      out.hidden = true;
  }
  for (auto &r : project.ratings()) {
    if (shows(r.recording, r.reviewer))
      out.ratings.push_back(std::move(r));
    else
      out.hidden = true;
  }
  for (const auto &r : reviewers) {
    const bool anywhere = std::any_of(out.views.begin(), out.views.end(),
                                      [&](const auto &v) { return v.second.shows(r.id); }) ||
                          out.views.empty();
    if (anywhere)
      out.reviewers.push_back(r);
  }
  return out;
}

store::Package visiblePackage(const store::Project &project, const annotate::Uuid &profile, int *hidden) {
  const auto views = roundViews(project, profile);
  auto pkg = project.exportPackage();
  int left = 0;
  const auto keep = [&](auto &list) {
    left += static_cast<int>(std::erase_if(list, [&](const auto &s) {
      return !showsOn(views, s.value.recording, s.value.reviewer);
    }));
  };
  keep(pkg.annotations);
  keep(pkg.ratings);
  if (hidden != nullptr)
    *hidden = left;
  return pkg;
}

} // namespace spiegel::review
