#include "workspace_fixture.hpp"

#include "spiegel/store/project.hpp"
#include "viewmodels/indicator_choices.hpp"

using namespace spiegel;
using namespace spiegel::test;
using annotate::Valence;

TEST_CASE("tagging: keys 1-4 tag at the playback position minus the reaction offset, clamped") {
  const auto dir = scratch("tag_now");
  auto ws = newWorkspace(dir);
  const auto d = ws->duration();

  auto first = ws->tagNow(1, false, 2 * kSecond);
  REQUIRE(first);
  const auto *a = ws->tags().find(*first.value);
  REQUIRE(a != nullptr);
  CHECK(a->element == "engagement");
  CHECK(a->start == 2 * kSecond);
  CHECK(a->isPoint());
  CHECK(a->valence == Valence::Positive);
  CHECK_FALSE(a->indicator.has_value());
  CHECK(a->reviewer == *ws->currentReviewerId());
  CHECK(ws->lastSavedAt() > 0);

  WorkspaceSettings s;
  s.reactionOffset = 1'500'000;
  ws->setSettings(s);
  auto second = ws->tagNow(3, true, 2 * kSecond); // Shift+3
  REQUIRE(second);
  a = ws->tags().find(*second.value);
  CHECK(a->element == "safety");
  CHECK(a->valence == Valence::Negative);
  CHECK(a->start == 500'000);

  // Clamped to [0, duration].
  a = ws->tags().find(*ws->tagNow(2, false, kSecond).value);
  CHECK(a->start == 0);
  a = ws->tags().find(*ws->tagNow("system", false, d + 10 * kSecond).value);
  CHECK(a->start == d);

  // Settings are sanitised.
  s.reactionOffset = -5;
  s.preRoll = -1;
  ws->setSettings(s);
  CHECK(ws->settings().reactionOffset == 0);
  CHECK(ws->settings().preRoll == 0);

  auto bad = ws->tagNow(7, false, kSecond);
  CHECK_FALSE(bad);
  CHECK(describe(bad.error).find("7") != std::string::npos);
  CHECK_FALSE(ws->tagNow("trust", false, kSecond));

  CHECK(ws->tags().size() == 4);
  CHECK(onDisk(*ws).size() == 4);
}

TEST_CASE("tagging: I and O make a span, O first refuses, O before I swaps") {
  const auto dir = scratch("spans");
  auto ws = newWorkspace(dir);
  auto refused = ws->markOut(2 * kSecond);
  REQUIRE_FALSE(refused);
  CHECK(describe(refused.error).find("Press I") != std::string::npos);

  REQUIRE(ws->markIn(kSecond));
  CHECK(ws->markedIn() == kSecond);
  auto span = ws->markOut(3 * kSecond, std::string("bond"));
  REQUIRE(span);
  const auto *a = ws->tags().find(*span.value);
  CHECK(a->start == kSecond);
  CHECK(a->end == 3 * kSecond);
  CHECK(a->element == "bond");
  CHECK_FALSE(ws->markedIn().has_value());

  // O before I: swapped. The element defaults to the last one used.
  REQUIRE(ws->markIn(3'500'000));
  auto back = ws->markOut(500'000, std::nullopt, true);
  REQUIRE(back);
  a = ws->tags().find(*back.value);
  CHECK(a->start == 500'000);
  CHECK(a->end == 3'500'000);
  CHECK(a->element == "bond");
  CHECK(a->valence == Valence::Negative);

  // 1-4 / Shift+1-4 while the span is open choose its element and valence;
  // O then makes the span with them (issue #11 item 9).
  CHECK(ws->chooseMarkElement(2, true).error.problem == review::Problem::NoMarkIn);
  REQUIRE(ws->markIn(kSecond));
  CHECK(ws->markElement() == "bond"); // the last element used
  CHECK(ws->markValence() == Valence::Positive);
  const annotate::Element &third = ws->codebook().elements[2];
  REQUIRE(ws->chooseMarkElement(third.hotkey, true));
  CHECK(ws->markElement() == third.key);
  CHECK(ws->markValence() == Valence::Negative);
  CHECK(ws->chooseMarkElement(9, false).error.problem == review::Problem::NoElementOnKey);
  CHECK(ws->markElement() == third.key); // a key with no element changes nothing
  auto chosen = ws->markOut(2 * kSecond);
  REQUIRE(chosen);
  a = ws->tags().find(*chosen.value);
  CHECK(a->element == third.key);
  CHECK(a->valence == Valence::Negative);
  REQUIRE(ws->markIn(kSecond)); // a new span starts positive again
  CHECK(ws->markElement() == third.key);
  CHECK(ws->markValence() == Valence::Positive);
  ws->cancelMark();
  CHECK_FALSE(ws->markedIn().has_value());

  // Past the end: clamped.
  REQUIRE(ws->markIn(3 * kSecond));
  a = ws->tags().find(*ws->markOut(60 * kSecond, std::string("safety")).value);
  CHECK(a->end == ws->duration());
  CHECK(onDisk(*ws).size() == 4);
}

TEST_CASE("tagging: current participants stick from tag to tag, F1-F8 toggle them") {
  const auto dir = scratch("participants_sticky");
  auto ws = newWorkspace(dir);
  const auto ids = addFamily(*ws); // moeder, vader, jeugdige, hulpverlener

  REQUIRE(ws->toggleParticipant(2)); // F2 vader
  REQUIRE(ws->toggleParticipant(3)); // F3 jeugdige
  CHECK(ws->currentParticipants() == std::vector<annotate::Uuid>{ids[1], ids[2]});
  auto t1 = *ws->tagNow(1, false, kSecond).value;
  auto t2 = *ws->tagNow(2, false, 2 * kSecond).value;
  CHECK(ws->tags().find(t1)->participants == std::vector<annotate::Uuid>{ids[1], ids[2]});
  CHECK(ws->tags().find(t2)->participants == std::vector<annotate::Uuid>{ids[1], ids[2]});

  // F3 in the editor of t2: removes jeugdige from that tag only; the next
  // tags' people stay (issue #11 item 8).
  REQUIRE(ws->toggleParticipant(3, t2));
  CHECK(ws->tags().find(t2)->participants == std::vector<annotate::Uuid>{ids[1]});
  CHECK(ws->currentParticipants() == std::vector<annotate::Uuid>{ids[1], ids[2]});
  CHECK(ws->tags().find(t1)->participants.size() == 2); // t1 unchanged

  // Chips in the editor set the tag only, too.
  REQUIRE(ws->setParticipants(t1, {ids[0]}));
  CHECK(ws->currentParticipants() == std::vector<annotate::Uuid>{ids[1], ids[2]});
  auto t3 = *ws->tagNow(3, false, 3 * kSecond).value;
  CHECK(ws->tags().find(t3)->participants == std::vector<annotate::Uuid>{ids[1], ids[2]});

  // The pin makes a tag's people the next tags' people.
  REQUIRE(ws->pinParticipants(t1));
  CHECK(ws->currentParticipants() == std::vector<annotate::Uuid>{ids[0]});
  auto t4 = *ws->tagNow(3, false, 4 * kSecond).value;
  CHECK(ws->tags().find(t4)->participants == std::vector<annotate::Uuid>{ids[0]});
  CHECK_FALSE(ws->pinParticipants("no-such-tag"));

  auto none = ws->toggleParticipant(5);
  CHECK_FALSE(none);
  CHECK(describe(none.error).find("F5") != std::string::npos);
  CHECK_FALSE(ws->toggleParticipant(0));
  CHECK_FALSE(ws->setParticipants(t1, {"no-such-person"}));

  const auto disk = onDisk(*ws);
  REQUIRE(disk.size() == 4);
  CHECK(disk[0].participants == std::vector<annotate::Uuid>{ids[0]});
  CHECK(disk[1].participants == std::vector<annotate::Uuid>{ids[1]});
  CHECK(disk[2].participants == std::vector<annotate::Uuid>{ids[1], ids[2]});
  CHECK(disk[3].participants == std::vector<annotate::Uuid>{ids[0]});
}

TEST_CASE("tagging: editor fields keep element, valence and indicator consistent") {
  const auto dir = scratch("editor");
  auto ws = newWorkspace(dir);
  const auto id = *ws->tagNow(1, false, kSecond).value;

  REQUIRE(ws->setIndicator(id, std::string("bond.minus.avoids_eye_contact")));
  auto a = *ws->tags().find(id);
  CHECK(a.element == "bond");
  CHECK(a.valence == Valence::Negative);
  CHECK(a.indicator == "bond.minus.avoids_eye_contact");

  REQUIRE(ws->setValence(id, Valence::Positive)); // drops the negative indicator
  a = *ws->tags().find(id);
  CHECK(a.valence == Valence::Positive);
  CHECK_FALSE(a.indicator.has_value());

  REQUIRE(ws->setIndicator(id, std::string("bond.plus.trusts")));
  REQUIRE(ws->setElement(id, "safety")); // drops the bond indicator
  a = *ws->tags().find(id);
  CHECK(a.element == "safety");
  CHECK_FALSE(a.indicator.has_value());

  CHECK_FALSE(ws->setIndicator(id, std::string("made.up")));
  CHECK_FALSE(ws->setElement(id, "made-up"));
  REQUIRE(ws->setNote(id, "Moeder kijkt weg."));
  CHECK(ws->tags().find(id)->note == "Moeder kijkt weg.");
  CHECK(onDisk(*ws).front().note == "Moeder kijkt weg.");
  CHECK(onDisk(*ws).front().element == "safety");
}

TEST_CASE("tagging: timeline move, resize and delete stay inside the recording") {
  const auto dir = scratch("timeline");
  auto ws = newWorkspace(dir);
  REQUIRE(ws->markIn(kSecond));
  const auto id = *ws->markOut(2 * kSecond, std::string("bond")).value;

  REQUIRE(ws->moveTag(id, 2'500'000));
  CHECK(ws->tags().find(id)->start == 2'500'000);
  CHECK(ws->tags().find(id)->end == 3'500'000);
  REQUIRE(ws->moveTag(id, 100 * kSecond)); // keeps its length, ends at the end
  CHECK(ws->tags().find(id)->end == ws->duration());
  CHECK(ws->tags().find(id)->end - ws->tags().find(id)->start == kSecond);
  REQUIRE(ws->moveTag(id, -kSecond));
  CHECK(ws->tags().find(id)->start == 0);

  REQUIRE(ws->resizeTag(id, 3 * kSecond, 1'000'000)); // reversed edges: swapped
  CHECK(ws->tags().find(id)->start == kSecond);
  CHECK(ws->tags().find(id)->end == 3 * kSecond);
  CHECK(onDisk(*ws).front().end == 3 * kSecond);

  REQUIRE(ws->deleteTag(id));
  CHECK(ws->tags().empty());
  CHECK(onDisk(*ws).empty());
  auto gone = ws->deleteTag(id);
  CHECK_FALSE(gone);
  CHECK(describe(gone.error).find("no longer exists") != std::string::npos);
}

TEST_CASE("tagging: an incomplete copy keeps tags out of its missing stretch") {
  const auto dir = scratch("incomplete_copy");
  auto ws = newWorkspace(dir);
  const auto d = ws->duration();
  REQUIRE(d > 3 * kSecond);
  const annotate::Micros playable = d / 2;
  ws->setPlayableEnd(playable);
  const auto point = *ws->tagNow("bond", false, d).value;
  CHECK(ws->tags().find(point)->start == playable);
  REQUIRE(ws->markIn(kSecond));
  const auto span = *ws->markOut(d, std::string("safety")).value;
  CHECK(ws->tags().find(span)->end == playable);
  REQUIRE(ws->moveTag(span, d)); // keeps its length, ends at the playable end
  CHECK(ws->tags().find(span)->end == playable);
  REQUIRE(ws->resizeTag(span, 0, d));
  CHECK(ws->tags().find(span)->end == playable);
  ws->setPlayableEnd(std::nullopt); // the whole copy again: all of it
  REQUIRE(ws->moveTag(span, d));
  CHECK(ws->tags().find(span)->end == d);
}

TEST_CASE("tagging: the indicator picker lists one element's indicators, optionally of one valence") {
  const auto dir = scratch("indicator_choices");
  auto ws = newWorkspace(dir);
  const auto all = indicatorChoices(ws->codebook(), "bond");
  const auto negative = indicatorChoices(ws->codebook(), "bond", Valence::Negative);
  CHECK(all.size() == 10);
  CHECK(negative.size() == 4);
  for (const auto *i : negative) {
    CHECK(i->element == "bond");
    CHECK(i->valence == Valence::Negative);
  }
  CHECK(indicatorChoices(ws->codebook(), "nothing").empty());
}
