#include "workspace_fixture.hpp"

#include "viewmodels/people_view.hpp"
#include "viewmodels/ratings_model.hpp"

using namespace spiegel;
using namespace spiegel::test;

TEST_CASE("people view: colours parse, format and default to the first free palette colour") {
  CHECK(parseColour("#E69F00") == std::array<float, 3>{230.0f / 255.0f, 159.0f / 255.0f, 0.0f});
  CHECK_FALSE(parseColour("e69f00"));
  CHECK_FALSE(parseColour("#e69f0"));
  CHECK_FALSE(parseColour("#e69g00"));
  CHECK(formatColour({1.0f, 0.5f, -2.0f}) == "#ff8000");
  CHECK(formatColour(*parseColour("#56b4e9")) == "#56b4e9");

  std::vector<annotate::Participant> people;
  CHECK(suggestColour(people) == kParticipantPalette[0]);
  people.push_back({.id = "a", .role = "moeder", .colour = "#E69F00"});
  people.push_back({.id = "b", .role = "vader", .colour = kParticipantPalette[2]});
  CHECK(suggestColour(people) == kParticipantPalette[1]);
  people.push_back({.id = "c", .role = "oma", .colour = kParticipantPalette[1], .deleted = true});
  CHECK(suggestColour(people) == kParticipantPalette[1]); // a removed person frees their colour
  for (std::size_t i = 0; i < kParticipantPalette.size(); ++i)
    people.push_back({.id = "x" + std::to_string(i), .role = "kind", .colour = kParticipantPalette[i]});
  CHECK(suggestColour(people) == kParticipantPalette[(people.size() - 1) % kParticipantPalette.size()]);
}

TEST_CASE("people view: F-key slots follow the live display order, eight at most") {
  std::vector<annotate::Participant> people;
  for (int i = 0; i < 10; ++i)
    people.push_back({.id = "p" + std::to_string(i), .role = "kind", .deleted = i == 1});
  CHECK(participantSlot(people, "p0") == 1);
  CHECK(participantSlot(people, "p1") == 0); // removed
  CHECK(participantSlot(people, "p2") == 2);
  CHECK(participantSlot(people, "p8") == 8);
  CHECK(participantSlot(people, "p9") == 0); // ninth live person: no key
  CHECK(participantSlot(people, "nobody") == 0);
}

TEST_CASE("people view: rating order puts the least tagged member first and the family last") {
  const auto dir = scratch("rating_order");
  auto ws = newWorkspace(dir);
  const auto ids = addFamily(*ws); // moeder, vader, jeugdige, hulpverlener
  const auto tag = [&](int key, bool neg, double s, std::vector<annotate::Uuid> who) {
    ws->setCurrentParticipants(std::move(who));
    REQUIRE(ws->tagNow(key, neg, static_cast<annotate::Micros>(s * 1e6)));
  };
  tag(1, false, 0.5, {ids[0]});
  tag(2, true, 1.0, {ids[0]});
  tag(1, true, 1.5, {ids[0], ids[1]});
  RatingsModel model;
  model.refresh(*ws);
  const auto &rows = model.rows();
  const auto order = ratingOrder(rows);
  REQUIRE(order.size() == rows.size());
  std::vector<std::string> subjects;
  for (std::size_t i : order)
    subjects.push_back(rows[i].subject);
  // jeugdige (0 tags), vader (1), moeder (3), then the family row.
  CHECK(subjects == std::vector<std::string>{ids[2], ids[1], ids[0], annotate::kFamilySubject});
  CHECK(rows[order.back()].family);

  const auto counts = tagsPerReviewer(ws->tags());
  REQUIRE(ws->currentReviewerId());
  CHECK(counts.size() == 1);
  CHECK(counts.at(*ws->currentReviewerId()) == 3);
}
