// The compare view's model on a real project: lanes per reviewer (and per
// element when they are stacked), the reference's matched pairs linked,
// unmatched tags as disagreements in time order, the one-line summary, the
// gold standard as the default reference, and a blind round hiding the
// others' lanes as it hides their tags everywhere else.
#include "viewmodels/compare_model.hpp"
#include "workspace_fixture.hpp"

#include <algorithm>

using namespace spiegel;
using namespace spiegel::test;
using annotate::Valence;

namespace {
constexpr annotate::Micros kMs = 1'000;

Uuid add(Workspace &ws, annotate::Micros at, const char *element, Valence v = Valence::Positive) {
  auto r = ws.addTag({.start = at, .end = at, .element = element, .valence = v});
  INFO(describe(r.error));
  REQUIRE(r.value);
  return *r.value;
}

// Sanne: engagement+ at 0.5 s and 2 s, bond− at 3 s. Joost: engagement+ at
// 0.8 s (pairs with Sanne's 0.5 s within ±0.5 s), engagement+ at 3.5 s (1.5 s
// from Sanne's 2 s: no pair), bond+ at 3 s (the other valence: no pair).
struct Two {
  std::unique_ptr<Workspace> ws;
  Uuid s05, s20, s30, j08, j35, j30;
};
Two twoReviewers(const std::string &name) {
  Two t;
  t.ws = newWorkspace(scratch(name));
  Workspace &ws = *t.ws;
  t.s05 = add(ws, 500 * kMs, "engagement");
  t.s20 = add(ws, 2000 * kMs, "engagement");
  t.s30 = add(ws, 3000 * kMs, "bond", Valence::Negative);
  REQUIRE(ws.switchReviewer(joost()));
  t.j08 = add(ws, 800 * kMs, "engagement");
  t.j35 = add(ws, 3500 * kMs, "engagement");
  t.j30 = add(ws, 3000 * kMs, "bond");
  REQUIRE(ws.switchReviewer(sanne()));
  return t;
}

std::vector<Uuid> ids(const CompareLane &lane) {
  std::vector<Uuid> out;
  for (const CompareMark &m : lane.marks)
    out.push_back(m.tag->id + (m.matched ? "=" : "!"));
  return out;
}
} // namespace

TEST_CASE("Compare model: one element, the current reviewer as reference, pairs linked", "[compare]") {
  Two t = twoReviewers("compare_one_element");
  CompareModel model;
  REQUIRE(model.refresh(*t.ws, {.element = "engagement", .tolerance = 500 * kMs}));
  CHECK_FALSE(model.refresh(*t.ws, {.element = "engagement", .tolerance = 500 * kMs})); // nothing changed
  REQUIRE(model.lanes().size() == 2);
  const CompareLane &ref = model.lanes()[0], &other = model.lanes()[1];
  CHECK(ref.reference);
  CHECK(ref.name == "Sanne");
  CHECK(ref.label == "Sanne");
  CHECK_FALSE(other.reference);
  CHECK(other.name == "Joost");
  CHECK(ids(ref) == std::vector<Uuid>{t.s05 + "=", t.s20 + "!"});
  CHECK(ids(other) == std::vector<Uuid>{t.j08 + "=", t.j35 + "!"});
  CHECK(other.matched == 1);
  CHECK(other.onlyReference == 1);
  CHECK(other.onlyThis == 1);
  REQUIRE(model.links().size() == 1);
  CHECK(model.links()[0].reference->id == t.s05);
  CHECK(model.links()[0].other->id == t.j08);
  CHECK(model.links()[0].lane == 1);
  CHECK(model.links()[0].referenceLane == 0);
  REQUIRE(model.disagreements().size() == 2);
  CHECK(model.disagreements()[0].tag->id == t.s20);
  CHECK(model.disagreements()[0].at == 2000 * kMs);
  CHECK(model.disagreements()[1].tag->id == t.j35);
  CHECK(model.summary().text ==
        "Sanne (reference) and Joost: 1 matched \xC2\xB7 1 only Sanne \xC2\xB7 1 only Joost \xC2\xB7 onsets within "
        "\xC2\xB1" "0.5 s");
  app::setLanguage(app::Lang::Nl);
  REQUIRE(model.refresh(*t.ws, {.element = "engagement", .tolerance = 500 * kMs})); // the language changed
  CHECK(model.summary().text ==
        "Sanne (referentie) en Joost: 1 gekoppeld \xC2\xB7 1 alleen Sanne \xC2\xB7 1 alleen Joost \xC2\xB7 begin "
        "binnen \xC2\xB1" "0,5 s");
  app::setLanguage(app::Lang::En);
  // A wider tolerance pairs 2 s with 3.5 s as well.
  model.refresh(*t.ws, {.element = "engagement", .tolerance = 1500 * kMs});
  CHECK(model.links().size() == 2);
  CHECK(model.disagreements().empty());
}

