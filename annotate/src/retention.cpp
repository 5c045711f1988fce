// Retention from consented purposes (retention.hpp).
#include "spiegel/annotate/retention.hpp"

namespace spiegel::annotate {

RetentionAdvice adviseRetention(const ConsentFacts &facts, CivilDate recordedOn, const RetentionRules &rules) {
  RetentionAdvice advice;
  for (const Purpose p : allPurposes()) {
    if (!checkConsent(facts, {.purpose = p, .today = recordedOn}).allowed())
      continue;
    if (p == Purpose::Research) {
      advice.research = true;
      continue;
    }
    const CivilDate until =
        p == Purpose::Teaching ? addYears(recordedOn, kTeachingYears) : addMonths(recordedOn, rules.workingMonths);
    if (!advice.latest || until > *advice.latest) {
      advice.latest = until;
      advice.longest = p;
    }
  }
  return advice;
}

} // namespace spiegel::annotate
