// Adding a colleague's work: read, check the recording, merge the good
// files in one transaction (colleague.hpp).
#include "spiegel/review/colleague.hpp"

#include "spiegel/store/package.hpp"

#include <algorithm>
#include <filesystem>
#include <set>

namespace spiegel::review {

namespace fs = std::filesystem;

int ColleagueMerge::mergedCount() const {
  return static_cast<int>(std::count_if(files.begin(), files.end(), [](const auto &f) { return f.merged; }));
}

int ColleagueMerge::refusedCount() const {
  return static_cast<int>(std::count_if(files.begin(), files.end(), [](const auto &f) { return bool(f.refusal); }));
}

namespace {

struct Candidate {
  ColleagueFile file;
  store::Package package;
};

bool sameFile(const std::string &a, const std::string &b) {
  std::error_code ec;
  return fs::equivalent(a, b, ec);
}

std::string titleOf(const store::Recording &r) {
  return r.title.empty() ? fs::path(r.path).stem().string() : r.title;
}

// What the file holds on `recording`: its live tags and ratings, and the
// names of the reviewers who made them.
void describeWork(const store::Package &pkg, const Uuid &recording, ColleagueFile &file) {
  std::set<Uuid> ids;
  for (const auto &a : pkg.annotations)
    if (!a.value.deleted && a.value.recording == recording) {
      ids.insert(a.value.reviewer);
      ++file.tags;
    }
  for (const auto &r : pkg.ratings)
    if (!r.value.deleted && r.value.recording == recording) {
      ids.insert(r.value.reviewer);
      ++file.ratings;
    }
  std::set<std::string> names;
  for (const auto &r : pkg.reviewers)
    if (!r.value.deleted && ids.contains(r.value.id))
      names.insert(r.value.name);
  file.reviewers.assign(names.begin(), names.end());
}

// Reads and checks one file; refusal set when it may not be merged.
Candidate check(const store::Project &project, const std::vector<std::string> &fingerprints, const std::string &path) {
  Candidate c;
  c.file.path = path;
  c.file.name = fs::path(path).filename().string();
  const auto refuse = [&](Problem p, std::string detail = {}) {
    c.file.refusal = Error::of(p, c.file.name);
    c.file.refusal.detail = std::move(detail);
  };
  if (sameFile(path, project.path())) {
    refuse(Problem::SameProject);
    return c;
  }
  try {
    c.package = store::readPackage(path);
  } catch (...) {
    c.file.refusal = currentError();
    return c;
  }
  const store::Recording *first = nullptr;
  for (const auto &s : c.package.recordings) {
    const auto &r = s.value;
    if (r.deleted || r.fingerprint.empty())
      continue;
    if (std::find(fingerprints.begin(), fingerprints.end(), r.fingerprint) != fingerprints.end()) {
      c.file.recordingTitle = titleOf(r);
      describeWork(c.package, r.id, c.file);
      return c;
    }
    if (first == nullptr)
      first = &r;
  }
  if (first == nullptr)
    refuse(Problem::NoFingerprint);
  else
    refuse(Problem::NotSameRecording, c.file.recordingTitle = titleOf(*first));
  return c;
}

} // namespace

Result<ColleagueMerge> mergeColleagues(store::Project &project, const std::vector<std::string> &fingerprints,
                                       const std::vector<std::string> &paths, ColleaguePolicy policy) {
  try {
    std::vector<Candidate> all;
    all.reserve(paths.size());
    for (const auto &path : paths)
      all.push_back(check(project, fingerprints, path));
    const auto refusedAny = [&] { return std::any_of(all.begin(), all.end(), [](const auto &c) { return bool(c.file.refusal); }); };
    // A file whose entries the store refuses (BadValue naming it) is refused
    // in turn, and the rest tried again: each try is all or nothing.
    while (!(policy == ColleaguePolicy::AllOrNothing && refusedAny())) {
      std::vector<store::IncomingPackage> good;
      std::vector<Candidate *> goodOnes;
      for (auto &c : all)
        if (!c.file.refusal) {
          good.push_back({c.package, c.file.path});
          goodOnes.push_back(&c);
        }
      if (good.empty())
        break;
      try {
        auto done = project.mergeAll(good, "merge");
        ColleagueMerge out;
        for (std::size_t i = 0; i < goodOnes.size(); ++i) {
          goodOnes[i]->file.merged = true;
          goodOnes[i]->file.report = std::move(done.files[i]);
        }
        out.total = std::move(done.total);
        for (auto &c : all)
          out.files.push_back(std::move(c.file));
        return Result<ColleagueMerge>::ok(std::move(out));
      } catch (const store::StoreError &e) {
        const auto culprit = std::find_if(goodOnes.begin(), goodOnes.end(), [&](const Candidate *c) { return c->file.path == e.file(); });
        if (e.code() != store::ErrorCode::BadValue || culprit == goodOnes.end())
          throw;
        (*culprit)->file.refusal = currentError();
      }
    }
    ColleagueMerge out;
    for (auto &c : all)
      out.files.push_back(std::move(c.file));
    return Result<ColleagueMerge>::ok(std::move(out));
  } catch (...) {
    return Result<ColleagueMerge>::fail(currentError());
  }
}

Result<ColleagueMerge> addColleaguesWork(Workspace &ws, const std::vector<std::string> &paths, ColleaguePolicy policy) {
  auto r = mergeColleagues(ws.project(), {ws.recording().fingerprint}, paths, policy);
  if (r && r.value->mergedCount() > 0)
    if (auto s = ws.reload(); !s)
      return Result<ColleagueMerge>::fail(s.error);
  return r;
}

} // namespace spiegel::review
