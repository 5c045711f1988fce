#include <catch2/catch.hpp>

#include "spiegel/annotate/tag_filter.hpp"
#include "test_codebook.hpp"

using namespace spiegel::annotate;
using namespace spiegel::annotate::test;

TEST_CASE("An empty filter passes every live tag and no tombstone", "[filter]") {
  const Codebook cb = miniCodebook();
  TagFilter f;
  CHECK(f.empty());
  Annotation a = tag("a", 0, 0, "bond");
  CHECK(f.matches(a, cb));
  a.deleted = true;
  CHECK_FALSE(f.matches(a, cb));
  f.includeDeleted = true;
  CHECK(f.matches(a, cb));
}

TEST_CASE("Filters by element, valence, participant and reviewer", "[filter]") {
  const Codebook cb = miniCodebook();
  const Annotation mum = tag("a", 0, 0, "bond", Valence::Negative, {"mum"});
  const Annotation both = tag("b", 0, 0, "safety", Valence::Positive, {"mum", "son"});
  const Annotation family = tag("c", 0, 0, "system", Valence::Positive, {});
  Annotation other = tag("d", 0, 0, "bond", Valence::Positive, {"son"});
  other.reviewer = "trainer";

  TagFilter f;
  f.elements = {"bond", "system"};
  CHECK(f.matches(mum, cb));
  CHECK_FALSE(f.matches(both, cb));
  CHECK(f.matches(family, cb));

  f = {};
  f.valence = Valence::Negative;
  CHECK(f.matches(mum, cb));
  CHECK_FALSE(f.matches(both, cb));

  f = {};
  f.participants = {"son"};
  CHECK_FALSE(f.matches(mum, cb));
  CHECK(f.matches(both, cb));
  CHECK_FALSE(f.matches(family, cb));
  f.participants = {kFamilySubject};
  CHECK(f.matches(family, cb));
  CHECK(f.matches(tag("e", 0, 0, "system", Valence::Positive, {kFamilySubject}), cb));
  CHECK_FALSE(f.matches(mum, cb));

  f = {};
  f.reviewers = {"trainer"};
  CHECK(f.matches(other, cb));
  CHECK_FALSE(f.matches(mum, cb));

  f.elements = {"bond"};
  f.valence = Valence::Negative; // all criteria must hold
  CHECK_FALSE(f.matches(other, cb));
}

TEST_CASE("Text search is case-insensitive over the note and the indicator label", "[filter]") {
  const Codebook cb = miniCodebook();
  Annotation a = tag("a", 0, 0, "safety", Valence::Negative, {"mum"}, "safety.minus.uneasy_recording");
  a.note = "Moeder kijkt naar de CAMÉRA";
  TagFilter f;
  f.text = "caméra";
  CHECK(f.matches(a, cb)); // note, accented capital folded
  f.text = "UNEASY";
  CHECK(f.matches(a, cb)); // English label
  f.text = "ongemakkelijk";
  CHECK(f.matches(a, cb)); // Dutch label
  f.text = "huilen";
  CHECK_FALSE(f.matches(a, cb));
  CHECK(foldCase("ÀÉÏÖ×Þ ABC") == "àéïö×þ abc");
  CHECK(containsFolded("Gezinsalliantie", "ALLIANTIE"));
  CHECK(containsFolded("x", ""));
}
