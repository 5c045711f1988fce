// Ratings side by side: person × element rows against one column per shown
// reviewer, the spread of each row, a reviewer's split alliance marked on
// that reviewer's cells of the element, and the columns a blind round hides.
#include "viewmodels/ratings_side_model.hpp"
#include "workspace_fixture.hpp"

using namespace spiegel;
using namespace spiegel::test;

namespace {
const SideRow *rowOf(const RatingsSideModel &m, const std::string &subject, const std::string &element) {
  for (const SideRow &r : m.rows())
    if (r.subject == subject && r.element == element)
      return &r;
  return nullptr;
}
} // namespace

TEST_CASE("Ratings side by side: a column per reviewer, the spread per row, split alliances marked",
          "[compare][ratings]") {
  auto ws = newWorkspace(scratch("compare_ratings"));
  const auto family = addFamily(*ws);
  const std::string mother = family[0], father = family[1];
  // Sanne: mother +2, father −1 on engagement (3 apart: a split alliance).
  REQUIRE(ws->setRating(mother, "engagement", 2, ""));
  REQUIRE(ws->setRating(father, "engagement", -1, ""));
  REQUIRE(ws->setRating(annotate::kFamilySubject, "system", 1, ""));
  REQUIRE(ws->switchReviewer(joost()));
  // Joost: mother +1, father +1 (no split); family 3.
  REQUIRE(ws->setRating(mother, "engagement", 1, ""));
  REQUIRE(ws->setRating(father, "engagement", 1, ""));
  REQUIRE(ws->setRating(annotate::kFamilySubject, "system", 3, ""));
  REQUIRE(ws->switchReviewer(sanne()));

  RatingsSideModel model;
  REQUIRE(model.refresh(*ws));
  CHECK_FALSE(model.refresh(*ws));
  REQUIRE(model.columns().size() == 2);
  const std::size_t s = model.columns()[0].name == "Sanne" ? 0 : 1, j = 1 - s;
  CHECK(model.columns()[j].name == "Joost");
  CHECK(model.columns()[s].splitElements == std::vector<std::string>{"engagement"});
  CHECK(model.columns()[j].splitElements.empty());
  CHECK_FALSE(model.hasConsensus());

  const SideRow *m = rowOf(model, mother, "engagement");
  REQUIRE(m != nullptr);
  CHECK(m->subjectText == "mother");
  CHECK(m->cells[s].value == 2);
  CHECK(m->cells[j].value == 1);
  CHECK(m->spread == 1);
  CHECK(m->cells[s].split);
  CHECK_FALSE(m->cells[j].split);
  const SideRow *f = rowOf(model, father, "engagement");
  REQUIRE(f != nullptr);
  CHECK(f->spread == 2);
  const SideRow *sys = rowOf(model, annotate::kFamilySubject, "system");
  REQUIRE(sys != nullptr);
  CHECK(sys->spread == 2);
  CHECK_FALSE(sys->cells[s].split); // the family as a whole is never split
  // Unrated: no value, no spread.
  const SideRow *bond = rowOf(model, mother, "bond");
  REQUIRE(bond != nullptr);
  CHECK_FALSE(bond->cells[s].value);
  CHECK_FALSE(bond->spread);
  CHECK(RatingsSideModel::valueText(-1) == "\xE2\x88\x92" "1");
  CHECK(RatingsSideModel::valueText(2) == "+2");
  CHECK(RatingsSideModel::valueText(std::nullopt).empty());

  // A blind round: only Sanne's column.
  REQUIRE(ws->startRound(true, {"Sanne", "Joost"}));
  model.refresh(*ws);
  REQUIRE(model.columns().size() == 1);
  CHECK(model.columns()[0].name == "Sanne");
  CHECK_FALSE(rowOf(model, mother, "engagement")->spread);
}
