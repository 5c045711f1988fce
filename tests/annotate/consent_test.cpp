// The consent check (annotate/consent.hpp): who must consent at which age on
// the day of use, with the age boundaries 11/12 and 15/16 (birth year only:
// the stricter reading), a child turning 12 during retention, a missing
// custodial parent, withdrawal, expiry, an intake-time consent, the face
// scope, unknown age and unchecked custody.
#include "spiegel/annotate/consent.hpp"

#include <catch2/catch.hpp>

using namespace spiegel::annotate;

namespace {

CivilDate day(const char *text) { return *parseCivilDate(text); }

struct Family {
  std::vector<Participant> people;
  std::vector<Consent> consents;

  Participant &add(const std::string &id, const std::string &role, int birthYear = 0) {
    Participant p;
    p.id = id;
    p.role = role;
    p.birthYear = birthYear;
    p.kind = role == "hulpverlener" ? ParticipantKind::Professional : ParticipantKind::FamilyMember;
    people.push_back(p);
    return people.back();
  }
  Consent &give(const std::string &person, const std::string &party, Purpose purpose = Purpose::Supervision,
                const std::string &on = "2026-03-10") {
    Consent c;
    c.id = "c" + std::to_string(consents.size());
    c.recording = "rec";
    c.person = person;
    c.party = party;
    c.purpose = purpose;
    c.givenOn = on;
    consents.push_back(c);
    return consents.back();
  }
  ConsentVerdict check(const char *today, Purpose purpose = Purpose::Supervision,
                       std::optional<std::vector<Uuid>> visible = std::nullopt) const {
    ConsentFacts f{.people = people, .consents = consents, .recording = "rec", .recordedOn = day("2026-03-10")};
    return checkConsent(f, {.purpose = purpose, .today = day(today), .visible = std::move(visible)});
  }
};

// A child with both parents holding custody, checked in the register.
Family childWithParents(int birthYear) {
  Family f;
  f.add("mum", "moeder");
  f.add("dad", "vader");
  auto &kid = f.add("kid", "zoon", birthYear);
  kid.custodians = {"mum", "dad"};
  kid.custodySource = "gezagsregister";
  kid.custodyCheckedOn = "2026-03-01";
  f.give("mum", "mum");
  f.give("dad", "dad");
  return f;
}

std::vector<ConsentProblemKind> kinds(const ConsentVerdict &v) {
  std::vector<ConsentProblemKind> out;
  for (const auto &p : v.problems)
    out.push_back(p.kind);
  return out;
}

} // namespace

TEST_CASE("dates parse strictly and add years", "[consent]") {
  CHECK(parseCivilDate("2026-02-29") == std::nullopt);
  CHECK(parseCivilDate("2028-02-29").has_value());
  CHECK(parseCivilDate("3-12-2026") == std::nullopt);
  CHECK(parseCivilDate("2026-13-01") == std::nullopt);
  CHECK(formatCivilDate(addYears(day("2028-02-29"), 5)) == "2033-02-28");
  CHECK(formatCivilDate(addMonths(day("2026-01-31"), 1)) == "2026-02-28");
  CHECK(daysBetween(day("2026-12-01"), day("2027-01-01")) == 31);
  CHECK(formatCivilDate(civilDateOfUnixMillis(0)) == "1970-01-01");
  CHECK(formatCivilDate(civilDateOfUnixMillis(-1)) == "1969-12-31");
  CHECK(daysBetween(day("2024-02-28"), day("2024-03-01")) == 2); // a leap year
  CHECK(daysBetween(day("1900-02-28"), day("1900-03-01")) == 1); // not one
  CHECK(daysBetween(day("1970-01-01"), day("2000-01-01")) == 10957);
  CHECK_FALSE(parseCivilDate("2100-02-29"));
  CHECK(parseCivilDate("2000-02-29"));
  CHECK(formatCivilDate(addDays(day("2026-12-03"), -14)) == "2026-11-19");
  CHECK(formatCivilDate(addDays(day("2024-02-28"), 2)) == "2024-03-01");
  CHECK(formatCivilDate(civilDateOfUnixMillis(1'796'256'000'000)) == "2026-12-03");
}

