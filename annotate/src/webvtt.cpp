// The block structure of a WebVTT file: signature, header, cues, NOTE /
// STYLE / REGION blocks, times. The cue text's tags and entities are in
// webvtt_text.cpp.
#include "spiegel/annotate/webvtt.hpp"

#include "webvtt_text.hpp"

#include <charconv>

namespace spiegel::annotate {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kArrow = "-->";

bool isBlankChar(char c) { return c == ' ' || c == '\t'; }

std::string_view trimBlanks(std::string_view s) {
  while (!s.empty() && isBlankChar(s.front()))
    s.remove_prefix(1);
  while (!s.empty() && isBlankChar(s.back()))
    s.remove_suffix(1);
  return s;
}

// Lines without their ends; LF, CRLF and CR each end one line.
std::vector<std::string_view> splitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t from = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\n' && text[i] != '\r')
      continue;
    lines.push_back(text.substr(from, i - from));
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
      ++i;
    from = i + 1;
  }
  if (from < text.size())
    lines.push_back(text.substr(from));
  return lines;
}

// "WORD" alone or followed by a space or tab (the signature, NOTE, STYLE, REGION).
bool startsWithWord(std::string_view line, std::string_view word) {
  return line.starts_with(word) && (line.size() == word.size() || isBlankChar(line[word.size()]));
}

// A run of exactly `count` decimal digits (0: one or more, at most ten).
std::optional<Micros> digitsOf(std::string_view s, std::size_t count) {
  if (s.empty() || (count != 0 && s.size() != count) || s.size() > 10)
    return std::nullopt;
  Micros v = 0;
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || ptr != s.data() + s.size() || s.front() == '+' || s.front() == '-')
    return std::nullopt;
  return v;
}

struct Times {
  Micros start = 0, end = 0;
};

// "start --> end [settings]"; the settings are not read.
std::optional<Times> parseTiming(std::string_view line) {
  const std::size_t arrow = line.find(kArrow);
  const auto start = parseWebVttTime(trimBlanks(line.substr(0, arrow)));
  std::string_view rest = line.substr(arrow + kArrow.size());
  while (!rest.empty() && isBlankChar(rest.front()))
    rest.remove_prefix(1);
  std::size_t endLen = 0;
  while (endLen < rest.size() && !isBlankChar(rest[endLen]))
    ++endLen;
  const auto end = parseWebVttTime(rest.substr(0, endLen));
  if (!start || !end)
    return std::nullopt;
  return Times{*start, *end};
}

bool hasArrow(std::string_view line) { return line.find(kArrow) != std::string_view::npos; }

WebVttResult fault(WebVttProblem p, std::size_t lineIndex) {
  return {{}, WebVttFault{p, static_cast<int>(lineIndex + 1)}};
}

} // namespace

std::optional<Micros> parseWebVttTime(std::string_view text) {
  const std::size_t dot = text.find('.');
  if (dot == std::string_view::npos)
    return std::nullopt;
  const auto millis = digitsOf(text.substr(dot + 1), 3);
  std::string_view clock = text.substr(0, dot);
  std::vector<std::string_view> parts;
  for (std::size_t colon; (colon = clock.find(':')) != std::string_view::npos; clock.remove_prefix(colon + 1))
    parts.push_back(clock.substr(0, colon));
  parts.push_back(clock);
  if (!millis || parts.size() < 2 || parts.size() > 3)
    return std::nullopt;
  const auto hours = parts.size() == 3 ? digitsOf(parts[0], 0) : std::optional<Micros>(0);
  const auto minutes = digitsOf(parts[parts.size() - 2], 2);
  const auto seconds = digitsOf(parts.back(), 2);
  if (!hours || !minutes || !seconds || *minutes > 59 || *seconds > 59)
    return std::nullopt;
  return (((*hours * 60 + *minutes) * 60 + *seconds) * 1000 + *millis) * 1000;
}

WebVttResult parseWebVtt(std::string_view text) {
  if (text.starts_with(kBom))
    text.remove_prefix(kBom.size());
  if (const auto bad = firstInvalidUtf8(text))
    return fault(WebVttProblem::NotUtf8, splitLines(text.substr(0, *bad + 1)).size() - 1);
  const std::vector<std::string_view> lines = splitLines(text);
  if (lines.empty() || !startsWithWord(lines[0], "WEBVTT"))
    return fault(WebVttProblem::NotWebVtt, 0);
  std::size_t i = 1;
  for (; i < lines.size() && !lines[i].empty(); ++i) // the header, up to the first blank line
    if (hasArrow(lines[i]))
      return fault(WebVttProblem::MissingBlankLine, i);
  WebVttResult out;
  while (i < lines.size()) {
    if (lines[i].empty()) {
      ++i;
      continue;
    }
    const std::size_t first = i;
    std::size_t end = first;
    while (end < lines.size() && !lines[end].empty())
      ++end;
    i = end;
    const std::string_view head = lines[first];
    if (startsWithWord(head, "NOTE") || startsWithWord(head, "STYLE") || startsWithWord(head, "REGION")) {
      for (std::size_t k = first; k < end; ++k)
        if (hasArrow(lines[k]))
          return fault(WebVttProblem::MissingBlankLine, k);
      continue;
    }
    const std::size_t timing = hasArrow(head) ? first : first + 1;
    if (timing >= end || !hasArrow(lines[timing]))
      return fault(WebVttProblem::MissingTiming, first);
    const auto times = parseTiming(lines[timing]);
    if (!times)
      return fault(WebVttProblem::BadTiming, timing);
    if (times->end <= times->start)
      return fault(WebVttProblem::EndNotAfterStart, timing);
    std::string raw;
    for (std::size_t k = timing + 1; k < end; ++k) {
      if (hasArrow(lines[k]))
        return fault(WebVttProblem::MissingBlankLine, k);
      if (k > timing + 1)
        raw += '\n';
      raw += lines[k];
    }
    CueText cue = readCueText(raw);
    out.cues.push_back({times->start, times->end, timing > first ? std::string(head) : std::string(),
                        std::move(cue.speaker), std::move(cue.text)});
  }
  return out;
}

} // namespace spiegel::annotate
