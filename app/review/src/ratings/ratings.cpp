// Workspace: the current reviewer's ratings, checked against the codebook before anything is written.
#include "spiegel/review/workspace.hpp"

#include "spiegel/annotate/validation.hpp"
#include "spiegel/store/uuid.hpp"

namespace spiegel::review {

using annotate::EditCommand;

const Rating *Workspace::myRating(const std::string &subject, const std::string &element) const {
  if (!m_reviewerId)
    return nullptr;
  const Rating *best = nullptr;
  for (const auto &r : m_ratings)
    if (r.reviewer == *m_reviewerId && r.subject == subject && r.element == element &&
        (best == nullptr || r.updatedAt > best->updatedAt))
      best = &r;
  return best;
}

Status Workspace::checkRating(const std::string &subject, const std::string &element, int value) const {
  Rating wanted;
  wanted.subject = subject;
  wanted.element = element;
  wanted.value = value;
  if (auto err = annotate::validateRating(m_codebook, wanted)) {
    Error e = Error::of(Problem::InvalidValue, err->field);
    e.message = err->message;
    return Status::fail(std::move(e));
  }
  return checkParticipants({subject});
}

Status Workspace::setRating(const std::string &subject, const std::string &element, int value,
                            const std::string &rationale) {
  if (auto s = checkRating(subject, element, value); !s)
    return s;
  if (auto s = ensureReviewer(); !s)
    return s;
  Rating after;
  std::optional<Rating> before;
  if (const auto *mine = myRating(subject, element)) {
    before = *mine;
    after = *mine;
  } else {
    after.id = store::newUuid();
    after.recording = m_recording.id;
    after.reviewer = *m_reviewerId;
    after.subject = subject;
    after.element = element;
  }
  after.value = value;
  after.rationale = rationale;
  if (before && before->value == value && before->rationale == rationale)
    return Status::ok();
  return execute(EditCommand::setRating(before, after));
}

Status Workspace::clearRating(const std::string &subject, const std::string &element) {
  const auto *mine = myRating(subject, element);
  if (mine == nullptr)
    return Status::ok(); // nothing to clear
  return execute(EditCommand::clearRating(*mine));
}

} // namespace spiegel::review
