#pragma once
// The reflection record as a sequence of worded blocks, in the current
// language: what both the HTML page and the PDF show, in the order they
// show it. The renderers only lay these out, so the two say the same.
//   for (const auto &b : recordOutline(record, stills)) draw(b);
#include "common/reflection_record.hpp"

#include <string>
#include <vector>

namespace spiegel::app {

enum class BlockKind {
  Title,      // text: the record's title
  Meta,       // text: when it was made, and that family members appear by role only
  Heading,    // text: a session's title
  Subheading, // text: a part of a session (moments, lessons, reflection, hours)
  Facts,      // fields: label and value rows
  Note,       // text: something the reader should know (no stills, nothing chosen)
  Moment,     // text: its heading line; fields: element, prepared question; moment: its still; pauses
  Pauses,     // pauses only (paused between moments)
  Labelled,   // fields: headed paragraphs (lessons learned, the SKJ dimensions)
};

struct Field {
  std::string label, text;
  bool muted = false; // a placeholder ("not filled in yet"), shown quieter
};

struct OutlinePause {
  std::string heading; // "Paused at 00:20.000 by the person recalling"
  std::vector<Field> fields;
};

struct OutlineBlock {
  BlockKind kind = BlockKind::Note;
  std::string text;
  std::vector<Field> fields;
  annotate::Uuid moment; // Moment: the key of its still in RecordStills::byMoment
  std::vector<OutlinePause> pauses;
};

[[nodiscard]] std::vector<OutlineBlock> recordOutline(const ReflectionRecord &record, const RecordStills &stills);

// The footer line of every PDF page and the page's <title>.
[[nodiscard]] std::string recordTitle(const ReflectionRecord &record);

} // namespace spiegel::app