TEST_CASE("everyone gives their own consent: allowed", "[consent]") {
  Family f;
  f.add("mum", "moeder");
  f.add("pro", "hulpverlener");
  f.give("mum", "mum");
  f.give("pro", "pro");
  CHECK(f.check("2026-04-01").allowed());
  // Another purpose was not consented to; the professional counts too.
  const auto teaching = f.check("2026-04-01", Purpose::Teaching);
  REQUIRE(teaching.problems.size() == 2);
  CHECK(teaching.problems[0] == ConsentProblem{ConsentProblemKind::Missing, "mum", "mum", ""});
  CHECK(teaching.problems[1].person == "pro");
}

TEST_CASE("under 12: both parents and the child's assent", "[consent][age]") {
  auto f = childWithParents(2018); // 8 in 2026
  CHECK(ageBandOn(f.people[2], day("2026-04-01")) == AgeBand::Under12);
  CHECK(kinds(f.check("2026-04-01")) == std::vector{ConsentProblemKind::ParentMissing,
                                                     ConsentProblemKind::ParentMissing,
                                                     ConsentProblemKind::AssentMissing});
  f.give("kid", "mum");
  f.give("kid", "kid"); // assent
  const auto oneParent = f.check("2026-04-01");
  REQUIRE(oneParent.problems.size() == 1);
  CHECK(oneParent.problems[0] == ConsentProblem{ConsentProblemKind::ParentMissing, "kid", "dad", ""});
  f.give("kid", "dad");
  CHECK(f.check("2026-04-01").allowed());
}

TEST_CASE("the 11/12 boundary reads a birth year strictly", "[consent][age]") {
  Participant p;
  p.role = "dochter";
  p.birthYear = 2015;
  CHECK(ageBandOn(p, day("2026-01-01")) == AgeBand::Under12); // 10 or 11
  p.birthYear = 2014;
  CHECK(ageBandOn(p, day("2026-01-01")) == AgeBand::From12To15); // 11 or 12: stricter
  p.birthYear = 2010;
  CHECK(ageBandOn(p, day("2026-12-31")) == AgeBand::From12To15); // 15 or 16: stricter
  p.birthYear = 2009;
  CHECK(ageBandOn(p, day("2026-01-01")) == AgeBand::From16); // 16 or 17
  p.birthYear = 0;
  p.ageBand = AgeBand::From16;
  CHECK(ageBandOn(p, day("2026-01-01")) == AgeBand::From16);
}

TEST_CASE("12-15: the young person and every custodial parent", "[consent][age]") {
  auto f = childWithParents(2012); // 13 or 14 in 2026
  f.give("kid", "mum");
  f.give("kid", "dad");
  const auto v = f.check("2026-04-01");
  REQUIRE(v.problems.size() == 1);
  CHECK(v.problems[0] == ConsentProblem{ConsentProblemKind::YoungPersonMissing, "kid", "kid", ""});
  f.give("kid", "kid");
  CHECK(f.check("2026-04-01").allowed());
}

TEST_CASE("16 and older: the young person alone", "[consent][age]") {
  auto f = childWithParents(2009); // 16 or 17 in 2026
  f.people[2].custodians.clear(); // no parents needed, so none recorded is fine
  f.give("kid", "kid");
  CHECK(f.check("2026-04-01").allowed());
  // Born 2010, used in 2026: 15 or 16, so the parents are still asked.
  f.people[2].birthYear = 2010;
  CHECK(kinds(f.check("2026-04-01")) == std::vector{ConsentProblemKind::NoCustodian});
}

TEST_CASE("a child who turns 12 during retention is judged anew", "[consent][age]") {
  auto f = childWithParents(2015); // 10 or 11 in 2026
  f.give("kid", "mum");
  f.give("kid", "dad");
  Consent &assent = f.give("kid", "kid");
  CHECK(f.check("2026-04-01").allowed());
  // The assent of a child under 12 counts as the young person's own record
  // when the child is 12–15; it is the same record, so still allowed...
  CHECK(f.check("2027-06-01").allowed());
  // ...but a child who was only noted through the parents now needs their own.
  f.consents.erase(f.consents.begin() + (&assent - f.consents.data()));
  CHECK(kinds(f.check("2026-04-01")) == std::vector{ConsentProblemKind::AssentMissing});
  CHECK(kinds(f.check("2027-06-01")) == std::vector{ConsentProblemKind::YoungPersonMissing});
  // And at 16+ (2032: 16 or 17) the parents' records no longer matter.
  f.give("kid", "kid");
  f.people[2].custodians.clear();
  CHECK(f.check("2032-01-01").allowed());
}

