#include "workspace_fixture.hpp"

#include "spiegel/media/background.hpp"
#include "spiegel/store/project.hpp"
#include "common/open_target.hpp"

#include <fstream>

using namespace spiegel;
using namespace spiegel::test;

TEST_CASE("open: a new project for a recording probes, fingerprints and copies the codebook") {
  const auto dir = scratch("create");
  const auto rec = recording(dir);
  auto suggestion = Workspace::suggestProjectPath(rec.string());
  CHECK(suggestion.path == (dir / "opname.spiegel").string());
  CHECK_FALSE(suggestion.exists);

  auto opened = app::createWorkspaceForRecording(rec.string(), suggestion.path, sanne());
  INFO(opened.error);
  REQUIRE(opened.workspace);
  auto &ws = *opened.workspace;
  CHECK(ws.projectPath() == suggestion.path);
  CHECK(ws.mediaPath() == rec.string());
  CHECK_FALSE(ws.recordingMissing());
  CHECK(app::missingRecordingText(ws).empty());
  CHECK(ws.duration() >= 3'900'000);
  CHECK(ws.duration() <= 4'200'000);
  CHECK(ws.recording().fingerprint == media::fingerprint(rec.string()));
  CHECK(ws.codebook().elements.size() == 4);
  CHECK(ws.codebook().element("system")->ratedFor == annotate::Subject::Family);
  CHECK(ws.tags().empty());
  // Nobody is written into the project until the first edit.
  CHECK(ws.reviewers().empty());
  CHECK_FALSE(ws.currentReviewerId().has_value());
  CHECK(ws.lastSavedAt() == 0);

  CHECK(Workspace::suggestProjectPath(rec.string()).exists);
  // Making it twice is refused with a sentence, not an exception.
  auto again = app::createWorkspaceForRecording(rec.string(), suggestion.path, sanne());
  CHECK_FALSE(again.workspace);
  CHECK_FALSE(again.error.empty());
}

TEST_CASE("open: errors are one sentence in the user's language") {
  const auto dir = scratch("open_errors");
  auto none = Workspace::openProject((dir / "nothing.spiegel").string(), sanne());
  REQUIRE_FALSE(none);
  CHECK(describe(none.error).find("nothing.spiegel") != std::string::npos);

  std::ofstream(dir / "text.spiegel") << "not a database at all, just some words to fill a page";
  auto bad = Workspace::openProject((dir / "text.spiegel").string(), sanne());
  CHECK_FALSE(bad);
  CHECK_FALSE(describe(bad.error).empty());

  std::ofstream(dir / "broken.mp4") << "no video here";
  app::setLanguage(app::Lang::Nl);
  auto media = app::createWorkspaceForRecording((dir / "broken.mp4").string(), (dir / "b.spiegel").string(),
                                                sanne());
  REQUIRE_FALSE(media.workspace);
  CHECK(media.error.find("broken.mp4") != std::string::npos);
  CHECK_FALSE(fs::exists(dir / "b.spiegel"));
  app::setLanguage(app::Lang::En);
}

TEST_CASE("open: a moved recording is reported missing and found again by its fingerprint") {
  const auto dir = scratch("relink");
  std::string projectPath;
  {
    // The project in its own folder: relinking also searches next to it.
    fs::create_directories(dir / "project");
    auto ws = newWorkspace(dir / "project");
    projectPath = ws->projectPath();
  }
  fs::create_directories(dir / "elders" / "diep");
  fs::rename(dir / "project" / "opname.mp4", dir / "elders" / "diep" / "hernoemd.mp4");

  auto opened = Workspace::openProject(projectPath, sanne());
  REQUIRE(opened);
  auto &ws = **opened.value;
  CHECK(ws.recordingMissing());
  CHECK(ws.mediaPath().empty());
  CHECK(app::missingRecordingText(ws).find("opname.mp4") != std::string::npos);

  auto wrong = ws.relink((dir / "config").string(), app::mediaFingerprinter());
  REQUIRE(wrong);
  CHECK_FALSE(*wrong.value);
  CHECK(ws.recordingMissing());

  const auto before = ws.revision();
  auto found = ws.relink((dir / "elders").string(), app::mediaFingerprinter());
  INFO(describe(found.error));
  REQUIRE(found);
  CHECK(*found.value);
  CHECK(ws.mediaPath() == (dir / "elders" / "diep" / "hernoemd.mp4").string());
  CHECK(ws.revision() != before);

  // The file remembers it.
  auto reopened = Workspace::openProject(projectPath, sanne());
  REQUIRE(reopened);
  CHECK((*reopened.value)->mediaPath() == (dir / "elders" / "diep" / "hernoemd.mp4").string());
}

