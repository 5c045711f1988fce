#pragma once
// Shared by the workspace tests: a scratch folder per test with its own
// config dir (XDG_CONFIG_HOME), a tiny real recording made by the ffmpeg
// CLI, and a workspace opened on a new project for it.
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
#include "support/scratch.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <unistd.h>

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

// A 4-second 160x90 recording at 10 fps with a tone, written by the ffmpeg
// CLI into `dir` (a copy of one shared file made once per build).
inline fs::path recording(const fs::path &dir, const std::string &name = "opname.mp4") {
  const fs::path shared = fs::path(SPIEGEL_TEST_TMP) / "workspace" / "tiny.mp4";
  if (!fs::exists(shared)) {
    fs::create_directories(shared.parent_path());
    // Unique temporary name, then rename: test processes may run in parallel.
    const auto tmp = shared.string() + "." + std::to_string(::getpid()) + ".mp4";
    const std::string cmd =
        "ffmpeg -v error -nostdin -y -f lavfi -i testsrc2=size=160x90:rate=10 -f lavfi -i "
        "sine=frequency=440:sample_rate=16000 -t 4 -pix_fmt yuv420p -c:v libx264 -preset "
        "ultrafast -c:a aac -shortest '" +
        tmp + "'";
    REQUIRE(std::system(cmd.c_str()) == 0);
    fs::rename(tmp, shared);
  }
  const fs::path out = dir / name;
  fs::copy_file(shared, out, fs::copy_options::overwrite_existing);
  return out;
}

inline Identity sanne() {
  return {"Sanne", annotate::ReviewerRole::Trainee};
}
inline Identity joost() {
  return {"Joost", annotate::ReviewerRole::Trainer};
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
