// A cue's text: voice tags give the speaker, other tags go, entities are
// decoded (the WebVTT cue text parsing rules, without building a tree).
#include "webvtt_text.hpp"

#include <array>
#include <charconv>
#include <cstdint>

namespace spiegel::annotate {
namespace {

bool isBlank(char c) { return c == ' ' || c == '\t' || c == '\n'; }

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && isBlank(s.front()))
    s.remove_prefix(1);
  while (!s.empty() && isBlank(s.back()))
    s.remove_suffix(1);
  return s;
}

void appendUtf8(std::string &out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

struct Named {
  std::string_view name;
  std::uint32_t codePoint;
};
// The entities the WebVTT spec names for cue text, and the two of HTML that
// hand-written files use.
constexpr std::array<Named, 8> kEntities = {{{"amp", '&'},
                                             {"lt", '<'},
                                             {"gt", '>'},
                                             {"quot", '"'},
                                             {"apos", '\''},
                                             {"nbsp", 0xA0},
                                             {"lrm", 0x200E},
                                             {"rlm", 0x200F}}};

// The code point of the entity body between '&' and ';', if it is one.
std::optional<std::uint32_t> entity(std::string_view body) {
  for (const Named &e : kEntities)
    if (body == e.name)
      return e.codePoint;
  if (body.size() < 2 || body.front() != '#')
    return std::nullopt;
  const bool hex = body[1] == 'x' || body[1] == 'X';
  const std::string_view digits = body.substr(hex ? 2 : 1);
  std::uint32_t cp = 0;
  const auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), cp, hex ? 16 : 10);
  if (digits.empty() || ec != std::errc() || ptr != digits.data() + digits.size() || cp == 0 || cp > 0x10FFFF ||
      (cp >= 0xD800 && cp <= 0xDFFF))
    return std::nullopt;
  return cp;
}

// The longest entity body worth looking for a ';' in ("&#x10FFFF;").
constexpr std::size_t kMaxEntity = 10;

} // namespace

CueText readCueText(std::string_view raw) {
  CueText out;
  for (std::size_t i = 0; i < raw.size();) {
    const char c = raw[i];
    if (c == '<') { // a tag runs to its '>', or to the end of the text
      const std::size_t close = raw.find('>', i);
      const std::string_view tag = raw.substr(i + 1, close == std::string_view::npos ? raw.npos : close - i - 1);
      const bool voice = tag.size() > 1 && tag[0] == 'v' && (tag[1] == '.' || isBlank(tag[1]));
      if (voice && out.speaker.empty()) {
        const std::size_t gap = tag.find_first_of(" \t\n");
        out.speaker = gap == std::string_view::npos ? std::string() : std::string(trimmed(tag.substr(gap)));
      }
      i = close == std::string_view::npos ? raw.size() : close + 1;
      continue;
    }
    if (c == '&') {
      const std::size_t semi = raw.find(';', i);
      if (semi != std::string_view::npos && semi - i - 1 <= kMaxEntity) {
        if (const auto cp = entity(raw.substr(i + 1, semi - i - 1))) {
          appendUtf8(out.text, *cp);
          i = semi + 1;
          continue;
        }
      }
    }
    out.text += c;
    ++i;
  }
  return out;
}

std::optional<std::size_t> firstInvalidUtf8(std::string_view text) {
  const auto byte = [&](std::size_t k) { return static_cast<std::uint8_t>(text[k]); };
  for (std::size_t i = 0; i < text.size();) {
    const std::uint8_t b = byte(i);
    std::size_t len = 0;
    std::uint32_t cp = 0, least = 0;
    if (b < 0x80) {
      ++i;
      continue;
    }
    if ((b & 0xE0) == 0xC0) {
      len = 2, cp = b & 0x1Fu, least = 0x80;
    } else if ((b & 0xF0) == 0xE0) {
      len = 3, cp = b & 0x0Fu, least = 0x800;
    } else if ((b & 0xF8) == 0xF0) {
      len = 4, cp = b & 0x07u, least = 0x10000;
    } else {
      return i;
    }
    if (i + len > text.size())
      return i;
    for (std::size_t k = 1; k < len; ++k) {
      if ((byte(i + k) & 0xC0) != 0x80)
        return i;
      cp = (cp << 6) | (byte(i + k) & 0x3Fu);
    }
    if (cp < least || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
      return i;
    i += len;
  }
  return std::nullopt;
}

} // namespace spiegel::annotate
