#pragma once
// Shared by the store tests: a scratch folder per test, a small codebook and
// a project with one recording.
#include "spiegel/store/package.hpp"
#include "spiegel/store/project.hpp"
#include "support/scratch.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

namespace spiegel::test {

namespace fs = std::filesystem;

// A fresh, empty folder for one test case.
inline fs::path scratch(const std::string &name) { return support::scratchDir("store", name); }

inline annotate::Codebook smallCodebook() {
  annotate::Codebook cb;
  cb.id = "test";
  cb.version = 1;
  cb.name = {"Test", "Test"};
  for (const char *key : {"engagement", "bond", "safety"})
    cb.elements.push_back({.key = key, .name = {key, key}, .shortName = {key, key}, .colour = "#000000"});
  cb.elements.push_back({.key = "system", .name = {"system", "systeem"}, .shortName = {"s", "s"},
                         .colour = "#000000", .ratedFor = annotate::Subject::Family});
  cb.indicators.push_back({.id = "bond.plus.smiles", .element = "bond", .valence = annotate::Valence::Positive,
                           .label = {"smiles", "lacht"}});
  cb.indicators.push_back({.id = "bond.minus.cold", .element = "bond", .valence = annotate::Valence::Negative,
                           .label = {"cold", "kil"}});
  for (int v = -3; v <= 3; ++v)
    cb.scale.push_back({v, {std::to_string(v), std::to_string(v)}});
  return cb;
}

constexpr annotate::Micros kTenMinutes = 600'000'000;

// A new project titled "Gesprek" at `location` (any backend's) with the
// small codebook and one 10-minute recording "opname.mp4" beside it.
inline store::Project makeProjectAt(const std::string &location, const std::string &fingerprint = "1234-abcd") {
  auto p = store::Project::create(location, {.title = "Gesprek", .codebook = smallCodebook(), .actor = "t"});
  const auto media = fs::path(location).parent_path() / "opname.mp4";
  p.addRecording({.path = media.string(), .fingerprint = fingerprint, .duration = kTenMinutes});
  return p;
}

// The same as a file dir/name.
inline store::Project makeProject(const fs::path &dir, const std::string &name = "p.spiegel",
                                  const std::string &fingerprint = "1234-abcd") {
  return makeProjectAt((dir / name).string(), fingerprint);
}

inline annotate::Annotation tagAt(const store::Project &p, double seconds, const std::string &element = "bond") {
  annotate::Annotation a;
  a.recording = p.recordings().front().id;
  a.start = a.end = static_cast<annotate::Micros>(seconds * 1e6);
  a.element = element;
  return a;
}

inline std::string readAll(const fs::path &path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The entities of a project, without the parts that differ by design
// (project id, export time, audit log).
inline std::string entities(const store::Project &p) {
  auto pkg = p.exportPackage();
  pkg.project = {};
  pkg.exportedAt = 0;
  pkg.audit.clear();
  // base_at is merge bookkeeping: it records that a version is now shared.
  if (pkg.codebook)
    pkg.codebook->baseAt = pkg.codebook->updatedAt = 0;
  const auto clear = [](auto &list) {
    for (auto &s : list)
      s.baseAt = 0;
  };
  clear(pkg.recordings);
  clear(pkg.participants);
  clear(pkg.reviewers);
  clear(pkg.annotations);
  clear(pkg.ratings);
  clear(pkg.rounds);
  clear(pkg.reveals);
  clear(pkg.threads);
  clear(pkg.comments);
  clear(pkg.consents);
  return store::packageToJson(pkg);
}

// Everything a project holds, audit log and merge bookkeeping included:
// equal before and after a refused call ("all or nothing").
inline std::string snapshot(const store::Project &p) {
  auto pkg = p.exportPackage();
  pkg.exportedAt = 0;
  return store::packageToJson(pkg);
}

// A project at `location` with a participant, a reviewer, 20 tags (one of
// them then deleted: a tombstone) and a rating.
inline store::Project filledAt(const std::string &location) {
  auto p = makeProjectAt(location);
  const auto mother = p.saveParticipant({.role = "moeder", .alias = "M."});
  const auto lisa = p.saveReviewer({.name = "Lisa"});
  for (int i = 0; i < 20; ++i) {
    auto a = tagAt(p, 10 + i, i % 2 == 0 ? "bond" : "safety");
    if (i % 4 == 0) {
      a.indicator = "bond.minus.cold";
      a.valence = annotate::Valence::Negative;
    }
    a.participants = {mother.id};
    a.reviewer = lisa.id;
    a.note = "noot " + std::to_string(i) + (i == 3 ? "; met \"quotes\"\nen regel" : "");
    a.end = a.start + i * 100'000;
    p.addAnnotation(a);
  }
  p.setRating({.recording = p.recordings().front().id, .reviewer = lisa.id, .subject = mother.id,
               .element = "bond", .value = -2, .rationale = "afstandelijk"});
  p.deleteAnnotation(p.annotations().back().id); // a tombstone travels too
  return p;
}
inline store::Project filled(const fs::path &dir, const std::string &name) {
  return filledAt((dir / name).string());
}

// Sets the note of tag `id` in `p`, then waits a few ms, so that an edit
// made after this one has a later updated_at (Unix ms).
inline void editNote(store::Project &p, const std::string &id, const std::string &note) {
  auto a = *p.annotation(id);
  a.note = note;
  p.updateAnnotation(a);
  std::this_thread::sleep_for(std::chrono::milliseconds(3));
}

// Expects `f` to throw StoreError with `code`; returns the field it names.
template <class F> std::string throwsStore(F &&f, store::ErrorCode code) {
  try {
    f();
  } catch (const store::StoreError &e) {
    CHECK(e.code() == code);
    return e.field().empty() ? std::string("-") : e.field();
  }
  FAIL("no StoreError was thrown");
  return {};
}

} // namespace spiegel::test
