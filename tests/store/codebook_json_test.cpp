#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "spiegel/store/codebook_json.hpp"
#include "spiegel/store/error.hpp"

using namespace spiegel;
using store::ErrorCode;
using store::StoreError;

namespace {

const std::filesystem::path kDefaultCodebook =
    std::filesystem::path(SPIEGEL_ASSETS_DIR) / "codebooks/alliance.json";

// Parses text expecting BadPackage; returns the field the error names.
std::string badField(const std::string &text) {
  try {
    (void)store::parseCodebook(text, "test.json");
  } catch (const StoreError &e) {
    CHECK(e.code() == ErrorCode::BadPackage);
    CHECK(e.file() == "test.json");
    CHECK(std::string(e.what()).find(e.field()) != std::string::npos);
    return e.field();
  }
  FAIL("parseCodebook accepted invalid input");
  return {};
}

std::string badField(const annotate::Codebook &cb) {
  return badField(store::codebookToJson(cb));
}

std::size_t countIndicators(const annotate::Codebook &cb, const std::string &element, annotate::Valence v) {
  return static_cast<std::size_t>(
      std::count_if(cb.indicators.begin(), cb.indicators.end(),
                    [&](const auto &i) { return i.element == element && i.valence == v; }));
}

} // namespace

TEST_CASE("The default alliance codebook loads with four elements, indicators and the -3..+3 scale",
          "[codebook_json]") {
  const annotate::Codebook cb = store::loadCodebook(kDefaultCodebook);
  CHECK(cb.id == "alliance");
  REQUIRE(cb.elements.size() == 4);
  CHECK(cb.elements[0].key == "engagement");
  CHECK(cb.elements[1].key == "bond");
  CHECK(cb.elements[2].key == "safety");
  CHECK(cb.elements[3].key == "system");
  CHECK(cb.element("system")->ratedFor == annotate::Subject::Family);
  CHECK(cb.element("bond")->ratedFor == annotate::Subject::Person);
  CHECK(cb.element("system")->shortName.nl == "Gezinsalliantie");
  CHECK(cb.element("engagement")->name.nl == "Betrokkenheid");
  for (int k = 1; k <= 4; ++k)
    CHECK(cb.elements[static_cast<std::size_t>(k - 1)].hotkey == k);
  CHECK_FALSE(cb.notice.en.empty());
  CHECK_FALSE(cb.notice.nl.empty());
  for (const auto &e : cb.elements) {
    CHECK(countIndicators(cb, e.key, annotate::Valence::Positive) >= 4);
    CHECK(countIndicators(cb, e.key, annotate::Valence::Negative) >= 2);
    CHECK_FALSE(e.definition.en.empty());
    CHECK_FALSE(e.definition.nl.empty());
  }
  for (const auto &i : cb.indicators) {
    CHECK(i.paraphrase);
    CHECK(i.id.rfind(i.element + ".", 0) == 0);
    CHECK_FALSE(i.label.nl.empty());
  }
  REQUIRE(cb.indicator("safety.plus.varied_tone") != nullptr);
  CHECK(cb.indicator("safety.plus.varied_tone")->oncePerSession);
  CHECK(std::count_if(cb.indicators.begin(), cb.indicators.end(),
                      [](const auto &i) { return i.oncePerSession; }) == 1);
  REQUIRE(cb.scale.size() == 7);
  CHECK(cb.minValue() == -3);
  CHECK(cb.maxValue() == 3);
  CHECK(cb.scalePoint(-3)->label.nl == "zeer problematisch");
  CHECK(cb.scalePoint(0)->label.en == "unremarkable or neutral");
  CHECK(cb.rulePositiveOnlyAboveZero);
  CHECK(cb.ruleNegativeOnlyBelowZero);
}

TEST_CASE("A codebook survives a JSON round trip unchanged", "[codebook_json]") {
  const annotate::Codebook cb = store::loadCodebook(kDefaultCodebook);
  const std::string json = store::codebookToJson(cb);
  const annotate::Codebook again = store::parseCodebook(json, "copy");
  CHECK(again == cb);
  CHECK(store::codebookToJson(again) == json);

  annotate::Codebook custom = cb;
  custom.rulePositiveOnlyAboveZero = false;
  custom.elements[0].shortName = {};
  custom.elements[1].hotkey = 0;
  custom.indicators[0].paraphrase = false;
  custom.indicators[0].note = {"Only in words", "Alleen in woorden"};
  custom.notice = {};
  CHECK(store::parseCodebook(store::codebookToJson(custom), "custom") == custom);
}

