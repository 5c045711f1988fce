#include "demo/demo_consent.hpp"

#include <string>

namespace spiegel::app::demo {

using annotate::ConsentState;
using annotate::Purpose;

void addDemoConsent(store::Project &p, store::Recording rec, const std::array<annotate::Uuid, 4> &people,
                    annotate::CivilDate today) {
  const auto recordedOn = annotate::addDays(today, -14);
  const std::string day = annotate::formatCivilDate(recordedOn);
  rec.recordedOn = day;
  rec.retainUntil = annotate::formatCivilDate(annotate::addYears(recordedOn, 1));
  p.updateRecording(rec);

  const auto &[pro, mother, father, youth] = people;
  auto young = p.participants();
  for (auto &q : young) {
    if (q.id != youth)
      continue;
    q.birthYear = today.year - 14; // 13 or 14 today: 12–15 either way
    q.custodians = {mother, father};
    q.custodySource = "gezagsregister";
    q.custodyCheckedOn = annotate::formatCivilDate(annotate::addDays(recordedOn, -3));
    p.saveParticipant(q);
  }

  const auto give = [&](const annotate::Uuid &person, const annotate::Uuid &party, Purpose purpose,
                        ConsentState state = ConsentState::Given, bool face = true) {
    annotate::Consent c;
    c.recording = rec.id;
    c.person = person;
    c.party = party;
    c.purpose = purpose;
    c.state = state;
    c.givenOn = day;
    c.recordedBy = "Sanne";
    c.faceVisible = face;
    c.evidence = "getekend formulier in het dossier";
    if (purpose == Purpose::Teaching) {
      c.audience = "opleidingsgroep";
      c.expires = annotate::formatCivilDate(annotate::addYears(recordedOn, 5));
    }
    p.saveConsent(c);
  };
  for (const Purpose purpose : {Purpose::Reflection, Purpose::Supervision, Purpose::Intervision, Purpose::Recall}) {
    for (const auto &adult : {pro, mother, father})
      give(adult, adult, purpose);
    for (const auto &party : {youth, mother, father})
      give(youth, party, purpose);
  }
  give(pro, pro, Purpose::Teaching);
  give(mother, mother, Purpose::Teaching);
  give(father, father, Purpose::Teaching, ConsentState::Refused);
  for (const auto &party : {youth, mother, father})
    give(youth, party, Purpose::Teaching, ConsentState::Given, false);
}

} // namespace spiegel::app::demo