TEST_CASE("open: the reviewer is saved on the first edit and found again by profile, never by name") {
  const auto dir = scratch("reviewer");
  auto ws = newWorkspace(dir);
  REQUIRE(ws->tagNow(1, false, kSecond));
  REQUIRE(ws->reviewers().size() == 1);
  CHECK(ws->reviewers()[0].name == "Sanne");
  CHECK(ws->reviewers()[0].role == annotate::ReviewerRole::Trainee);
  const auto sanneId = *ws->currentReviewerId();

  // Another person on the same laptop.
  REQUIRE(ws->switchReviewer(joost()));
  CHECK_FALSE(ws->currentReviewerId().has_value());
  CHECK_FALSE(ws->canUndo()); // not Sanne's edits
  REQUIRE(ws->tagNow(2, false, 2 * kSecond));
  CHECK(ws->reviewers().size() == 2);
  CHECK(*ws->currentReviewerId() != sanneId);

  REQUIRE(ws->switchReviewer(sanne()));
  CHECK(ws->currentReviewerId() == sanneId);
  REQUIRE(ws->tagNow(3, false, 3 * kSecond));
  CHECK(ws->reviewers().size() == 2);

  std::vector<std::string> who;
  for (const auto &a : ws->tags().all())
    who.push_back(ws->reviewer(a.reviewer)->name);
  CHECK(who == std::vector<std::string>{"Sanne", "Joost", "Sanne"});

  CHECK_FALSE(static_cast<bool>(ws->switchReviewer({"  ", annotate::ReviewerRole::Peer})));
  CHECK(ws->currentReviewerId() == sanneId);

  // Reopened with the same profile: found again, nothing new written.
  const auto path = ws->projectPath();
  ws.reset();
  auto again = Workspace::openProject(path, sanne());
  REQUIRE(again);
  CHECK((*again.value)->currentReviewerId() == sanneId);
  CHECK((*again.value)->canEdit((*again.value)->tags().all().front()));
  // Someone else who types "Sanne" is someone else.
  auto other = Workspace::openProject(path, Identity{"Sanne", annotate::ReviewerRole::Trainee, "profile-other"});
  REQUIRE(other);
  auto &ws2 = **other.value;
  CHECK_FALSE(ws2.currentReviewerId().has_value());
  CHECK_FALSE(ws2.canEdit(ws2.tags().all().front()));
}

TEST_CASE("open: without an identity every edit asks who you are") {
  const auto dir = scratch("no_identity");
  auto ws = newWorkspace(dir, std::nullopt);
  auto r = ws->tagNow(1, false, kSecond);
  REQUIRE_FALSE(r);
  CHECK(describe(r.error).find("who you are") != std::string::npos);
  CHECK(ws->tags().empty());
  REQUIRE(ws->switchReviewer(sanne()));
  CHECK(ws->tagNow(1, false, kSecond));
}

TEST_CASE("open: a path is told apart as project, recording or missing") {
  const auto dir = scratch("open_target");
  auto ws = newWorkspace(dir);
  const auto copy = dir / "renamed.bak";
  fs::copy_file(ws->projectPath(), copy);
  CHECK(openTarget(ws->projectPath()) == OpenTarget::Project);
  CHECK(openTarget(copy.string()) == OpenTarget::Project); // by content
  CHECK(openTarget(ws->mediaPath()) == OpenTarget::Recording);
  CHECK(openTarget((dir / "gone.mp4").string()) == OpenTarget::Missing);
  CHECK(openTarget(dir.string()) == OpenTarget::Missing); // a folder
}
