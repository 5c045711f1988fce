#include "spiegel/annotate/validation.hpp"

#include "spiegel/annotate/time_format.hpp"

namespace spiegel::annotate {

std::string trimmed(std::string_view s) {
  const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && blank(s.front()))
    s.remove_prefix(1);
  while (!s.empty() && blank(s.back()))
    s.remove_suffix(1);
  return std::string(s);
}
namespace {

AnnotationError annotationError(AnnotationErrorCode code, std::string field, std::string en, std::string nl) {
  return {code, std::move(field), Text{std::move(en), std::move(nl)}};
}

RatingError ratingError(RatingErrorCode code, std::string field, std::string en, std::string nl) {
  return {code, std::move(field), Text{std::move(en), std::move(nl)}};
}

std::string quoted(std::string_view s) {
  return "\"" + std::string(s) + "\"";
}

std::optional<AnnotationError> checkTimes(const Annotation &a, Micros duration) {
  using C = AnnotationErrorCode;
  if (a.end < a.start)
    return annotationError(C::EndBeforeStart, "end",
                           "The tag ends (" + formatTime(a.end) + ") before it starts (" +
                               formatTime(a.start) + "); swap or correct the times.",
                           "De tag eindigt (" + formatTime(a.end) + ") voordat hij begint (" +
                               formatTime(a.start) + "); wissel of verbeter de tijden.");
  const char *field = a.start < 0 ? "start" : a.end < 0 ? "end" : nullptr;
  if (field == nullptr && duration > 0)
    field = a.start > duration ? "start" : a.end > duration ? "end" : nullptr;
  if (field == nullptr)
    return std::nullopt;
  const Micros t = std::string_view(field) == "start" ? a.start : a.end;
  const std::string range = "00:00:00.000–" + (duration > 0 ? formatTime(duration) : std::string("…"));
  return annotationError(C::TimeOutOfRange, field,
                         "The tag time " + formatTime(t) + " lies outside the recording (" + range +
                             "); choose a time within it.",
                         "De tijd van de tag " + formatTime(t) + " valt buiten de opname (" + range +
                             "); kies een tijd daarbinnen.");
}

} // namespace

std::optional<AnnotationError> validateAnnotation(const Codebook &codebook, const Annotation &a,
                                                  Micros recordingDuration) {
  using C = AnnotationErrorCode;
  const Element *element = codebook.element(a.element);
  if (element == nullptr)
    return annotationError(C::UnknownElement, "element",
                           "The element " + quoted(a.element) + " is not in the codebook " +
                               quoted(codebook.name.en) + "; choose one of its elements.",
                           "Het element " + quoted(a.element) + " staat niet in het codeboek " +
                               quoted(codebook.name.nl) + "; kies een van de elementen daaruit.");
  if (a.indicator) {
    const Indicator *ind = codebook.indicator(*a.indicator);
    if (ind == nullptr)
      return annotationError(
          C::UnknownIndicator, "indicator",
          "The indicator " + quoted(*a.indicator) +
              " is not in the codebook; choose another indicator or tag without one.",
          "De indicator " + quoted(*a.indicator) +
              " staat niet in het codeboek; kies een andere indicator of tag zonder indicator.");
    if (ind->element != a.element) {
      const Element *other = codebook.element(ind->element);
      const Text otherName = other != nullptr ? other->name : Text{ind->element, ind->element};
      return annotationError(C::IndicatorOfOtherElement, "indicator",
                             "The indicator " + quoted(ind->label.en) + " belongs to " + otherName.en +
                                 ", not to " + element->name.en + "; change the element or the indicator.",
                             "De indicator " + quoted(ind->label.nl) + " hoort bij " + otherName.nl +
                                 ", niet bij " + element->name.nl +
                                 "; verander het element of de indicator.");
    }
    if (ind->valence != a.valence) {
      const bool positive = ind->valence == Valence::Positive;
      return annotationError(
          C::ValenceMismatch, "valence",
          "The indicator " + quoted(ind->label.en) + " is " + (positive ? "positive" : "negative") +
              ", but the tag is marked " + (positive ? "negative" : "positive") + "; make them the same.",
          "De indicator " + quoted(ind->label.nl) + " is " + (positive ? "positief" : "negatief") +
              ", maar de tag staat op " + (positive ? "negatief" : "positief") + "; maak ze gelijk.");
    }
  }
  return checkTimes(a, recordingDuration);
}

std::optional<RatingError> validateRating(const Codebook &codebook, const Rating &r) {
  using C = RatingErrorCode;
  const Element *element = codebook.element(r.element);
  if (element == nullptr)
    return ratingError(C::UnknownElement, "element",
                       "The element " + quoted(r.element) +
                           " is not in the codebook; rate one of its elements.",
                       "Het element " + quoted(r.element) +
                           " staat niet in het codeboek; beoordeel een van de elementen daaruit.");
  if (codebook.scalePoint(r.value) == nullptr &&
      !(codebook.scale.empty() && r.value >= codebook.minValue() && r.value <= codebook.maxValue())) {
    const std::string range =
        std::to_string(codebook.minValue()) + " … " + std::to_string(codebook.maxValue());
    return ratingError(C::ValueOutOfScale, "value",
                       "The rating " + std::to_string(r.value) + " is outside the scale " + range +
                           "; choose a value on the scale.",
                       "De beoordeling " + std::to_string(r.value) + " valt buiten de schaal " + range +
                           "; kies een waarde op de schaal.");
  }
  const bool familySubject = r.subject == kFamilySubject;
  if (element->ratedFor == Subject::Family && !familySubject)
    return ratingError(
        C::FamilyElementForPerson, "subject",
        element->name.en + " is rated once for the whole family; rate the family, not one person.",
        element->name.nl + " wordt één keer voor het hele gezin beoordeeld; beoordeel het gezin, "
                           "niet één persoon.");
  if (element->ratedFor == Subject::Person && (familySubject || r.subject.empty()))
    return ratingError(C::PersonElementForFamily, "subject",
                       element->name.en + " is rated per person; choose the family member you are rating.",
                       element->name.nl +
                           " wordt per persoon beoordeeld; kies het gezinslid dat je beoordeelt.");
  return std::nullopt;
}

} // namespace spiegel::annotate
