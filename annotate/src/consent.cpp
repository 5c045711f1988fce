#include "spiegel/annotate/consent.hpp"

#include <algorithm>
#include <array>
#include <tuple>

namespace spiegel::annotate {

namespace {
struct PurposeInfo {
  Purpose purpose;
  std::string_view key;
  Text text;
};

const std::array<PurposeInfo, 6> &purposeTable() {
  static const std::array<PurposeInfo, 6> t{{
      {Purpose::Reflection, "reflection", {"own reflection", "eigen reflectie"}},
      {Purpose::Supervision, "supervision", {"supervision", "supervisie"}},
      {Purpose::Intervision, "intervision", {"intervision group", "intervisiegroep"}},
      {Purpose::Recall, "recall", {"recall with the family", "terugkijken met het gezin"}},
      {Purpose::Teaching, "teaching", {"teaching outside the team", "onderwijs buiten het team"}},
      {Purpose::Research, "research", {"research", "onderzoek"}},
  }};
  return t;
}

// Roles that name a child: without age facts such a person's age is unknown.
bool childRole(std::string_view role) {
  static constexpr std::string_view kRoles[] = {"jeugdige", "kind",     "zoon", "dochter",
                                                "broer",    "zus",      "halfbroer", "halfzus"};
  return std::find(std::begin(kRoles), std::end(kRoles), role) != std::end(kRoles);
}

bool isMinor(AgeBand b) { return b == AgeBand::Under12 || b == AgeBand::From12To15; }

// The problem a party's current record makes, if any.
std::optional<ConsentProblem> judge(const ConsentFacts &facts, const ConsentQuery &q, const Participant &person,
                                    const Uuid &party, AgeBand band) {
  const Consent *c = currentConsent(facts, person.id, party, q.purpose);
  ConsentProblem p{.person = person.id, .party = party};
  const auto given = c ? parseCivilDate(c->givenOn) : std::nullopt;
  if (!c || (given && *given > q.today)) { // a consent given after the day of use was not there yet
    if (party != person.id)
      p.kind = ConsentProblemKind::ParentMissing;
    else if (band == AgeBand::Under12)
      p.kind = ConsentProblemKind::AssentMissing;
    else if (band == AgeBand::From12To15)
      p.kind = ConsentProblemKind::YoungPersonMissing;
    else
      p.kind = ConsentProblemKind::Missing;
    return p;
  }
  if (c->state == ConsentState::Refused) {
    p.kind = ConsentProblemKind::Refused;
    p.date = c->givenOn;
    return p;
  }
  const auto withdrawn = parseCivilDate(c->withdrawnOn);
  if (c->state == ConsentState::Withdrawn || (withdrawn && *withdrawn <= q.today)) {
    p.kind = ConsentProblemKind::Withdrawn;
    p.date = c->withdrawnOn;
    return p;
  }
  if (const auto expires = parseCivilDate(c->expires); expires && *expires < q.today) {
    p.kind = ConsentProblemKind::Expired;
    p.date = c->expires;
    return p;
  }
  if (facts.recordedOn && (!given || *given < *facts.recordedOn)) {
    p.kind = ConsentProblemKind::TooGeneral;
    p.date = c->givenOn;
    return p;
  }
  if (!c->faceVisible && q.facesShown) {
    p.kind = ConsentProblemKind::FaceNotAllowed;
    return p;
  }
  return std::nullopt;
}
} // namespace

std::span<const Purpose> allPurposes() {
  static const std::array<Purpose, 6> all = [] {
    std::array<Purpose, 6> a{};
    for (std::size_t i = 0; i < a.size(); ++i)
      a[i] = purposeTable()[i].purpose;
    return a;
  }();
  return all;
}

std::string_view purposeKey(Purpose p) { return purposeTable()[static_cast<std::size_t>(p)].key; }

std::optional<Purpose> parsePurpose(std::string_view key) {
  for (const auto &info : purposeTable())
    if (info.key == key)
      return info.purpose;
  return std::nullopt;
}

Text purposeText(Purpose p) { return purposeTable()[static_cast<std::size_t>(p)].text; }

std::string_view consentStateKey(ConsentState s) {
  switch (s) {
  case ConsentState::Given: return "given";
  case ConsentState::Refused: return "refused";
  case ConsentState::Withdrawn: return "withdrawn";
  }
  return "given";
}

std::optional<ConsentState> parseConsentState(std::string_view key) {
  for (auto s : {ConsentState::Given, ConsentState::Refused, ConsentState::Withdrawn})
    if (consentStateKey(s) == key)
      return s;
  return std::nullopt;
}

AgeBand ageBandOn(const Participant &p, CivilDate day) {
  if (p.birthYear > 0) {
    // Born in birthYear: on `day` the person is (year - birthYear) or one
    // less. Take the band that asks for more consent.
    const int older = day.year - p.birthYear;
    if (older <= 11)
      return AgeBand::Under12;
    if (older <= 16) // 11/12 and 15/16 read as 12–15
      return AgeBand::From12To15;
    return AgeBand::From16;
  }
  if (p.ageBand != AgeBand::Unknown)
    return p.ageBand;
  if (p.kind == ParticipantKind::FamilyMember && childRole(p.role))
    return AgeBand::Unknown;
  return AgeBand::From16;
}

const Consent *currentConsent(const ConsentFacts &facts, const Uuid &person, const Uuid &party, Purpose purpose) {
  const Consent *best = nullptr;
  for (const auto &c : facts.consents) {
    if (c.deleted || c.recording != facts.recording || c.person != person || c.party != party ||
        c.purpose != purpose)
      continue;
    if (!best || std::tie(c.givenOn, c.updatedAt) > std::tie(best->givenOn, best->updatedAt))
      best = &c;
  }
  return best;
}

ConsentVerdict checkConsent(const ConsentFacts &facts, const ConsentQuery &query) {
  ConsentVerdict v;
  const bool anyone = std::any_of(facts.people.begin(), facts.people.end(), [](const Participant &p) { return !p.deleted; });
  if (!anyone && !(query.visible && query.visible->empty())) {
    v.problems.push_back({.kind = ConsentProblemKind::NoPeople});
    return v;
  }
  for (const auto &person : facts.people) {
    if (person.deleted)
      continue;
    if (query.visible &&
        std::find(query.visible->begin(), query.visible->end(), person.id) == query.visible->end())
      continue;
    const AgeBand band = ageBandOn(person, query.today);
    if (band == AgeBand::Unknown) {
      v.problems.push_back({.kind = ConsentProblemKind::AgeUnknown, .person = person.id});
      continue;
    }
    if (band != AgeBand::Under12) // under 12 the child's record is assent, judged after the parents
      if (auto p = judge(facts, query, person, person.id, band))
        v.problems.push_back(*p);
    if (isMinor(band)) {
      if (person.custodians.empty())
        v.problems.push_back({.kind = ConsentProblemKind::NoCustodian, .person = person.id});
      else if (person.custodySource.empty() || !parseCivilDate(person.custodyCheckedOn))
        v.problems.push_back({.kind = ConsentProblemKind::CustodyUnchecked, .person = person.id});
      for (const auto &parent : person.custodians)
        if (auto p = judge(facts, query, person, parent, band))
          v.problems.push_back(*p);
    }
    if (band == AgeBand::Under12)
      if (auto p = judge(facts, query, person, person.id, band))
        v.problems.push_back(*p);
  }
  return v;
}

Text describe(const ConsentProblem &p, const std::function<std::string(const Uuid &)> &nameOf) {
  const std::string who = nameOf(p.person), party = p.party.empty() ? std::string() : nameOf(p.party);
  const std::string &d = p.date;
  switch (p.kind) {
  case ConsentProblemKind::NoPeople:
    return {"who is in the recording is not recorded: add the people first",
            "wie er in de opname te zien is, is niet vastgelegd: voeg eerst de mensen toe"};
  case ConsentProblemKind::Missing:
    return {"no consent recorded from " + who, "geen toestemming vastgelegd van " + who};
  case ConsentProblemKind::YoungPersonMissing:
    return {who + " is 12–15: their own consent is needed too, and it is not recorded",
            who + " is 12–15: eigen toestemming is ook nodig en is niet vastgelegd"};
  case ConsentProblemKind::AssentMissing:
    return {who + " is under 12: the child's assent is not recorded",
            who + " is jonger dan 12: de instemming van het kind is niet vastgelegd"};
  case ConsentProblemKind::ParentMissing:
    return {"no consent from " + party + " (parental authority) for " + who,
            "geen toestemming van " + party + " (gezag) voor " + who};
  case ConsentProblemKind::Refused:
    if (party != who)
      return {party + " refused for " + who, party + " heeft geweigerd voor " + who};
    return {who + " refused", who + " heeft geweigerd"};
  case ConsentProblemKind::Withdrawn:
    if (party != who)
      return {party + " withdrew consent for " + who + (d.empty() ? "" : " on " + d),
              party + " heeft de toestemming voor " + who + " ingetrokken" + (d.empty() ? "" : " op " + d)};
    return {who + " withdrew consent" + (d.empty() ? "" : " on " + d),
            who + " heeft de toestemming ingetrokken" + (d.empty() ? "" : " op " + d)};
  case ConsentProblemKind::Expired:
    return {"the consent " + std::string(party == who ? "of " + who : "from " + party + " for " + who) +
                " expired on " + d,
            "de toestemming " + std::string(party == who ? "van " + who : "van " + party + " voor " + who) +
                " is verlopen op " + d};
  case ConsentProblemKind::TooGeneral:
    return {"the consent " + std::string(party == who ? "of " + who : "from " + party + " for " + who) +
                " was given before the recording (" + (d.empty() ? "no date" : d) +
                "): too general, ask again for this recording",
            "de toestemming " + std::string(party == who ? "van " + who : "van " + party + " voor " + who) +
                " is gegeven vóór de opname (" + (d.empty() ? "geen datum" : d) +
                "): te algemeen, vraag het opnieuw voor deze opname"};
  case ConsentProblemKind::FaceNotAllowed:
    return {who + " may be shown only unrecognisably (face not visible)",
            who + " mag alleen onherkenbaar in beeld (gezicht niet zichtbaar)"};
  case ConsentProblemKind::AgeUnknown:
    return {"the age of " + who + " is not known: enter a birth year or an age band",
            "de leeftijd van " + who + " is niet bekend: vul een geboortejaar of leeftijdsgroep in"};
  case ConsentProblemKind::NoCustodian:
    return {"who holds parental authority over " + who + " is not recorded",
            "wie het gezag heeft over " + who + " is niet vastgelegd"};
  case ConsentProblemKind::CustodyUnchecked:
    return {"custody of " + who + " is not checked: record the source and the date",
            "het gezag over " + who + " is niet gecontroleerd: leg de bron en de datum vast"};
  }
  return {who, who};
}

} // namespace spiegel::annotate
