// Every character the program can show has a glyph in the loaded fonts:
// the string literals of every source file (what tr() and the modules'
// messages say, escapes decoded) and every text of the shipped codebooks
// and recall assets (prompt bank, intervision methods).
// A missing glyph draws as "?" (the split-alliance line once read
// "range 3 (?1 … +2)" for want of U+2212).
#include "gui/shell/theme.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <string>

namespace fs = std::filesystem;
using spiegel::app::gui::glyphLoaded;

namespace {

const fs::path kRoot = fs::path(SPIEGEL_ASSETS_DIR).parent_path();

std::string slurp(const fs::path &p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

// The bytes of every "…" literal in C++ source (comments skipped; \xNN and
// the simple escapes decoded; raw strings taken as they are).
std::string literalBytes(const std::string &src) {
  std::string out;
  for (std::size_t i = 0; i < src.size(); ++i) {
    if (src.compare(i, 2, "//") == 0) {
      i = src.find('\n', i);
      if (i == std::string::npos)
        break;
    } else if (src.compare(i, 2, "/*") == 0) {
      i = src.find("*/", i + 2);
      if (i == std::string::npos)
        break;
      ++i;
    } else if (src[i] == '\'') {
      i += src[i + 1] == '\\' ? 3u : 2u; // a character literal
    } else if (src.compare(i, 3, "R\"(") == 0) {
      const auto end = src.find(")\"", i + 3);
      out += src.substr(i + 3, end - i - 3);
      i = end + 1;
    } else if (src[i] == '"') {
      for (++i; i < src.size() && src[i] != '"'; ++i) {
        if (src[i] != '\\') {
          out += src[i];
          continue;
        }
        const char e = src[++i];
        if (e == 'x') {
          out += static_cast<char>(std::stoi(src.substr(i + 1, 2), nullptr, 16));
          i += 2;
        } else {
          out += e == 'n' ? '\n' : e == 't' ? '\t' : e;
        }
      }
    }
  }
  return out;
}

// The code points of UTF-8 text (invalid bytes are skipped).
std::set<char32_t> codePoints(const std::string &s) {
  std::set<char32_t> out;
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    const int n = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + static_cast<std::size_t>(n) > s.size()) {
      ++i;
      continue;
    }
    char32_t c = n == 1 ? b : static_cast<char32_t>(b & (0x7Fu >> n));
    for (int k = 1; k < n; ++k)
      c = (c << 6) | (static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0x3F);
    out.insert(c);
    i += static_cast<std::size_t>(n);
  }
  return out;
}

std::string hex(char32_t c) {
  std::ostringstream o;
  o << "U+" << std::hex << std::uppercase << static_cast<unsigned>(c);
  return o.str();
}

void checkText(const std::string &text, const std::string &where) {
  for (char32_t c : codePoints(text))
    if (c >= 0x20 && c != U'\uFEFF') { // the CSV's byte order mark is for Excel, never drawn
      INFO(where << ": " << hex(c));
      CHECK(glyphLoaded(c));
    }
}

} // namespace

TEST_CASE("glyphs: every character in the program's strings has a glyph", "[glyphs]") {
  std::size_t files = 0;
  for (const char *dir : {"app", "annotate", "store", "media"})
    for (const auto &e : fs::recursive_directory_iterator(kRoot / dir)) {
      const auto ext = e.path().extension();
      if (ext != ".cpp" && ext != ".hpp")
        continue;
      checkText(literalBytes(slurp(e.path())), e.path().lexically_relative(kRoot).string());
      ++files;
    }
  CHECK(files > 100);
}

TEST_CASE("glyphs: every text of the shipped codebooks and recall assets has a glyph", "[glyphs]") {
  for (const char *dir : {"codebooks", "recall"}) {
    std::size_t files = 0;
    for (const auto &e : fs::directory_iterator(kRoot / "assets" / dir)) {
      checkText(slurp(e.path()), e.path().filename().string());
      ++files;
    }
    INFO(dir);
    CHECK(files >= 1);
  }
}

TEST_CASE("glyphs: the minus sign of the scale and the shortcut sheet's arrows are loaded", "[glyphs]") {
  CHECK(glyphLoaded(U'\u2212')); // −
  CHECK(glyphLoaded(U'ë'));
  CHECK(glyphLoaded(U'\u2190')); // ←
  CHECK_FALSE(glyphLoaded(U'\u4E00'));
}
