// The contract of project.hpp, run on every backend: consent records and
// the consent facts of participants and recordings (issue #13 §1) —
// stored, checked, withdrawn, exported and merged.
#include "backends.hpp"

#include "spiegel/annotate/consent.hpp"
#include "spiegel/store/package.hpp"
#include "spiegel/store/uuid.hpp"

using namespace spiegel;
using namespace spiegel::test;
using annotate::ConsentState;
using annotate::Purpose;
using store::ErrorCode;

namespace {

struct Family {
  store::Participant mother, child;
};

Family familyOf(store::Project &p) {
  const auto mother = p.saveParticipant({.role = "moeder", .colour = "#aa3355"});
  const auto child = p.saveParticipant(
      {.role = "dochter", .colour = "#3355aa", .birthYear = 2013, .custodians = {mother.id},
       .custodySource = "gezagsregister", .custodyCheckedOn = "2026-11-02"});
  return {mother, child};
}

annotate::Consent given(const store::Project &p, const store::Participant &person, const store::Participant &party,
                        Purpose purpose) {
  return {.recording = p.recordings().front().id,
          .person = person.id,
          .party = party.id,
          .purpose = purpose,
          .givenOn = "2026-11-02",
          .recordedBy = "Fenna",
          .evidence = "signed form in the dossier"};
}

} // namespace

CONTRACT_TEST("consent: saved with an id, read back, fields checked, audited", "[consent]") {
  auto p = projectOn<TestType>("consent");
  const auto [mother, child] = familyOf(p);
  CHECK(p.participants().back().custodians == std::vector<store::Uuid>{mother.id});
  CHECK(p.participants().back().birthYear == 2013);

  const auto auditBefore = p.audit().size();
  const auto c = p.saveConsent(given(p, child, mother, Purpose::Supervision));
  CHECK(c.id.size() == 36);
  CHECK(c.updatedAt > 0);
  REQUIRE(p.consents().size() == 1);
  CHECK(p.consents().front() == c);
  REQUIRE(p.audit().size() == auditBefore + 1);
  CHECK(p.audit().back().action == "create");
  CHECK(p.audit().back().object == "consent " + c.id);

  auto edited = c;
  edited.faceVisible = false;
  edited.audience = "supervisor only";
  const auto saved = p.saveConsent(edited);
  CHECK(saved.updatedAt > c.updatedAt);
  CHECK(p.consents().size() == 1);
  CHECK_FALSE(p.consents().front().faceVisible);
  CHECK(p.audit().back().action == "edit");

  auto bad = given(p, child, mother, Purpose::Teaching);
  bad.recording = kUnknownId;
  CHECK(throwsStore([&] { p.saveConsent(bad); }, ErrorCode::BadValue) == "recording");
  bad = given(p, child, mother, Purpose::Teaching);
  bad.person = kUnknownId;
  CHECK(throwsStore([&] { p.saveConsent(bad); }, ErrorCode::BadValue) == "person");
  bad = given(p, child, mother, Purpose::Teaching);
  bad.party = kUnknownId;
  CHECK(throwsStore([&] { p.saveConsent(bad); }, ErrorCode::BadValue) == "party");
  bad = given(p, child, mother, Purpose::Teaching);
  bad.givenOn = "2 november";
  CHECK(throwsStore([&] { p.saveConsent(bad); }, ErrorCode::BadValue) == "givenOn");
  bad = given(p, child, mother, Purpose::Teaching);
  bad.expires = "2026-02-30";
  CHECK(throwsStore([&] { p.saveConsent(bad); }, ErrorCode::BadValue) == "expires");
  bad = given(p, child, mother, Purpose::Teaching);
  bad.state = ConsentState::Withdrawn; // a withdrawal needs its day
  CHECK(throwsStore([&] { p.saveConsent(bad); }, ErrorCode::BadValue) == "withdrawnOn");
  CHECK(p.consents().size() == 1);

  auto gone = saved;
  gone.deleted = true;
  p.saveConsent(gone);
  CHECK(p.consents().empty());
  CHECK(p.consents(true).size() == 1);
  CHECK(p.audit().back().action == "delete");
}

CONTRACT_TEST("consent facts: birth year, custody and recording days are checked", "[consent]") {
  auto p = projectOn<TestType>("consent-facts");
  const auto [mother, child] = familyOf(p);
  auto self = child;
  self.custodians = {child.id};
  CHECK(throwsStore([&] { p.saveParticipant(self); }, ErrorCode::BadValue) == "custodians");
  auto old = child;
  old.birthYear = 1850;
  CHECK(throwsStore([&] { p.saveParticipant(old); }, ErrorCode::BadValue) == "birthYear");
  auto day = child;
  day.custodyCheckedOn = "yesterday";
  CHECK(throwsStore([&] { p.saveParticipant(day); }, ErrorCode::BadValue) == "custodyCheckedOn");
  CHECK(p.participants().back() == child);

  auto r = p.recordings().front();
  r.recordedOn = "2026-11-02";
  r.retainUntil = "2027-11-02";
  p.updateRecording(r);
  CHECK(p.recordings().front().recordedOn == "2026-11-02");
  CHECK(p.recordings().front().retainUntil == "2027-11-02");
  r.retainUntil = "2027-13-01";
  CHECK(throwsStore([&] { p.updateRecording(r); }, ErrorCode::BadValue) == "retainUntil");
  CHECK(p.recordings().front().retainUntil == "2027-11-02");
}

