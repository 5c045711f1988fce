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

const annotate::RoundView &viewOn(const Views &views, const annotate::Uuid &recording) {
  static const annotate::RoundView kOpen;
  const auto it = views.find(recording);
  return it == views.end() ? kOpen : it->second;
}

// Whether the profile is shown a thread or comment, tombstones judged as
// if live (a package carries the deletions of what its reader may see).
struct DiscussionFilter {
  const Views &views;
  std::unordered_map<annotate::Uuid, annotate::Annotation> tags; // every tag, tombstones too
  std::unordered_map<annotate::Uuid, annotate::Thread> threads;  // every thread, tombstones too

  DiscussionFilter(const store::Project &project, const Views &v) : views(v) {
    for (auto &a : project.annotations(true))
      tags.emplace(a.id, std::move(a));
    for (auto &t : project.threads(true))
      threads.emplace(t.id, std::move(t));
  }
  [[nodiscard]] const annotate::Annotation *tagOf(const annotate::Thread &t) const {
    const auto it = tags.find(t.tag);
    return it == tags.end() ? nullptr : &it->second;
  }
  [[nodiscard]] bool shows(annotate::Thread t) const {
    t.deleted = false;
    return annotate::showsThread(t, tagOf(t), viewOn(views, t.recording));
  }
  [[nodiscard]] bool shows(annotate::Comment c) const {
    const auto it = threads.find(c.thread);
    if (it == threads.end())
      return false;
    annotate::Thread t = it->second;
    t.deleted = false;
    c.deleted = false;
    return annotate::showsComment(c, t, tagOf(t), viewOn(views, t.recording));
  }
};
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
  const DiscussionFilter discussion(project, out.views);
  for (auto &t : project.threads()) {
    if (discussion.shows(t))
      out.threads.push_back(std::move(t));
    else
      out.hidden = true;
  }
  for (auto &c : project.comments()) {
    const auto it = discussion.threads.find(c.thread);
    if (it == discussion.threads.end() || it->second.deleted)
      continue; // the start of its thread was undone: not a comment anyone is shown
    if (discussion.shows(c))
      out.comments.push_back(std::move(c));
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
  const DiscussionFilter discussion(project, views);
  left += static_cast<int>(std::erase_if(pkg.threads, [&](const auto &s) { return !discussion.shows(s.value); }));
  left += static_cast<int>(std::erase_if(pkg.comments, [&](const auto &s) { return !discussion.shows(s.value); }));
  if (hidden != nullptr)
    *hidden = left;
  return pkg;
}

} // namespace spiegel::review
