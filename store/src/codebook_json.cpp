#include "spiegel/store/codebook_json.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <limits>
#include <map>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "json_reader.hpp"
#include "spiegel/store/error.hpp"

namespace spiegel::store {
namespace {

using annotate::Codebook;
using annotate::Element;
using annotate::Indicator;
using annotate::ScalePoint;
using annotate::Text;
using detail::Json;
using OrderedJson = nlohmann::ordered_json;

constexpr std::string_view kFormatName = "spiegel-codebook";

// Reads one codebook document; every failure names the JSON path at fault.
// A codebook's texts may be one string for both languages (see text()).
class Reader : public detail::JsonReader {
public:
  using JsonReader::JsonReader;

  std::string string(const Json &obj, const char *key, const std::string &path, bool required) const {
    const Json *v = required ? &require(obj, key, path) : find(obj, key);
    if (v == nullptr)
      return {};
    if (!v->is_string())
      fail(path, "must be text");
    std::string s = v->get<std::string>();
    if (required && s.empty())
      fail(path, "must not be empty");
    return s;
  }

  int integer(const Json &obj, const char *key, const std::string &path, std::optional<int> fallback) const {
    const Json *v = fallback ? find(obj, key) : &require(obj, key, path);
    if (v == nullptr)
      return *fallback;
    if (!v->is_number_integer())
      fail(path, "must be a whole number");
    const auto n = v->get<std::int64_t>();
    if (n < std::numeric_limits<int>::min() || n > std::numeric_limits<int>::max())
      fail(path, "is out of range");
    return static_cast<int>(n);
  }

  // A bilingual text: {"en": …, "nl": …} or a plain string used for both.
  // When required, at least one language must be given; a missing language
  // is filled from the other so the UI never shows an empty label.
  Text text(const Json &obj, const char *key, const std::string &path, bool required) const {
    const Json *v = required ? &require(obj, key, path) : find(obj, key);
    if (v == nullptr)
      return {};
    Text t;
    if (v->is_string()) {
      t.en = t.nl = v->get<std::string>();
    } else if (v->is_object()) {
      t.en = string(*v, "en", path + ".en", false);
      t.nl = string(*v, "nl", path + ".nl", false);
    } else {
      fail(path, "must be text or an object with \"en\" and \"nl\"");
    }
    if (t.en.empty() && t.nl.empty()) {
      if (required)
        fail(path, "needs an English or Dutch text");
      return {};
    }
    if (t.en.empty())
      t.en = t.nl;
    if (t.nl.empty())
      t.nl = t.en;
    return t;
  }
};

using detail::at;

bool isColour(const std::string &s) {
  return s.size() == 7 && s[0] == '#' && std::all_of(s.begin() + 1, s.end(), [](char c) {
           return std::isxdigit(static_cast<unsigned char>(c)) != 0;
         });
}

void readHeader(const Reader &r, const Json &doc, Codebook &cb) {
  if (!doc.is_object())
    r.fail("(document)", "must be a JSON object");
  if (r.string(doc, "format", "format", true) != kFormatName)
    r.fail("format", "must be \"" + std::string(kFormatName) + "\"");
  const int formatVersion = r.integer(doc, "format_version", "format_version", std::nullopt);
  if (formatVersion < 1)
    r.fail("format_version", "must be 1 or higher");
  if (formatVersion > kCodebookFormatVersion)
    r.fail("format_version", "version " + std::to_string(formatVersion) +
                                 " was written by a newer Spiegel (this one reads up to " +
                                 std::to_string(kCodebookFormatVersion) + ")");
  cb.id = r.string(doc, "id", "id", true);
  cb.version = r.integer(doc, "version", "version", 1);
  if (cb.version < 1)
    r.fail("version", "must be 1 or higher");
  cb.name = r.text(doc, "name", "name", true);
  cb.notice = r.text(doc, "notice", "notice", false);
}

void readElements(const Reader &r, const Json &doc, Codebook &cb) {
  const Json &list = r.list(doc, "elements", "elements");
  if (list.empty())
    r.fail("elements", "needs at least one element");
  std::map<int, std::string> hotkeys;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string p = at("elements", i);
    const Json &j = list[i];
    if (!j.is_object())
      r.fail(p, "must be an object");
    Element e;
    e.key = r.string(j, "key", p + ".key", true);
    if (cb.element(e.key) != nullptr)
      r.fail(p + ".key", "element \"" + e.key + "\" appears twice");
    e.name = r.text(j, "name", p + ".name", true);
    e.shortName = r.text(j, "short_name", p + ".short_name", false);
    e.definition = r.text(j, "definition", p + ".definition", false);
    e.colour = r.string(j, "colour", p + ".colour", true);
    if (!isColour(e.colour))
      r.fail(p + ".colour", "\"" + e.colour + "\" is not a colour of the form #rrggbb");
    e.hotkey = r.integer(j, "hotkey", p + ".hotkey", 0);
    if (e.hotkey < 0 || e.hotkey > 9)
      r.fail(p + ".hotkey", "must be 1 to 9, or 0 for none");
    if (e.hotkey != 0) {
      auto [it, fresh] = hotkeys.emplace(e.hotkey, e.key);
      if (!fresh)
        r.fail(p + ".hotkey",
               "key " + std::to_string(e.hotkey) + " is already used by \"" + it->second + "\"");
    }
    const std::string ratedFor = r.string(j, "rated_for", p + ".rated_for", false);
    if (ratedFor.empty() || ratedFor == "person")
      e.ratedFor = annotate::Subject::Person;
    else if (ratedFor == "family")
      e.ratedFor = annotate::Subject::Family;
    else
      r.fail(p + ".rated_for", "must be \"person\" or \"family\"");
    cb.elements.push_back(std::move(e));
  }
}

void readIndicators(const Reader &r, const Json &doc, Codebook &cb) {
  const Json &list = r.list(doc, "indicators", "indicators");
  std::set<std::string> ids;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string p = at("indicators", i);
    const Json &j = list[i];
    if (!j.is_object())
      r.fail(p, "must be an object");
    Indicator ind;
    ind.id = r.string(j, "id", p + ".id", true);
    if (!ids.insert(ind.id).second)
      r.fail(p + ".id", "indicator \"" + ind.id + "\" appears twice");
    ind.element = r.string(j, "element", p + ".element", true);
    if (cb.element(ind.element) == nullptr)
      r.fail(p + ".element", "unknown element \"" + ind.element + "\"");
    const std::string valence = r.string(j, "valence", p + ".valence", true);
    if (valence == "positive")
      ind.valence = annotate::Valence::Positive;
    else if (valence == "negative")
      ind.valence = annotate::Valence::Negative;
    else
      r.fail(p + ".valence", "must be \"positive\" or \"negative\"");
    ind.label = r.text(j, "label", p + ".label", true);
    ind.oncePerSession = r.boolean(j, "once_per_session", p + ".once_per_session", false);
    ind.paraphrase = r.boolean(j, "paraphrase", p + ".paraphrase", false);
    ind.note = r.text(j, "note", p + ".note", false);
    cb.indicators.push_back(std::move(ind));
  }
}

