#pragma once
// A coding round: a group codes one recording, blind or open, and each
// member reveals their work when they are done (domain.md §4, issue #12).
// Blindness protects independent judgement, not secrecy: the project file
// holds everyone's work; what a reviewer is shown follows the rule below.
//
//   const auto view = RoundView(round, reveals, project.reviewers(true), me.profile);
//   for (const auto &tag : tags) if (view.shows(tag.reviewer)) draw(tag);
//   status.text = fmt("{} of {} done", view.status().done, view.status().expected);
#include "spiegel/annotate/types.hpp"

#include <compare>
#include <span>
#include <string>
#include <unordered_set>
#include <vector>

namespace spiegel::annotate {

// Someone the round expects: a reviewer profile, or only a name when the
// facilitator typed one whose profile is not in the project yet (matched by
// name, case-insensitively, once their work arrives).
struct RoundMember {
  std::string name;
  Uuid profile; // "" = known by name only
  auto operator<=>(const RoundMember &) const = default;
};

struct CodingRound {
  Uuid id;
  Uuid recording;
  bool blind = true;
  std::vector<RoundMember> members; // who is expected, for the status
  Uuid startedBy;                   // the facilitator's profile
  std::string startedByName;
  UnixMillis startedAt = 0, updatedAt = 0;
  bool deleted = false;
  bool operator==(const CodingRound &) const = default;
};

// "I am done": one reviewer's reveal in one round. Never taken back: the
// store refuses to delete one and a merge never carries a deletion.
struct Reveal {
  Uuid id;
  Uuid round;
  Uuid profile;  // who revealed
  Uuid reviewer; // their reviewer row in the project that recorded it
  UnixMillis at = 0, updatedAt = 0;
  bool deleted = false; // always false; kept for the store's one row shape
  bool operator==(const Reveal &) const = default;
};

// The profile a consensus reviewer row of `round` carries: one per round,
// the same on every copy, so merges join the group's consensus.
[[nodiscard]] Uuid consensusProfile(const Uuid &round);
[[nodiscard]] bool isConsensus(const Reviewer &r);

// The live round of `recording` (the newest started when there are several),
// or nullptr.
[[nodiscard]] const CodingRound *activeRound(std::span<const CodingRound> rounds, const Uuid &recording);

struct RoundStatus {
  int expected = 0;  // members listed
  int done = 0;      // of them, revealed
  int others = 0;    // reviewers not listed who have revealed
  bool iRevealed = false;
  bool iAmMember = false;
};

// Whose work a viewer (a reviewer profile) is shown on a recording:
// - no round, or an open one: everyone's;
// - a blind round: their own always; once they have revealed, also the work
//   of every reviewer who has revealed, of the gold standard and of the
//   round's consensus; nothing else. This holds for every reviewer in the
//   project, listed as a member or not, the facilitator included.
// A viewer without a profile ("") sees no one's work in a blind round.
class RoundView {
public:
  RoundView() = default; // no round: shows everything
  RoundView(const CodingRound *round, std::span<const Reveal> reveals, std::span<const Reviewer> reviewers,
            const Uuid &viewerProfile);

  [[nodiscard]] bool blind() const { return m_blind; }
  // Whether the work of reviewer row `reviewerId` is shown.
  [[nodiscard]] bool shows(const Uuid &reviewerId) const;
  // Whether the reviewer row has revealed in this round.
  [[nodiscard]] bool revealed(const Uuid &reviewerId) const { return m_revealedRows.contains(reviewerId); }
  [[nodiscard]] const RoundStatus &status() const { return m_status; }
  // Names of listed members who have not revealed yet, in list order.
  [[nodiscard]] const std::vector<std::string> &waitingFor() const { return m_waiting; }
  // Per listed member (the round's order): whether they have revealed.
  [[nodiscard]] const std::vector<bool> &membersDone() const { return m_membersDone; }

private:
  bool m_blind = false;
  std::unordered_set<Uuid> m_shown;        // reviewer rows shown (blind only)
  std::unordered_set<Uuid> m_revealedRows; // reviewer rows that revealed
  RoundStatus m_status;
  std::vector<std::string> m_waiting;
  std::vector<bool> m_membersDone;
};

} // namespace spiegel::annotate
