#pragma once
// Checks a single annotation or rating against the codebook before it is
// stored or imported. Expected outcomes, so a return value, not an exception.
//
//   if (auto err = validateAnnotation(codebook, tag, recording.duration))
//     fail(err->message.in(lang));   // err->field says which part is wrong
#include <optional>
#include <string>
#include <string_view>

#include "spiegel/annotate/types.hpp"

namespace spiegel::annotate {

// Text as a person typed it, without leading and trailing blanks (space,
// tab, CR, LF): names, roles and notes are stored this way.
[[nodiscard]] std::string trimmed(std::string_view s);

enum class AnnotationErrorCode {
  UnknownElement,          // element key not in the codebook
  UnknownIndicator,        // indicator id not in the codebook
  IndicatorOfOtherElement, // indicator belongs to a different element
  ValenceMismatch,         // annotation valence differs from its indicator's
  TimeOutOfRange,          // start or end before 0 or after the recording's end
  EndBeforeStart,
};

struct AnnotationError {
  AnnotationErrorCode code;
  std::string field; // "element", "indicator", "valence", "start" or "end"
  Text message;      // one sentence: what is wrong and what to do
};

// recordingDuration <= 0 means "unknown": only the lower bound (0) is checked.
// The first problem found is returned, in the order of the codes above.
[[nodiscard]] std::optional<AnnotationError> validateAnnotation(const Codebook &codebook, const Annotation &a,
                                                                Micros recordingDuration);

enum class RatingErrorCode {
  UnknownElement,
  ValueOutOfScale,        // not a point of the codebook's scale
  FamilyElementForPerson, // an element rated for the family, given a person as subject
  PersonElementForFamily, // an element rated per person, given the family (or nobody) as subject
};

struct RatingError {
  RatingErrorCode code;
  std::string field; // "element", "value" or "subject"
  Text message;
};

[[nodiscard]] std::optional<RatingError> validateRating(const Codebook &codebook, const Rating &r);

} // namespace spiegel::annotate
