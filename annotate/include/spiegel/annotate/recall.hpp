#pragma once
// Stimulated-recall and intervision sessions (issue #14 §1; domain.md §3–4):
// a session replays chosen moments of one recording, each from its pre-roll,
// pausing by itself at the moment (or at the end of a span); every pause,
// by itself or by a person, keeps the prompt asked and what was answered.
// Value types and pure rules; the store keeps them, the window plays them.
//
//   auto moments = momentsFromTags(tags, filter, codebook, {.preRoll = 5'000'000});
//   auto plan = playPlan(moments[0], recordingEnd);  // seek plan.from, pause at plan.pauseAt
//   int days = *recallDelayDays(rec.recordedOn, session.heldOn);
#include "spiegel/annotate/consent.hpp"
#include "spiegel/annotate/tag_filter.hpp"
#include "spiegel/annotate/types.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace spiegel::annotate {

inline constexpr Micros kDefaultPreRoll = 5'000'000;
// A VIG micro-moment is at most this long (domain.md §3.3).
inline constexpr Micros kMicroMomentMax = 10'000'000;

enum class MomentKind { Tag, Span, Micro };
// Who paused: the session itself at the moment, the person recalling (the
// trainee, the family) or the person asking (supervisor, group).
enum class PausedBy { Auto, Recaller, Inquirer };

[[nodiscard]] std::string_view momentKindKey(MomentKind k); // "tag", "span", "micro"
[[nodiscard]] std::optional<MomentKind> parseMomentKind(std::string_view key);
[[nodiscard]] std::string_view pausedByKey(PausedBy p); // "auto", "recaller", "inquirer"
[[nodiscard]] std::optional<PausedBy> parsePausedBy(std::string_view key);

struct RecallSession {
  Uuid id;
  Uuid recording;
  std::string title;
  Purpose purpose = Purpose::Recall; // asked of the consent check before it starts
  std::string method;                // "" = free recall; else a method template's key ("incident", …)
  Uuid createdBy;                    // reviewer row who prepared it (the inquirer)
  std::string heldOn;                // "YYYY-MM-DD" the session was held, "" = not yet
  std::string lessons;               // the closing "lessons learned"
  // The three SKJ reflection dimensions, written by the professional.
  std::string technical, normative, personal;
  int minutes = 0; // the session's length, for the registration hours
  UnixMillis createdAt = 0, updatedAt = 0;
  bool deleted = false; // tombstone
  bool operator==(const RecallSession &) const = default;
};

// One moment to replay. A point (start == end) pauses at its time; a span
// plays to its end and pauses there.
struct RecallMoment {
  Uuid id;
  Uuid session;
  double rank = 0; // order within the session, ascending; reordering gives a rank between two others
  MomentKind kind = MomentKind::Tag;
  Uuid tag; // the annotation it came from, "" for a stretch marked by hand or sampled
  Micros start = 0, end = 0;
  Micros preRoll = kDefaultPreRoll, postRoll = 0;
  std::string prompt; // the lead prepared for it (text as shown), "" = none
  UnixMillis createdAt = 0, updatedAt = 0;
  bool deleted = false;
  bool operator==(const RecallMoment &) const = default;
};

// One pause and what was said in it. Answers are the recalling person's
// words; `forLater` keeps interpretations apart (IPR, domain.md §3.1).
struct RecallPause {
  Uuid id;
  Uuid session;
  Uuid moment;   // the moment it belongs to, "" when paused between moments
  Micros at = 0; // where in the recording it paused
  PausedBy by = PausedBy::Auto;
  std::string prompt; // the lead asked, as shown
  std::string answer;
  std::string forLater;
  std::string audio; // a spoken answer: file name beside the project, "" = none
  UnixMillis createdAt = 0, updatedAt = 0;
  bool deleted = false;
  bool operator==(const RecallPause &) const = default;
};

// Where playing a moment starts, where it pauses by itself and where its
// post-roll ends, inside [0, recordingEnd] (recordingEnd 0 = not known).
struct PlayPlan {
  Micros from = 0, pauseAt = 0, until = 0;
};
[[nodiscard]] PlayPlan playPlan(const RecallMoment &m, Micros recordingEnd);

struct MomentDefaults {
  Micros preRoll = kDefaultPreRoll, postRoll = 0;
};

// The session's moments from tags: those matching `filter`, in time order,
// each a Tag moment (a Micro one when it is a span of at most
// kMicroMomentMax), ranked 1, 2, 3, …; ids and session left empty.
[[nodiscard]] std::vector<RecallMoment> momentsFromTags(std::span<const Annotation> tags, const TagFilter &filter,
                                                        const Codebook &codebook, const MomentDefaults &defaults);

// Time sampling: a stretch of `length` every `every`, from the start, the
// last one cut at `duration`. Empty when a value is not positive or length
// exceeds every.
[[nodiscard]] std::vector<RecallMoment> sampledMoments(Micros duration, Micros every, Micros length,
                                                       const MomentDefaults &defaults);

// Moments in playing order (rank, then start), without tombstones.
[[nodiscard]] std::vector<RecallMoment> inPlayingOrder(std::span<const RecallMoment> moments);

// A rank that places a moment between `before` and `after` (nullopt = at
// that end).
[[nodiscard]] double rankBetween(std::optional<double> before, std::optional<double> after);

// Days from the recording to the session ("YYYY-MM-DD" both); nullopt when
// either is not a day.
[[nodiscard]] std::optional<int> recallDelayDays(const std::string &recordedOn, const std::string &heldOn);

} // namespace spiegel::annotate