TEST_CASE("withdrawal blocks at once; the newest record counts", "[consent]") {
  auto f = childWithParents(2009);
  f.give("kid", "kid");
  CHECK(f.check("2026-04-01").allowed());
  Consent w = f.consents.back();
  w.id = "w";
  w.state = ConsentState::Withdrawn;
  w.withdrawnOn = "2026-05-02";
  w.updatedAt = 10;
  f.consents.push_back(w);
  const auto v = f.check("2026-05-02");
  REQUIRE(v.problems.size() == 1);
  CHECK(v.problems[0] == ConsentProblem{ConsentProblemKind::Withdrawn, "kid", "kid", "2026-05-02"});
  // A parent's refusal for the child blocks too (under 16).
  f.people[2].birthYear = 2013;
  f.consents.pop_back();
  f.give("kid", "mum").state = ConsentState::Refused;
  f.give("kid", "dad");
  CHECK(kinds(f.check("2026-04-01")) == std::vector{ConsentProblemKind::Refused});
}

TEST_CASE("expired, too general, face scope", "[consent]") {
  Family f;
  f.add("mum", "moeder");
  Consent &c = f.give("mum", "mum");
  c.expires = "2026-06-30";
  CHECK(f.check("2026-06-30").allowed());
  CHECK(kinds(f.check("2026-07-01")) == std::vector{ConsentProblemKind::Expired});
  c.expires.clear();
  c.givenOn = "2025-11-01"; // at intake, months before the recording
  CHECK(kinds(f.check("2026-04-01")) == std::vector{ConsentProblemKind::TooGeneral});
  c.givenOn = "2026-03-10";
  c.faceVisible = false;
  CHECK(kinds(f.check("2026-04-01")) == std::vector{ConsentProblemKind::FaceNotAllowed});
  // A recording without people: not known who is in it, so not allowed.
  const std::vector<Participant> nobody;
  const auto none = checkConsent({.people = nobody, .consents = f.consents, .recording = "rec"},
                                 {.purpose = Purpose::Reflection, .today = day("2026-04-01")});
  CHECK(kinds(none) == std::vector{ConsentProblemKind::NoPeople});
  // A use before the day consent was given finds none yet.
  CHECK(kinds(f.check("2026-03-09")) == std::vector{ConsentProblemKind::Missing});
  ConsentFacts facts{.people = f.people, .consents = f.consents, .recording = "rec"};
  CHECK(checkConsent(facts, {.purpose = Purpose::Supervision, .today = day("2026-04-01"), .facesShown = false})
            .allowed());
}

TEST_CASE("unknown age, no custodian, unchecked custody, visible subset", "[consent]") {
  Family f;
  f.add("mum", "moeder");
  f.give("mum", "mum");
  f.add("kid", "jeugdige");
  CHECK(kinds(f.check("2026-04-01")) == std::vector{ConsentProblemKind::AgeUnknown});
  // Only the mother is seen in this stretch.
  CHECK(f.check("2026-04-01", Purpose::Supervision, std::vector<Uuid>{"mum"}).allowed());
  f.people[1].ageBand = AgeBand::From12To15;
  f.give("kid", "kid");
  CHECK(kinds(f.check("2026-04-01")) == std::vector{ConsentProblemKind::NoCustodian});
  f.people[1].custodians = {"mum"};
  f.give("kid", "mum");
  CHECK(kinds(f.check("2026-04-01")) == std::vector{ConsentProblemKind::CustodyUnchecked});
  f.people[1].custodySource = "gezagsregister";
  f.people[1].custodyCheckedOn = "2026-03-01";
  CHECK(f.check("2026-04-01").allowed());
}

TEST_CASE("problems read as one sentence in both languages", "[consent]") {
  const auto name = [](const Uuid &id) { return id == "dad" ? std::string("vader") : std::string("zoon"); };
  const auto t = describe({ConsentProblemKind::ParentMissing, "kid", "dad", ""}, name);
  CHECK(t.en == "no consent from vader (parental authority) for zoon");
  CHECK(t.nl == "geen toestemming van vader (gezag) voor zoon");
  for (auto p : allPurposes()) {
    CHECK(parsePurpose(purposeKey(p)) == p);
    CHECK(!purposeText(p).nl.empty());
  }
  CHECK(parsePurpose("teach") == std::nullopt);
}
