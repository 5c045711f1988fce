#pragma once
// Consent per person × purpose, and the one check every use asks (issue #13
// §1; domain.md §5.1, §5.5 rules 1–4): the window, the CLI, recall sessions
// and export all call checkConsent() and show its problems; none decides on
// its own.
//
//   ConsentFacts facts{.people = people, .consents = records, .recording = rec.id,
//                      .recordedOn = parseCivilDate(rec.recordedOn)};
//   auto v = checkConsent(facts, {.purpose = Purpose::Teaching, .today = today});
//   if (!v.allowed()) for (auto &p : v.problems) say(describe(p, nameOf));
//
// THE RULES (consent law for youth care, domain.md §5.1):
// - Everyone in the recording needs valid consent for the purpose: family
//   members and professionals alike. With `visible` given, only those people.
//   A recording nobody is recorded in is not allowed (NoPeople): its people
//   are not known.
// - Who must consent depends on the person's age ON THE DAY OF USE (so a
//   child who turns 12 or 16 during retention is judged anew):
//     under 12: every custodial parent, and the child's assent;
//     12–15:    the young person AND every custodial parent;
//     16+:      the young person alone (also adults and professionals).
// - A birth year alone leaves two possible ages; the stricter reading wins
//   (born 2014, used in 2026: 11 or 12 → 12–15; born 2010: 15 or 16 → 12–15).
// - Without birth year or age band, a person with a child's role (jeugdige,
//   kind, zoon, dochter, broer, zus, …) is "age unknown" and blocks; other
//   roles and professionals count as adults.
// - A minor needs custodians recorded, and how custody was checked (source
//   and day); without them the use is blocked ("custody not checked").
// - Per party the newest record (by the day given, then by updatedAt) counts:
//   refused or withdrawn blocks; given but expired (expires before today),
//   given before the day of recording (an intake-time consent, too general),
//   or limited to "face not visible" while the use shows faces, blocks.
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "spiegel/annotate/civil_date.hpp"
#include "spiegel/annotate/types.hpp"

namespace spiegel::annotate {

enum class Purpose { Reflection, Supervision, Intervision, Recall, Teaching, Research };
enum class ConsentState { Given, Refused, Withdrawn };

// All purposes in the order the window and the CLI list them.
[[nodiscard]] std::span<const Purpose> allPurposes();
// "reflection", "supervision", "intervision", "recall", "teaching", "research".
[[nodiscard]] std::string_view purposeKey(Purpose p);
[[nodiscard]] std::optional<Purpose> parsePurpose(std::string_view key);
[[nodiscard]] Text purposeText(Purpose p);
// "given", "refused", "withdrawn".
[[nodiscard]] std::string_view consentStateKey(ConsentState s);
[[nodiscard]] std::optional<ConsentState> parseConsentState(std::string_view key);

// One record: `party` consented (or refused, or withdrew) for `person`'s
// image and voice in `recording` to be used for `purpose`. party == person
// is the person's own consent (a child under 12: assent); otherwise party
// is a custodial parent's participant id. Days are "YYYY-MM-DD".
struct Consent {
  Uuid id;
  Uuid recording;
  Uuid person;
  Uuid party;
  Purpose purpose = Purpose::Reflection;
  ConsentState state = ConsentState::Given;
  std::string givenOn;     // the day it was given (should be the day of recording)
  std::string recordedBy;  // who wrote it down
  bool faceVisible = true; // scope: may the face be seen
  std::string audience;    // scope: who may see it, as told to the family
  std::string expires;     // scope: until when ("" = no end given)
  std::string evidence;    // how it is evidenced, e.g. "signed form in the dossier"
  std::string withdrawnOn; // the day of withdrawal (state Withdrawn)
  UnixMillis updatedAt = 0;
  bool deleted = false;
  bool operator==(const Consent &) const = default;
};

enum class ConsentProblemKind {
  NoPeople,         // nobody is recorded as being in the recording (person "")
  Missing,          // an adult's (or professional's) own consent is not recorded
  YoungPersonMissing, // a 12–15-year-old's own consent is not recorded
  AssentMissing,    // a child under 12: the assent is not recorded
  ParentMissing,    // a custodial parent's consent is not recorded
  Refused,
  Withdrawn,
  Expired,
  TooGeneral,       // given before the day of recording (intake-time consent)
  FaceNotAllowed,   // consent for "face not visible" only, the use shows faces
  AgeUnknown,       // a child's role without birth year or age band
  NoCustodian,      // a minor without any custodial parent recorded
  CustodyUnchecked, // custodians recorded, but not how or when it was checked
};

struct ConsentProblem {
  ConsentProblemKind kind = ConsentProblemKind::Missing;
  Uuid person;      // whose consent
  Uuid party;       // who should give it (== person for their own); "" when n/a
  std::string date; // expiry, withdrawal or giving day where it matters
  bool operator==(const ConsentProblem &) const = default;
};

struct ConsentVerdict {
  std::vector<ConsentProblem> problems; // in people order, then party order
  [[nodiscard]] bool allowed() const { return problems.empty(); }
};

struct ConsentFacts {
  std::span<const Participant> people; // live participants of the project
  std::span<const Consent> consents;   // all records (tombstones are skipped)
  Uuid recording;
  std::optional<CivilDate> recordedOn; // nullopt: the "too general" check is skipped
};

struct ConsentQuery {
  Purpose purpose = Purpose::Reflection;
  CivilDate today;
  // The people seen or heard in the stretch used; nullopt = everyone.
  std::optional<std::vector<Uuid>> visible;
  bool facesShown = true; // false once faces are made unrecognisable
};

[[nodiscard]] ConsentVerdict checkConsent(const ConsentFacts &facts, const ConsentQuery &query);

// The band that applies on `day` (the stricter one when a birth year leaves
// two ages). Professionals and adult roles without age facts: From16; a
// child's role without them: Unknown.
[[nodiscard]] AgeBand ageBandOn(const Participant &p, CivilDate day);
// The record that counts for (recording, person, party, purpose), or nullptr.
[[nodiscard]] const Consent *currentConsent(const ConsentFacts &facts, const Uuid &person, const Uuid &party,
                                            Purpose purpose);

// One sentence for a problem, naming people through `nameOf` (participant id
// → what the user calls them, e.g. "moeder").
[[nodiscard]] Text describe(const ConsentProblem &p, const std::function<std::string(const Uuid &)> &nameOf);

} // namespace spiegel::annotate
