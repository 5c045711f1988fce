#pragma once
// Shared by the workspace tests: a scratch folder per test with its own
// config dir (XDG_CONFIG_HOME), a tiny real recording from the one clip
// maker, and a workspace opened on a new project for it.
#include "common/i18n.hpp"
#include "common/open_project.hpp"
#include "common/edit_description.hpp"
#include "common/profile.hpp"
#include "demo/demo_project.hpp"
#include "viewmodels/tag_list_model.hpp"
#include "common/review_messages.hpp"
#include "spiegel/review/workspace.hpp"

#include "spiegel/media/log.hpp"
#include "spiegel/store/project.hpp"
#include "support/clips.hpp"
#include "support/scratch.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <string>

namespace spiegel::test {

namespace fs = std::filesystem;
using namespace spiegel::review;
using namespace spiegel::app::viewmodels;
using namespace spiegel::app::demo;
using namespace spiegel::app;

constexpr annotate::Micros kSecond = 1'000'000;

// A fresh, empty folder for one test case; XDG_CONFIG_HOME points inside it.
inline fs::path scratch(const std::string &name) {
  const fs::path dir = support::scratchDir("workspace", name);
  fs::create_directories(dir / "config");
  ::setenv("XDG_CONFIG_HOME", (dir / "config").c_str(), 1);
  app::setLanguage(app::Lang::En);
  media::setLogLevel(media::LogLevel::Quiet); // broken test files make FFmpeg talk
  return dir;
}

// A 4-second 160x90 frame-coded recording at 10 fps with tones, copied
// into `dir` from the one shared clip (support/clips.hpp).
inline fs::path recording(const fs::path &dir, const std::string &name = "opname.mp4") {
  auto spec = support::smallClip(4 * kSecond);
  spec.fpsNum = 10;
  spec.sampleRate = 16000;
  const fs::path out = dir / name;
  fs::copy_file(support::sharedClip("workspace_tiny_v1.mp4", spec), out, fs::copy_options::overwrite_existing);
  return out;
}

// Two people's reviewer profiles (their UUIDs are who they are).
inline Identity sanne() {
  return {"Sanne", annotate::ReviewerRole::Trainee, "profile-sanne"};
}
inline Identity joost() {
  return {"Joost", annotate::ReviewerRole::Trainer, "profile-joost"};
}

// A workspace on a new project for a new recording in dir.
inline std::unique_ptr<Workspace> newWorkspace(const fs::path &dir, std::optional<Identity> who = sanne()) {
  const auto rec = recording(dir);
  auto opened = app::createWorkspaceForRecording(rec.string(), (dir / "opname.spiegel").string(), who);
  INFO(opened.error);
  REQUIRE(opened.workspace);
  return std::move(opened.workspace);
}

// The tags in the file, read through a second, independent connection.
inline std::vector<annotate::Annotation> onDisk(const Workspace &ws) {
  return store::Project::open(ws.projectPath(), {.readOnly = true}).annotations();
}

// Adds moeder, vader, jeugdige (family) and hulpverlener (professional); returns their ids.
inline std::vector<annotate::Uuid> addFamily(Workspace &ws) {
  std::vector<annotate::Uuid> ids;
  for (const char *role : {"moeder", "vader", "jeugdige", "hulpverlener"}) {
    auto r = ws.addParticipant(role);
    REQUIRE(r);
    ids.push_back(*r.value);
  }
  return ids;
}

} // namespace spiegel::test
