#pragma once
// Shared by the store tests: a scratch folder per test, a small codebook and
// a project with one recording.
#include "spiegel/store/package.hpp"
#include "spiegel/store/project.hpp"
#include "support/scratch.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

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

// A project at dir/name with one 10-minute recording.
inline store::Project makeProject(const fs::path &dir, const std::string &name = "p.spiegel",
                                  const std::string &fingerprint = "1234-abcd") {
  auto p = store::Project::create((dir / name).string(), {.title = "Gesprek", .codebook = smallCodebook(), .actor = "t"});
  p.addRecording({.path = (dir / "opname.mp4").string(), .fingerprint = fingerprint, .duration = kTenMinutes});
  return p;
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
