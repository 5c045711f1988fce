#pragma once
// The code of a tag for the agreement statistics (agreement.hpp): element and
// valence, with the participants when asked. Codes are numbered densely in
// the order first met, so one numbering serves both reviewers of a pair.
#include <map>
#include <string>

#include "spiegel/annotate/types.hpp"

namespace spiegel::annotate::detail {

class CodeIds {
public:
  explicit CodeIds(bool withParticipants) : m_withParticipants(withParticipants) {}
  // The number of this tag's code, 0 … size() − 1.
  [[nodiscard]] int of(const Annotation &tag);
  [[nodiscard]] int size() const { return static_cast<int>(m_ids.size()); }

private:
  bool m_withParticipants;
  std::map<std::string, int> m_ids;
};

} // namespace spiegel::annotate::detail