CONTRACT_TEST("consent: a withdrawal blocks the use and marks the recording for deletion", "[consent]") {
  auto p = projectOn<TestType>("consent-withdraw");
  const auto [mother, child] = familyOf(p);
  auto r = p.recordings().front();
  r.recordedOn = "2026-11-02";
  p.updateRecording(r);
  p.saveConsent(given(p, mother, mother, Purpose::Supervision));
  p.saveConsent(given(p, child, mother, Purpose::Supervision));
  p.saveConsent(given(p, child, child, Purpose::Supervision));

  const auto ask = [&] {
    const auto people = p.participants();
    const auto consents = p.consents();
    return annotate::checkConsent({.people = people, .consents = consents, .recording = r.id,
                                   .recordedOn = annotate::CivilDate{2026, 11, 2}},
                                  {.purpose = Purpose::Supervision, .today = annotate::CivilDate{2026, 12, 3}});
  };
  CHECK(ask().allowed());
  CHECK(p.recordings().front().deletionRequestedOn.empty());

  auto back = p.consents().front();
  back.state = ConsentState::Withdrawn;
  back.withdrawnOn = "2026-12-01";
  p.saveConsent(back);
  CHECK(p.audit().back().action == "withdraw");
  CHECK(p.recordings().front().deletionRequestedOn == "2026-12-01");
  const auto verdict = ask();
  REQUIRE_FALSE(verdict.allowed());
  CHECK(verdict.problems.front().kind == annotate::ConsentProblemKind::Withdrawn);

  // A second withdrawal keeps the first day of the request.
  auto second = p.consents().back();
  second.state = ConsentState::Withdrawn;
  second.withdrawnOn = "2026-12-02";
  p.saveConsent(second);
  CHECK(p.recordings().front().deletionRequestedOn == "2026-12-01");
}

CONTRACT_TEST("consent travels in the package and merges idempotently, people mapped", "[consent][merge]") {
  auto a = projectOn<TestType>("consent-merge-a");
  const auto [mother, child] = familyOf(a);
  auto r = a.recordings().front();
  r.recordedOn = "2026-11-02";
  r.retainUntil = "2027-11-02";
  a.updateRecording(r);
  const auto c = a.saveConsent(given(a, child, mother, Purpose::Intervision));

  const auto pkg = store::parsePackage(store::packageToJson(a.exportPackage()), "a.json");
  REQUIRE(pkg.consents.size() == 1);
  CHECK(pkg.consents.front().value == c);
  REQUIRE(pkg.participants.size() == 2);
  CHECK(pkg.participants.back().value.custodians == std::vector<store::Uuid>{mother.id});
  CHECK(pkg.participants.back().value.custodySource == "gezagsregister");
  CHECK(pkg.recordings.front().value.recordedOn == "2026-11-02");

  auto b = store::Project::create(TestType::freshLocation("consent-merge-b"), {.codebook = smallCodebook()});
  const auto first = b.merge(pkg, "a.json");
  CHECK(first.conflicts.empty());
  REQUIRE(b.consents().size() == 1);
  const auto merged = b.consents().front();
  CHECK(merged.id == c.id);
  CHECK(merged.purpose == Purpose::Intervision);
  CHECK(merged.evidence == "signed form in the dossier");
  // The people it names are b's participants (mapped when they had twins).
  const auto people = b.participants();
  const auto has = [&](const store::Uuid &id) {
    return std::any_of(people.begin(), people.end(), [&](const auto &q) { return q.id == id; });
  };
  CHECK(has(merged.person));
  CHECK(has(merged.party));
  CHECK(b.recordings().front().retainUntil == "2027-11-02");
  const auto after = entities(b);
  CHECK_FALSE(b.merge(pkg, "a.json").changedAnything());
  CHECK(entities(b) == after);

  // A consent naming a person nobody has is refused with its entry.
  auto orphan = pkg;
  orphan.consents.front().value.person = kUnknownId;
  orphan.consents.front().value.id = store::newUuid();
  auto d = store::Project::create(TestType::freshLocation("consent-merge-d"), {.codebook = smallCodebook()});
  CHECK(throwsStore([&] { d.merge(orphan, "o.json"); }, ErrorCode::BadValue) == "consents[0].person");
}
