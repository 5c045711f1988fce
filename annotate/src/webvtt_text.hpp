#pragma once
// Private to the WebVTT reader (webvtt.cpp): the text inside a cue, and the
// UTF-8 check of the whole file.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace spiegel::annotate {

struct CueText {
  std::string speaker; // the first voice tag's name, trimmed
  std::string text;    // every tag dropped, entities decoded
};

// A cue's raw text (its lines joined by '\n') as WebVttCue holds it.
[[nodiscard]] CueText readCueText(std::string_view raw);

// The offset of the first byte that is not part of well-formed UTF-8
// (overlong forms, surrogates and code points above U+10FFFF included).
[[nodiscard]] std::optional<std::size_t> firstInvalidUtf8(std::string_view text);

} // namespace spiegel::annotate