TEST_CASE("Codebook texts may be a plain string or give one language only", "[codebook_json]") {
  const std::string text = R"({"format":"spiegel-codebook","format_version":1,"id":"x","name":"Mijn codeboek",
    "elements":[{"key":"a","name":{"nl":"Alleen Nederlands"},"colour":"#AABBCC"}],
    "indicators":[{"id":"a.1","element":"a","valence":"negative","label":{"en":"Only English"}}],
    "scale":[{"value":0,"label":"nee"},{"value":1,"label":"ja"}]})";
  const annotate::Codebook cb = store::parseCodebook(text, "mine.json");
  CHECK(cb.name.en == "Mijn codeboek");
  CHECK(cb.elements[0].name.en == "Alleen Nederlands");
  CHECK(cb.indicators[0].label.nl == "Only English");
  CHECK_FALSE(cb.indicators[0].paraphrase);
  CHECK(cb.version == 1);
  CHECK(cb.elements[0].ratedFor == annotate::Subject::Person);
}

TEST_CASE("Each codebook error names the field at fault", "[codebook_json]") {
  const annotate::Codebook good = store::loadCodebook(kDefaultCodebook);

  SECTION("unknown element reference") {
    auto cb = good;
    cb.indicators[3].element = "nope";
    CHECK(badField(cb) == "indicators[3].element");
  }
  SECTION("duplicate element key") {
    auto cb = good;
    cb.elements[2].key = "engagement";
    CHECK(badField(cb) == "elements[2].key");
  }
  SECTION("duplicate indicator id") {
    auto cb = good;
    cb.indicators[5].id = cb.indicators[1].id;
    CHECK(badField(cb) == "indicators[5].id");
  }
  SECTION("missing element name") {
    auto cb = good;
    cb.elements[1].name = {};
    CHECK(badField(cb) == "elements[1].name");
  }
  SECTION("missing indicator label") {
    auto cb = good;
    cb.indicators[7].label = {};
    CHECK(badField(cb) == "indicators[7].label");
  }
  SECTION("bad colour") {
    auto cb = good;
    cb.elements[3].colour = "blue";
    CHECK(badField(cb) == "elements[3].colour");
    cb.elements[3].colour = "#12345g";
    CHECK(badField(cb) == "elements[3].colour");
  }
  SECTION("scale with a gap") {
    auto cb = good;
    cb.scale.erase(cb.scale.begin() + 4); // drops +1: 0 is followed by +2
    CHECK(badField(cb) == "scale[4].value");
  }
  SECTION("scale not ascending") {
    auto cb = good;
    std::swap(cb.scale[0], cb.scale[1]);
    CHECK(badField(cb) == "scale[1].value");
  }
  SECTION("hotkey clash") {
    auto cb = good;
    cb.elements[3].hotkey = 2;
    CHECK(badField(cb) == "elements[3].hotkey");
  }
  SECTION("hotkey out of range") {
    auto cb = good;
    cb.elements[0].hotkey = 12;
    CHECK(badField(cb) == "elements[0].hotkey");
  }
  SECTION("no elements") {
    auto cb = good;
    cb.elements.clear();
    cb.indicators.clear();
    CHECK(badField(cb) == "elements");
  }
  SECTION("wrong valence and rated_for words") {
    std::string json = store::codebookToJson(good);
    std::string v = json;
    v.replace(v.find("\"positive\""), 10, "\"plus\"");
    CHECK(badField(v) == "indicators[0].valence");
    std::string f = json;
    f.replace(f.find("\"family\""), 8, "\"group\"");
    CHECK(badField(f) == "elements[3].rated_for");
  }
  SECTION("wrong type") {
    std::string json = store::codebookToJson(good);
    json.replace(json.find("\"hotkey\": 1"), 11, "\"hotkey\": \"1\"");
    CHECK(badField(json) == "elements[0].hotkey");
  }
  SECTION("newer format version") {
    std::string json = store::codebookToJson(good);
    json.replace(json.find("\"format_version\": 1"), 19, "\"format_version\": 2");
    CHECK(badField(json) == "format_version");
  }
  SECTION("not a codebook") {
    CHECK(badField(R"({"format":"something-else","format_version":1})") == "format");
    CHECK(badField("[1, 2]") == "(document)");
  }
  SECTION("syntax error names line and column") {
    CHECK(badField("{\n  \"format\": \"spiegel-codebook\",\n  oops\n}") == "line 3, column 3");
  }
}

TEST_CASE("Loading a codebook that is not there says NotFound", "[codebook_json]") {
  try {
    (void)store::loadCodebook("/nonexistent/codebook.json");
    FAIL("no exception");
  } catch (const StoreError &e) {
    CHECK(e.code() == ErrorCode::NotFound);
    CHECK(e.file() == "/nonexistent/codebook.json");
  }
}

TEST_CASE("The example in docs/formats.md is a valid codebook", "[codebook_json]") {
  std::ifstream in(std::filesystem::path(SPIEGEL_ASSETS_DIR) / "../docs/formats.md");
  REQUIRE(in);
  const std::string doc((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const auto section = doc.find("## Codebook");
  REQUIRE(section != std::string::npos);
  const auto open = doc.find("```json\n", section);
  REQUIRE(open != std::string::npos);
  const auto close = doc.find("```", open + 8);
  const annotate::Codebook cb = store::parseCodebook(doc.substr(open + 8, close - open - 8), "formats.md");
  CHECK(cb.id == "mini");
  CHECK(cb.scale.size() == 3);
}
