// review/ refuses with codes and particulars, never with words: the CLI
// and the window word them the same way (app/common/review_messages).
#include "review_fixture.hpp"

using namespace spiegel;
using namespace spiegel::test;

TEST_CASE("problems: each refusal names its code and its particulars") {
  auto ws = newWorkspace(scratch("codes"));
  const auto key = ws->tagNow(7, false, kSecond).error;
  CHECK(key.problem == Problem::NoElementOnKey);
  CHECK(key.count == 7);
  CHECK(ws->markOut(kSecond).error.problem == Problem::NoMarkIn);
  const auto element = ws->tagNow("nope", false, kSecond).error;
  CHECK(element.problem == Problem::NoSuchElement);
  CHECK(element.subject == "nope");
  CHECK(ws->toggleParticipant(5).error.problem == Problem::NoParticipantOnKey);
  CHECK(ws->toggleParticipant(5).error.count == 5);
  CHECK(ws->addParticipant("").error.problem == Problem::NewParticipantNeedsRole);
  CHECK(ws->deleteTag("no-such-tag").error.problem == Problem::TagGone);

  const auto tag = *ws->tagNow(1, false, kSecond).value;
  const auto indicator = ws->setIndicator(tag, std::string("x.y")).error;
  CHECK(indicator.problem == Problem::NoSuchIndicator);
  CHECK(indicator.subject == "x.y");
}

TEST_CASE("problems: another reviewer's tag is refused with the owner's name, and unchanged") {
  const auto dir = scratch("owner");
  auto ws = newWorkspace(dir);
  const auto tag = *ws->tagNow(1, false, kSecond).value;
  REQUIRE(ws->switchReviewer(joost()));
  const auto refused = ws->moveTag(tag, 9 * kSecond).error;
  CHECK(refused.problem == Problem::NotYours);
  CHECK(refused.subject == "Sanne");
  CHECK(ws->tags().find(tag)->start == kSecond);
}

TEST_CASE("problems: without an identity every edit asks who you are") {
  auto ws = newWorkspace(scratch("anonymous"), std::nullopt);
  CHECK(ws->tagNow(1, false, kSecond).error.problem == Problem::NoIdentity);
  CHECK(ws->setRating("family", "system", 1).error.problem == Problem::NoIdentity);
}

TEST_CASE("problems: a store failure carries the store's code") {
  const auto dir = scratch("store");
  auto opened = Workspace::openProject((dir / "nothing.spiegel").string(), sanne());
  REQUIRE_FALSE(opened);
  CHECK(opened.error.problem == Problem::Store);
  REQUIRE(opened.error.store.has_value());
  CHECK(opened.error.store->code() == store::ErrorCode::NotFound);
}

TEST_CASE("problems: a moved recording is found again through the caller's fingerprinter") {
  const auto dir = scratch("relink");
  std::string path;
  {
    auto ws = newWorkspace(dir);
    path = ws->projectPath();
  }
  fs::create_directories(dir / "elders");
  fs::rename(dir / "opname.mp4", dir / "elders" / "x.mp4");
  auto opened = Workspace::openProject(path, sanne());
  REQUIRE(opened);
  auto &ws = **opened.value;
  CHECK(ws.recordingMissing());
  const auto found = ws.relink((dir / "elders").string(), contentFingerprinter());
  REQUIRE(found);
  CHECK(*found.value);
  CHECK(ws.mediaPath() == (dir / "elders" / "x.mp4").string());
}
