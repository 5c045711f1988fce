#pragma once
// How long a recording may be kept, from the purposes its people consented
// to (domain.md §5 rule 5, issue #13 §2): supervision, intervision, own
// reflection and recall at most the organisation's maximum after the day
// of recording; teaching at most 5 years (the NVO guideline); research per
// its protocol, which Spiegel does not know. Pure: the caller gives the
// consent facts (with the day of recording) and the organisation's rules.
//   auto a = adviseRetention(facts, recordedOn, {.workingMonths = 12});
//   if (a.latest && retainUntil > *a.latest) … "longer than its purposes allow"
#include "spiegel/annotate/consent.hpp"

#include <optional>

namespace spiegel::annotate {

inline constexpr int kTeachingYears = 5;

struct RetentionRules {
  // The organisation's maximum for working material (reflection,
  // supervision, intervision, recall), in months after the recording.
  int workingMonths = 12;
};

struct RetentionAdvice {
  // The last day the purposes everyone consented to allow; nullopt when no
  // purpose is consented (or only research, which goes by its protocol).
  std::optional<CivilDate> latest;
  std::optional<Purpose> longest; // the purpose that allows `latest`
  bool research = false;          // research is consented: its protocol may allow longer
};

// A purpose counts when the consent check allows it on the day of
// recording (consent is given at recording time).
[[nodiscard]] RetentionAdvice adviseRetention(const ConsentFacts &facts, CivilDate recordedOn,
                                              const RetentionRules &rules);

} // namespace spiegel::annotate
