#include "spiegel/review/identity.hpp"

namespace spiegel::review {

using annotate::ReviewerRole;

std::string roleKey(ReviewerRole role) {
  switch (role) {
  case ReviewerRole::Trainee:
    return "trainee";
  case ReviewerRole::Peer:
    return "peer";
  case ReviewerRole::Trainer:
    return "trainer";
  }
  return "trainee";
}

std::optional<ReviewerRole> roleFromKey(const std::string &key) {
  for (auto r : {ReviewerRole::Trainee, ReviewerRole::Peer, ReviewerRole::Trainer})
    if (roleKey(r) == key)
      return r;
  return std::nullopt;
}

} // namespace spiegel::review
