#pragma once
// Which annotations to show or export. Each empty criterion lets everything
// through; all given criteria must hold.
//   TagFilter f; f.elements = {"safety"}; f.valence = Valence::Negative; f.text = "camera";
//   if (f.matches(annotation, codebook)) ...
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "spiegel/annotate/types.hpp"

namespace spiegel::annotate {

struct TagFilter {
  std::set<std::string> elements; // element keys
  std::optional<Valence> valence;
  // Participant ids; kFamilySubject matches family-level annotations (no
  // participants or {kFamilySubject}). An annotation matches when any of its
  // participants is in the set.
  std::set<Uuid> participants;
  std::set<Uuid> reviewers;
  // Case-insensitive substring of the note or of the indicator's label in
  // either language (ASCII and accented Latin letters such as É/é fold).
  std::string text;
  bool includeDeleted = false; // tombstones are skipped unless set

  [[nodiscard]] bool empty() const;
  // The codebook supplies indicator labels for the text search.
  [[nodiscard]] bool matches(const Annotation &a, const Codebook &codebook) const;
};

// Lower-cases ASCII and the Latin-1 letters À–Þ in UTF-8 text; other bytes
// are kept. Used for case-insensitive search.
[[nodiscard]] std::string foldCase(std::string_view utf8);

// Case-insensitive substring test with foldCase(); an empty needle matches.
[[nodiscard]] bool containsFolded(std::string_view haystack, std::string_view needle);

} // namespace spiegel::annotate
