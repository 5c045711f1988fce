#include <catch2/catch.hpp>

#include <set>

#include "spiegel/annotate/roles.hpp"

using namespace spiegel::annotate;

TEST_CASE("Role labels cover family members and professionals in both languages", "[roles]") {
  std::set<std::string> keys;
  for (const RoleLabel &r : roleLabels()) {
    CHECK(keys.insert(r.key).second); // unique keys
    CHECK_FALSE(r.label.en.empty());
    CHECK_FALSE(r.label.nl.empty());
  }
  for (const char *k : {"moeder", "vader", "ouder", "stiefouder", "pleegouder", "jeugdige", "kind", "broer",
                        "zus", "grootouder", "netwerklid", "hulpverlener", "gezinsbehandelaar"})
    CHECK(findRole(k) != nullptr);

  REQUIRE(findRole("moeder") != nullptr);
  CHECK(findRole("moeder")->label.en == "mother");
  CHECK(findRole("moeder")->familyMember());
  CHECK(findRole("jeugdige")->defaultKind() == ParticipantKind::FamilyMember);
  CHECK_FALSE(findRole("hulpverlener")->familyMember());
  CHECK(findRole("gezinsbehandelaar")->defaultKind() == ParticipantKind::Professional);
  CHECK_FALSE(findRole("netwerklid")->familyMember());
  CHECK(findRole("Moeder") == nullptr);
  CHECK(findRole("") == nullptr);
}

TEST_CASE("roleText shows unknown roles as typed", "[roles]") {
  CHECK(roleText("zus").en == "sister");
  CHECK(roleText("buurvrouw").en == "buurvrouw");
  CHECK(roleText("buurvrouw").nl == "buurvrouw");
}
