#pragma once
// Shared by the review tests, which link spiegel::review only (no media, no
// language): a scratch folder per test, a stand-in recording file whose
// "fingerprint" is its content, and a workspace on a new project for it.
#include "spiegel/review/workspace.hpp"
#include "spiegel/store/codebook_json.hpp"
#include "support/scratch.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace spiegel::test {

namespace fs = std::filesystem;
using namespace spiegel::review;

constexpr annotate::Micros kSecond = 1'000'000;
constexpr annotate::Micros kLength = 60 * kSecond;

inline fs::path scratch(const std::string &name) {
  return support::scratchDir("review", name);
}

// review/ only compares fingerprints; the file's text stands in for one.
inline std::string contentPrint(const std::string &path) {
  std::ifstream in(path, std::ios::binary);
  return "content:" + std::string(std::istreambuf_iterator<char>(in), {});
}
inline store::Fingerprinter contentFingerprinter() {
  return [](const std::string &path) { return contentPrint(path); };
}

// Two people's reviewer profiles (their UUIDs are who they are).
inline Identity sanne() {
  return {"Sanne", annotate::ReviewerRole::Trainee, "profile-sanne"};
}
inline Identity joost() {
  return {"Joost", annotate::ReviewerRole::Trainer, "profile-joost"};
}

// The display names of the reviewers whose tags the workspace shows, sorted, each once.
inline std::vector<std::string> ownersOfShownTags(const Workspace &ws) {
  std::vector<std::string> names;
  for (const auto &t : ws.tags().all())
    names.push_back(ws.ownerName(t));
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

// A workspace on dir/opname.spiegel for a 60 s stand-in recording dir/opname.mp4.
inline std::unique_ptr<Workspace> newWorkspace(const fs::path &dir, std::optional<Identity> who = sanne()) {
  const auto rec = (dir / "opname.mp4").string();
  std::ofstream(rec) << "recording " << dir.filename().string();
  const RecordingFacts facts{rec, contentPrint(rec), kLength};
  const auto codebook = store::loadCodebook(std::string(SPIEGEL_ASSETS_DIR) + "/codebooks/alliance.json");
  auto opened = Workspace::createProject((dir / "opname.spiegel").string(), facts, codebook, who);
  INFO(static_cast<int>(opened.error.problem));
  REQUIRE(opened);
  return std::move(*opened.value);
}

} // namespace spiegel::test
