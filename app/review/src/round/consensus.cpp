// Workspace: the round's consensus layer (issue #12 §4). After the reveal
// the group agrees ratings per person × element and promotes tags; both are
// stored under the round's consensus reviewer row (annotate::consensusProfile,
// the same on every copy, so merges join it) with the reviewer rows who
// agreed (agreedBy). Any member who has revealed may write the consensus;
// it goes through the one undo history like every other edit.
#include "spiegel/review/workspace.hpp"

#include "spiegel/store/uuid.hpp"

namespace spiegel::review {

using annotate::EditCommand;

std::optional<Uuid> Workspace::consensusReviewerId() const {
  const auto *r = round();
  if (r == nullptr)
    return std::nullopt;
  const auto profile = annotate::consensusProfile(r->id);
  for (const auto &rev : m_allReviewers)
    if (rev.profile == profile)
      return rev.id;
  return std::nullopt;
}

bool Workspace::writesConsensus(const EditCommand &cmd) const {
  const auto id = consensusReviewerId();
  if (!id)
    return false;
  if (cmd.isAnnotation())
    return cmd.annotationAfter().reviewer == *id;
  if (cmd.isRating())
    return cmd.ratingAfter().reviewer == *id;
  return false;
}

bool Workspace::isConsensusTag(const Annotation &tag) const {
  const auto id = consensusReviewerId();
  return id && tag.reviewer == *id;
}

Status Workspace::mayAgree() const {
  if (round() == nullptr)
    return Status::fail(Error::of(Problem::NoRound));
  if (!m_identity)
    return Status::fail(Error::of(Problem::NoIdentity));
  if (m_view.blind() && !m_view.status().iRevealed)
    return Status::fail(Error::of(Problem::RevealFirst));
  return Status::ok();
}

Result<Uuid> Workspace::ensureConsensusRow() {
  if (auto s = mayAgree(); !s)
    return Result<Uuid>::fail(s.error);
  if (auto s = ensureReviewer(); !s) // the one who agrees is in the project too
    return Result<Uuid>::fail(s.error);
  if (auto id = consensusReviewerId())
    return Result<Uuid>::ok(*id);
  try {
    Reviewer r;
    r.name = "Consensus"; // the same word in Dutch and English
    r.profile = annotate::consensusProfile(round()->id);
    r.role = annotate::ReviewerRole::Peer;
    r.colour = "#bbbbbb";
    r = m_project->saveReviewer(r);
    refreshPeople();
    return Result<Uuid>::ok(r.id);
  } catch (...) {
    return Result<Uuid>::fail(currentError());
  }
}

std::vector<Uuid> Workspace::agreeingNow() const {
  // Everyone shown who has revealed, and the one writing it.
  std::vector<Uuid> who;
  for (const auto &r : m_reviewers)
    if ((m_view.revealed(r.id) || (m_reviewerId && r.id == *m_reviewerId)) && !annotate::isConsensus(r))
      who.push_back(r.id);
  if (m_reviewerId && std::find(who.begin(), who.end(), *m_reviewerId) == who.end())
    who.push_back(*m_reviewerId);
  return who;
}

const Rating *Workspace::consensusRating(const std::string &subject, const std::string &element) const {
  const auto id = consensusReviewerId();
  if (!id)
    return nullptr;
  for (const auto &r : m_ratings)
    if (r.reviewer == *id && r.subject == subject && r.element == element)
      return &r;
  return nullptr;
}

Status Workspace::setConsensusRating(const std::string &subject, const std::string &element, int value,
                                     const std::string &rationale) {
  if (auto s = checkRating(subject, element, value); !s)
    return s;
  const auto row = ensureConsensusRow();
  if (!row)
    return Status::fail(row.error);
  std::optional<Rating> before;
  Rating after;
  if (const auto *old = consensusRating(subject, element)) {
    before = *old;
    after = *old;
  } else {
    after.id = store::newUuid();
    after.recording = m_recording.id;
    after.reviewer = *row.value;
    after.subject = subject;
    after.element = element;
  }
  after.value = value;
  after.rationale = rationale;
  after.agreedBy = agreeingNow();
  if (before && before->value == after.value && before->rationale == after.rationale && before->agreedBy == after.agreedBy)
    return Status::ok();
  return execute(EditCommand::setRating(before, after));
}

Status Workspace::clearConsensusRating(const std::string &subject, const std::string &element) {
  if (auto s = mayAgree(); !s)
    return s;
  const auto *old = consensusRating(subject, element);
  if (old == nullptr)
    return Status::ok();
  return execute(EditCommand::clearRating(*old));
}

Result<Uuid> Workspace::promoteToConsensus(const Uuid &tag) {
  const auto *t = m_index.find(tag);
  if (t == nullptr)
    return Result<Uuid>::fail(Error::of(Problem::TagGone));
  if (isConsensusTag(*t))
    return Result<Uuid>::ok(t->id); // agreed already
  const auto row = ensureConsensusRow();
  if (!row)
    return Result<Uuid>::fail(row.error);
  const auto *still = m_index.find(tag); // ensureConsensusRow may have written the row (a reload of names only)
  if (still == nullptr)
    return Result<Uuid>::fail(Error::of(Problem::TagGone));
  Annotation a = *still;
  a.id = store::newUuid();
  a.reviewer = *row.value;
  a.agreedBy = agreeingNow();
  a.createdAt = now();
  if (auto s = execute(EditCommand::addAnnotation(a)); !s)
    return Result<Uuid>::fail(s.error);
  return Result<Uuid>::ok(a.id);
}

} // namespace spiegel::review
