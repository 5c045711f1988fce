#include "spiegel/annotate/round.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace spiegel::annotate {

namespace {
constexpr std::string_view kConsensusPrefix = "consensus:";

bool sameName(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](unsigned char x, unsigned char y) {
           return std::tolower(x) == std::tolower(y);
         });
}
} // namespace

Uuid consensusProfile(const Uuid &round) { return std::string(kConsensusPrefix) + round; }

bool isConsensus(const Reviewer &r) { return r.profile.starts_with(kConsensusPrefix); }

const CodingRound *activeRound(std::span<const CodingRound> rounds, const Uuid &recording) {
  const CodingRound *best = nullptr;
  for (const auto &r : rounds)
    if (!r.deleted && r.recording == recording &&
        (best == nullptr || r.startedAt > best->startedAt || (r.startedAt == best->startedAt && r.id > best->id)))
      best = &r;
  return best;
}

RoundView::RoundView(const CodingRound *round, std::span<const Reveal> reveals, std::span<const Reviewer> reviewers,
                     const Uuid &viewerProfile) {
  if (round == nullptr)
    return;
  std::unordered_set<Uuid> revealedProfiles;
  for (const auto &rv : reveals)
    if (rv.round == round->id) {
      revealedProfiles.insert(rv.profile);
      m_revealedRows.insert(rv.reviewer);
    }
  // A reviewer row revealed when its profile did (the row may differ from
  // the one recorded: another copy of the project made its own).
  for (const auto &r : reviewers)
    if (!r.profile.empty() && revealedProfiles.contains(r.profile))
      m_revealedRows.insert(r.id);

  m_status.iRevealed = !viewerProfile.empty() && revealedProfiles.contains(viewerProfile);
  for (const auto &m : round->members) {
    bool done = !m.profile.empty() && revealedProfiles.contains(m.profile);
    if (m.profile.empty())
      for (const auto &r : reviewers)
        done = done || (!r.deleted && sameName(r.name, m.name) && m_revealedRows.contains(r.id));
    ++m_status.expected;
    m_membersDone.push_back(done);
    if (done)
      ++m_status.done;
    else
      m_waiting.push_back(m.name);
    if (!viewerProfile.empty() && m.profile == viewerProfile)
      m_status.iAmMember = true;
    if (!viewerProfile.empty() && m.profile.empty()) // typed by name: the viewer's row of that name
      for (const auto &r : reviewers)
        if (r.profile == viewerProfile && sameName(r.name, m.name))
          m_status.iAmMember = true;
  }
  for (const auto &r : reviewers) {
    if (r.deleted || !m_revealedRows.contains(r.id))
      continue;
    const bool listed = std::any_of(round->members.begin(), round->members.end(), [&](const RoundMember &m) {
      return m.profile.empty() ? sameName(m.name, r.name) : m.profile == r.profile;
    });
    if (!listed)
      ++m_status.others;
  }

  m_blind = round->blind;
  if (!m_blind)
    return;
  for (const auto &r : reviewers) {
    const bool own = !viewerProfile.empty() && r.profile == viewerProfile;
    const bool shared = m_revealedRows.contains(r.id) || r.gold || r.profile == consensusProfile(round->id);
    if (own || (m_status.iRevealed && shared))
      m_shown.insert(r.id);
  }
}

bool RoundView::shows(const Uuid &reviewerId) const { return !m_blind || m_shown.contains(reviewerId); }

} // namespace spiegel::annotate