void readScaleAndRules(const Reader &r, const Json &doc, Codebook &cb) {
  const Json &list = r.list(doc, "scale", "scale");
  if (list.size() < 2)
    r.fail("scale", "needs at least two points");
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string p = at("scale", i);
    if (!list[i].is_object())
      r.fail(p, "must be an object");
    ScalePoint sp;
    sp.value = r.integer(list[i], "value", p + ".value", std::nullopt);
    if (i > 0 && sp.value != cb.scale.back().value + 1)
      r.fail(p + ".value", "must be " + std::to_string(cb.scale.back().value + 1) +
                               " (scale values go up by one, lowest first)");
    sp.label = r.text(list[i], "label", p + ".label", true);
    cb.scale.push_back(std::move(sp));
  }
  if (const Json *rules = r.find(doc, "rules")) {
    if (!rules->is_object())
      r.fail("rules", "must be an object");
    cb.rulePositiveOnlyAboveZero =
        r.boolean(*rules, "positive_only_above_zero", "rules.positive_only_above_zero", true);
    cb.ruleNegativeOnlyBelowZero =
        r.boolean(*rules, "negative_only_below_zero", "rules.negative_only_below_zero", true);
  }
}

OrderedJson textJson(const Text &t) {
  return OrderedJson{{"en", t.en}, {"nl", t.nl}};
}
bool hasText(const Text &t) {
  return !t.en.empty() || !t.nl.empty();
}

} // namespace

annotate::Codebook parseCodebook(std::string_view text, const std::string &sourceName) {
  const Json doc = detail::parseJson(text, sourceName);
  const Reader r(sourceName);
  Codebook cb;
  readHeader(r, doc, cb);
  readElements(r, doc, cb);
  readIndicators(r, doc, cb);
  readScaleAndRules(r, doc, cb);
  return cb;
}

annotate::Codebook loadCodebook(const std::filesystem::path &path) {
  return parseCodebook(detail::readAssetFile(path, "codebook"), path.string());
}

std::string codebookToJson(const annotate::Codebook &cb) {
  OrderedJson doc;
  doc["format"] = kFormatName;
  doc["format_version"] = kCodebookFormatVersion;
  doc["id"] = cb.id;
  doc["version"] = cb.version;
  doc["name"] = textJson(cb.name);
  if (hasText(cb.notice))
    doc["notice"] = textJson(cb.notice);
  OrderedJson elements = OrderedJson::array();
  for (const Element &e : cb.elements) {
    OrderedJson j;
    j["key"] = e.key;
    j["name"] = textJson(e.name);
    if (hasText(e.shortName))
      j["short_name"] = textJson(e.shortName);
    if (hasText(e.definition))
      j["definition"] = textJson(e.definition);
    j["colour"] = e.colour;
    j["hotkey"] = e.hotkey;
    j["rated_for"] = e.ratedFor == annotate::Subject::Family ? "family" : "person";
    elements.push_back(std::move(j));
  }
  doc["elements"] = std::move(elements);
  OrderedJson indicators = OrderedJson::array();
  for (const Indicator &ind : cb.indicators) {
    OrderedJson j;
    j["id"] = ind.id;
    j["element"] = ind.element;
    j["valence"] = ind.valence == annotate::Valence::Positive ? "positive" : "negative";
    j["paraphrase"] = ind.paraphrase;
    j["once_per_session"] = ind.oncePerSession;
    j["label"] = textJson(ind.label);
    if (hasText(ind.note))
      j["note"] = textJson(ind.note);
    indicators.push_back(std::move(j));
  }
  doc["indicators"] = std::move(indicators);
  OrderedJson scale = OrderedJson::array();
  for (const ScalePoint &sp : cb.scale)
    scale.push_back(OrderedJson{{"value", sp.value}, {"label", textJson(sp.label)}});
  doc["scale"] = std::move(scale);
  doc["rules"] = OrderedJson{{"positive_only_above_zero", cb.rulePositiveOnlyAboveZero},
                             {"negative_only_below_zero", cb.ruleNegativeOnlyBelowZero}};
  return doc.dump(2) + "\n";
}

} // namespace spiegel::store
