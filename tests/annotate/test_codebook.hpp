#pragma once
// A small codebook built in code for the annotate tests (the runner links
// only spiegel::annotate, so it cannot read the JSON asset).
#include <string>
#include <utility>

#include "spiegel/annotate/types.hpp"

namespace spiegel::annotate::test {

inline Codebook miniCodebook() {
  Codebook cb;
  cb.id = "mini";
  cb.name = {"Mini", "Mini"};
  cb.elements = {
      {.key = "engagement", .name = {"Engagement", "Betrokkenheid"}, .colour = "#0072b2", .hotkey = 1},
      {.key = "bond",
       .name = {"Emotional connection", "Emotionele verbondenheid"},
       .colour = "#e69f00",
       .hotkey = 2},
      {.key = "safety", .name = {"Safety", "Veiligheid"}, .colour = "#009e73", .hotkey = 3},
      {.key = "system",
       .name = {"Shared purpose", "Gezinsalliantie"},
       .colour = "#cc79a7",
       .hotkey = 4,
       .ratedFor = Subject::Family},
  };
  cb.indicators = {
      {.id = "engagement.plus.leans_in",
       .element = "engagement",
       .label = {"Leans forward", "Buigt naar voren"}},
      {.id = "engagement.plus.hopeful",
       .element = "engagement",
       .label = {"Sounds hopeful", "Klinkt hoopvol"}},
      {.id = "engagement.minus.indifferent",
       .element = "engagement",
       .valence = Valence::Negative,
       .label = {"Shows no interest", "Toont geen interesse"}},
      {.id = "safety.plus.varied_tone",
       .element = "safety",
       .label = {"Tone changes", "Toon verandert"},
       .oncePerSession = true},
      {.id = "safety.minus.uneasy_recording",
       .element = "safety",
       .valence = Valence::Negative,
       .label = {"Uneasy about the camera", "Ongemakkelijk over de camera"}},
      {.id = "system.minus.blame",
       .element = "system",
       .valence = Valence::Negative,
       .label = {"Family members blame each other", "Gezinsleden geven elkaar de schuld"}},
  };
  for (int v = -3; v <= 3; ++v)
    cb.scale.push_back({v, {std::to_string(v), std::to_string(v)}});
  cb.scale[0].label = {"extremely problematic", "zeer problematisch"};
  cb.scale[6].label = {"extremely strong", "zeer sterk"};
  return cb;
}

inline Annotation tag(std::string id, Micros start, Micros end, std::string element,
                      Valence v = Valence::Positive, std::vector<Uuid> participants = {},
                      std::optional<std::string> indicator = std::nullopt) {
  Annotation a;
  a.id = std::move(id);
  a.recording = "rec";
  a.reviewer = "rev";
  a.start = start;
  a.end = end;
  a.element = std::move(element);
  a.valence = v;
  a.participants = std::move(participants);
  a.indicator = std::move(indicator);
  return a;
}

// A rating of one recording ("rec"); its id is only unique per subject,
// element and time.
inline Rating rating(std::string subject, std::string element, int value, std::string reviewer = "rev",
                     UnixMillis updatedAt = 0) {
  return Rating{.id = subject + element + std::to_string(updatedAt),
                .recording = "rec",
                .reviewer = std::move(reviewer),
                .subject = std::move(subject),
                .element = std::move(element),
                .value = value,
                .updatedAt = updatedAt};
}

inline constexpr Micros kSecond = 1'000'000;
inline constexpr Micros kMinute = 60 * kSecond;

} // namespace spiegel::annotate::test
