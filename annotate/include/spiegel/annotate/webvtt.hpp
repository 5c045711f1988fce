#pragma once
// A strict WebVTT cue reader (the W3C format of subtitle and transcript
// files): the text of a .vtt file in, its cues or the first fault out.
//   const WebVttResult r = parseWebVtt(text);
//   if (r.fault) explain(r.fault->problem, r.fault->line); else use(r.cues);
// Reads: an optional UTF-8 byte order mark; the "WEBVTT" signature line and
// its header; LF, CRLF or CR line ends; cue identifiers; cue times as
// mm:ss.ttt or h…h:mm:ss.ttt; multi-line cue text; NOTE, STYLE and REGION
// blocks (skipped). Cue settings after the times are ignored. Of the cue
// text's tags, the first voice tag <v Name> (or <v.class Name>) becomes the
// cue's speaker; every other tag is dropped, and the entities &amp; &lt;
// &gt; &quot; &apos; &nbsp; &lrm; &rlm; and &#N; / &#xN; are decoded.
// Strict: a file that is not what the format says is refused whole, with
// the first line at fault (the caller shows nothing of it).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "spiegel/annotate/types.hpp"

namespace spiegel::annotate {

struct WebVttCue {
  Micros start = 0, end = 0; // end > start, on the recording's timeline
  std::string id;            // the cue identifier; empty when there is none
  std::string speaker;       // the first <v Name>; empty when there is none
  std::string text;          // tags stripped, entities decoded; lines joined by '\n'
  bool operator==(const WebVttCue &) const = default;
};

enum class WebVttProblem {
  NotWebVtt,        // the first line is not "WEBVTT" (optionally followed by a space or tab and text)
  NotUtf8,          // the text is not valid UTF-8 (e.g. saved as Windows-1252)
  BadTiming,        // a cue's times line is not "start --> end" with valid times
  EndNotAfterStart, // a cue ends at or before its start
  MissingTiming,    // a block that is neither a cue, a NOTE, STYLE nor REGION
  MissingBlankLine, // "-->" in a cue's text, a NOTE or the header: the blank line before a cue is missing
};

struct WebVttFault {
  WebVttProblem problem = WebVttProblem::NotWebVtt;
  int line = 1; // 1-based line of the file
  bool operator==(const WebVttFault &) const = default;
};

struct WebVttResult {
  std::vector<WebVttCue> cues; // in file order; empty when fault is set
  std::optional<WebVttFault> fault;
};

[[nodiscard]] WebVttResult parseWebVtt(std::string_view text);

// One WebVTT timestamp, "mm:ss.ttt" or "h…h:mm:ss.ttt" (minutes and seconds
// two digits below 60, exactly three fraction digits); nullopt otherwise.
[[nodiscard]] std::optional<Micros> parseWebVttTime(std::string_view text);

} // namespace spiegel::annotate
