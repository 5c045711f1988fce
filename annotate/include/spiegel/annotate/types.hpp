#pragma once
// Plain value types of the annotation domain. No IO, no clocks: times are
// given by the caller (Micros on the recording's timeline; wall-clock times
// as Unix milliseconds).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace spiegel::annotate {

using Micros = std::int64_t;   // same meaning as spiegel::Micros in media/
using UnixMillis = std::int64_t;
using Uuid = std::string;      // canonical lower-case 8-4-4-4-12 text form

// Text in both user languages.
struct Text {
  std::string en, nl;
  [[nodiscard]] const std::string &in(std::string_view lang) const { return lang == "nl" && !nl.empty() ? nl : en; }
  bool operator==(const Text &) const = default;
};

enum class Valence { Positive, Negative };
enum class Subject { Person, Family }; // who an element is rated for

struct Indicator {
  std::string id;            // stable key, e.g. "engagement.plus.agrees_goals"
  std::string element;       // element key
  Valence valence = Valence::Positive;
  Text label;
  bool oncePerSession = false;
  bool paraphrase = true;    // our own words, not the licensed SOFTA-o text
  Text note;                 // coding guidance (e.g. "only in words"); may be empty
  bool operator==(const Indicator &) const = default;
};

struct Element {
  std::string key;           // "engagement", "bond", "safety", "system"
  Text name, shortName, definition;
  std::string colour;        // "#rrggbb"
  int hotkey = 0;            // 1–9, 0 = none
  Subject ratedFor = Subject::Person;
  bool operator==(const Element &) const = default;
};

struct ScalePoint {
  int value = 0;
  Text label;
  bool operator==(const ScalePoint &) const = default;
};

struct Codebook {
  std::string id;            // e.g. "alliance"
  int version = 1;
  Text name;
  Text notice;               // e.g. "paraphrases, not the licensed wording"; may be empty
  std::vector<Element> elements;
  std::vector<Indicator> indicators;
  std::vector<ScalePoint> scale; // ascending, e.g. -3 … +3
  // Rule switches (domain.md §1.4): checked by checkRatings().
  bool rulePositiveOnlyAboveZero = true;
  bool ruleNegativeOnlyBelowZero = true;

  [[nodiscard]] const Element *element(std::string_view key) const;
  [[nodiscard]] const Indicator *indicator(std::string_view id) const;
  [[nodiscard]] int minValue() const;
  [[nodiscard]] int maxValue() const;
  // The scale point with this value, nullptr when the scale has none.
  [[nodiscard]] const ScalePoint *scalePoint(int value) const;
  bool operator==(const Codebook &) const = default;
};

enum class ParticipantKind { FamilyMember, Professional };

// A person's age as far as consent needs it (domain.md §5.1), when no birth
// year is known: only the band, never a full date of birth.
enum class AgeBand { Unknown, Under12, From12To15, From16 };

struct Participant {
  Uuid id;
  std::string role;          // key from roleLabels(), e.g. "moeder"
  std::string alias;         // optional, never required
  std::string colour;        // "#rrggbb"
  ParticipantKind kind = ParticipantKind::FamilyMember;
  // Consent facts (annotate/consent.hpp). birthYear 0 = not known (then
  // ageBand, if given). custodians: the participants who hold parental
  // authority (gezag) over this person, and how that was checked (source,
  // e.g. "gezagsregister", and the day, "YYYY-MM-DD").
  int birthYear = 0;
  AgeBand ageBand = AgeBand::Unknown;
  std::vector<Uuid> custodians;
  std::string custodySource, custodyCheckedOn;
  UnixMillis updatedAt = 0;
  bool deleted = false;
  bool operator==(const Participant &) const = default;
};

enum class ReviewerRole { Trainee, Peer, Trainer };

// A reviewer of a project: the row their tags and ratings point to. Who it
// is, is `profile`, the UUID of the reviewer profile on the machine that
// made it (kept in that user's config directory); the name is only what is
// shown. Rows from before profiles (schema 1) have an empty profile: they
// are known only by name until that person's migrated profile claims them.
struct Reviewer {
  Uuid id;
  std::string name;
  Uuid profile; // "" = known only by name
  ReviewerRole role = ReviewerRole::Trainee;
  std::string colour;
  // An expert's coding that others compare themselves with (issue #12 §4);
  // in a blind round it counts as revealed.
  bool gold = false;
  UnixMillis updatedAt = 0;
  bool deleted = false;
  bool operator==(const Reviewer &) const = default;
};

// The family as a whole, where an annotation or rating is about the system.
inline constexpr const char *kFamilySubject = "family";

struct Annotation {
  Uuid id;
  Uuid recording;
  Uuid reviewer;
  Micros start = 0, end = 0;   // a point when equal
  std::string element;
  std::optional<std::string> indicator;
  Valence valence = Valence::Positive;
  std::vector<Uuid> participants; // empty or {kFamilySubject} = family as a whole
  std::string note;
  // A consensus tag (its reviewer is a round's consensus row, round.hpp):
  // the reviewer rows who agreed it. Empty for everyone's own coding.
  std::vector<Uuid> agreedBy;
  UnixMillis createdAt = 0, updatedAt = 0;
  bool deleted = false;        // tombstone

  [[nodiscard]] bool isPoint() const { return start == end; }
  // True when the annotation is about the family as a whole (no participant
  // or exactly {kFamilySubject}).
  [[nodiscard]] bool isFamilyLevel() const {
    return participants.empty() || (participants.size() == 1 && participants.front() == kFamilySubject);
  }
  bool operator==(const Annotation &) const = default;
};

struct Rating {
  Uuid id;
  Uuid recording;
  Uuid reviewer;
  std::string subject;         // participant Uuid or kFamilySubject
  std::string element;
  int value = 0;               // scale range, −3 … +3 for the alliance codebook
  std::string rationale;
  std::vector<Uuid> agreedBy;  // a consensus rating: who agreed it (see Annotation)
  UnixMillis updatedAt = 0;
  bool deleted = false;
  bool operator==(const Rating &) const = default;
};

} // namespace spiegel::annotate
