#pragma once
// Non-drawing logic behind the Participants, Ratings and Reviewers tabs:
// colour defaults and parsing, F-key slots, the order in which to rate
// family members (domain.md §1.4: least involved first) and tag counts per
// reviewer.
//   p.colour = suggestColour(ws.participants());
//   int f = participantSlot(ws.participants(), p.id);   // 1–8, 0: no key
//   for (std::size_t i : ratingOrder(model.rows())) drawRow(model.rows()[i]);
// Pure functions; any thread.
#include "viewmodels/ratings_model.hpp"

#include "spiegel/annotate/tag_index.hpp"
#include "spiegel/annotate/types.hpp"

#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace spiegel::app::viewmodels {

// Eight calm, distinguishable colours (one per F-key slot), readable on the
// dark theme and for the common colour-vision deficiencies (Okabe–Ito-like
// hues, softened).
inline constexpr std::array<const char *, 8> kParticipantPalette = {
    "#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7", "#9a9a9a"};

// The first palette colour no live participant uses; when all are taken,
// the palette repeats in order.
[[nodiscard]] std::string suggestColour(const std::vector<annotate::Participant> &participants);

// "#rrggbb" (case-insensitive) to red, green, blue in 0…1; nullopt otherwise.
[[nodiscard]] std::optional<std::array<float, 3>> parseColour(const std::string &text);
// 0…1 components (clamped) to "#rrggbb" lower case.
[[nodiscard]] std::string formatColour(const std::array<float, 3> &rgb);

// The label people read for a participant: the role in the current
// language, and the alias in brackets when given ("moeder (Anja)").
[[nodiscard]] std::string personLabel(const annotate::Participant &p);

// The F-key (1–8) of a participant in display order, 0 when it has none.
[[nodiscard]] int participantSlot(const std::vector<annotate::Participant> &participants, const annotate::Uuid &id);

// Indices into rows: family members by how many tags refer to them (fewest
// first, ties keep the model's order), then the family row last.
[[nodiscard]] std::vector<std::size_t> ratingOrder(const std::vector<RatingRow> &rows);

// Live tags per reviewer id.
[[nodiscard]] std::map<annotate::Uuid, int> tagsPerReviewer(const annotate::TagIndex &tags);

} // namespace spiegel::app::viewmodels