TEST_CASE("Compare model: every element stacked per reviewer, and a chosen reference", "[compare]") {
  Two t = twoReviewers("compare_stacked");
  CompareModel model;
  model.refresh(*t.ws, {.tolerance = 500 * kMs});
  const std::size_t elements = t.ws->codebook().elements.size();
  REQUIRE(model.lanes().size() == 2 * elements);
  CHECK(model.lanes()[0].label == "Sanne \xC2\xB7 " + elementText(t.ws->codebook(), model.lanes()[0].element));
  for (std::size_t i = 0; i < model.lanes().size(); ++i)
    CHECK(model.lanes()[i].reference == (i < elements));
  // bond− of Sanne and bond+ of Joost at 3 s do not pair: both disagree.
  std::vector<Uuid> order;
  for (const Disagreement &d : model.disagreements())
    order.push_back(d.tag->id);
  CHECK(order == std::vector<Uuid>{t.s20, t.s30, t.j30, t.j35});
  CHECK(model.summary().matched == 1);
  CHECK(model.summary().onlyReference == 2);
  CHECK(model.summary().onlyOthers == 2);

  // Joost as the reference: his lanes first, the counts mirrored.
  const Uuid joostId = model.lanes()[elements].reviewer;
  model.refresh(*t.ws, {.element = "engagement", .reference = joostId, .tolerance = 500 * kMs});
  CHECK(model.reference() == joostId);
  CHECK(model.lanes()[0].name == "Joost");
  CHECK(model.lanes()[1].onlyReference == 1);
  CHECK(model.summary().text.rfind("Joost (reference) and Sanne: 1 matched", 0) == 0);
  // A reference that is not shown falls back to the default.
  model.refresh(*t.ws, {.element = "engagement", .reference = Uuid("nobody"), .tolerance = 500 * kMs});
  CHECK(model.lanes()[0].name == "Sanne");
}

TEST_CASE("Compare model: the gold standard is the default reference", "[compare]") {
  Two t = twoReviewers("compare_gold");
  CompareModel model;
  model.refresh(*t.ws, {.element = "engagement"});
  annotate::Reviewer joostRow = *t.ws->reviewer(model.lanes()[1].reviewer);
  joostRow.gold = true;
  t.ws->project().saveReviewer(joostRow);
  REQUIRE(t.ws->reload());
  model.refresh(*t.ws, {.element = "engagement"});
  CHECK(CompareModel::defaultReference(*t.ws) == joostRow.id);
  CHECK(model.lanes()[0].name == "Joost");
  CHECK(model.lanes()[0].gold);
}

TEST_CASE("Compare model: a blind round shows only the current reviewer's lanes", "[compare]") {
  Two t = twoReviewers("compare_blind");
  REQUIRE(t.ws->startRound(true, {"Sanne", "Joost"}));
  CompareModel model;
  model.refresh(*t.ws, {.element = "engagement"});
  REQUIRE(model.lanes().size() == 1);
  CHECK(model.lanes()[0].name == "Sanne");
  CHECK(model.links().empty());
  CHECK(model.disagreements().empty());
  CHECK(model.summary().others == 0);
  CHECK(model.summary().text == "Only the tags of Sanne are shown: there is nobody to compare with yet.");
}

TEST_CASE("Compare model: stepping to the next and previous disagreement", "[compare]") {
  const auto at = [](annotate::Micros t) { return Disagreement{.at = t}; };
  const std::vector<Disagreement> list = {at(2000 * kMs), at(2050 * kMs), at(3500 * kMs)};
  CHECK(CompareModel::step(list, 0, +1, std::nullopt) == 0u);
  // Landed 40 ms early on the first: the next is the second, 50 ms later.
  CHECK(CompareModel::step(list, 1960 * kMs, +1, 0u) == 1u);
  CHECK(CompareModel::step(list, 2050 * kMs, +1, 1u) == 2u);
  CHECK(CompareModel::step(list, 3500 * kMs, +1, 2u) == std::nullopt);
  CHECK(CompareModel::step(list, 3500 * kMs, -1, 2u) == 1u);
  CHECK(CompareModel::step(list, 3000 * kMs, -1, std::nullopt) == 1u);
  // The playhead moved away from the last one gone to: from the playhead.
  CHECK(CompareModel::step(list, 3000 * kMs, +1, 0u) == 2u);
  CHECK(CompareModel::step(list, 1000 * kMs, -1, std::nullopt) == std::nullopt);
  CHECK(CompareModel::step({}, 0, +1, std::nullopt) == std::nullopt);
}
