#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>

#include "spiegel/store/codebook_json.hpp"
#include "spiegel/store/error.hpp"
#include "spiegel/store/recall_assets_json.hpp"

using namespace spiegel;
using annotate::PromptAudience;
using store::ErrorCode;
using store::StoreError;

namespace {

const std::filesystem::path kAssets(SPIEGEL_ASSETS_DIR);

bool complete(const annotate::Text &t) { return !t.en.empty() && !t.nl.empty(); }

// Parses text expecting BadPackage; returns the field the error names and
// keeps the message in `message` when asked.
template <class Parse> std::string badField(Parse parse, const std::string &text, std::string *message = nullptr) {
  try {
    (void)parse(text, "test.json");
  } catch (const StoreError &e) {
    CHECK(e.code() == ErrorCode::BadPackage);
    CHECK(e.file() == "test.json");
    CHECK(std::string(e.what()).find(e.field()) != std::string::npos);
    if (message != nullptr)
      *message = e.what();
    return e.field();
  }
  FAIL("the parser accepted invalid input");
  return {};
}

std::string badBank(const std::string &text, std::string *message = nullptr) {
  return badField([](const std::string &t, const std::string &n) { return store::parsePromptBank(t, n); }, text,
                  message);
}
std::string badMethods(const std::string &text, std::string *message = nullptr) {
  return badField([](const std::string &t, const std::string &n) { return store::parseMethods(t, n); }, text, message);
}

const std::string kLead = R"({"id":"a","text":{"en":"What now?","nl":"Wat nu?"}})";

std::string bank(const std::string &prompts,
                 const std::string &header = R"("format":"spiegel-recall-prompts","format_version":1)") {
  return "{" + header + R"(,"prompts":[)" + prompts + "]}";
}

const std::string kRoles = R"("roles":[{"key":"inbrenger","name":{"en":"Case presenter","nl":"Inbrenger"}}])";

std::string phase(const std::string &key, const std::string &extra = R"("minutes":5,"speaker":"inbrenger")") {
  return R"({"key":")" + key + R"(","name":{"en":"Step","nl":"Stap"},"notes":{"en":"Notes","nl":"Notities"},)" + extra +
         "}";
}

std::string method(const std::string &key, const std::string &phases) {
  return R"({"key":")" + key + R"(","name":{"en":"M","nl":"M"},"summary":{"en":"S","nl":"S"},"phases":[)" + phases +
         "]}";
}

std::string methods(const std::string &list, const std::string &roles = kRoles,
                    const std::string &header = R"("format":"spiegel-intervision-methods","format_version":1)") {
  return "{" + header + "," + roles + R"(,"methods":[)" + list + "]}";
}

} // namespace

TEST_CASE("The shipped prompt bank loads, every lead in Dutch and English", "[recall_assets]") {
  const annotate::PromptBank b = store::loadPromptBank(kAssets / "recall/prompts.json");
  const annotate::Codebook cb = store::loadCodebook(kAssets / "codebooks/alliance.json");
  std::size_t professional = 0, family = 0;
  std::set<std::string> elements;
  for (const annotate::RecallPrompt &p : b.prompts) {
    INFO(p.id);
    CHECK(complete(p.text));
    CHECK(p.text.en.back() == '?');
    CHECK(p.text.nl.back() == '?');
    if (!p.element.empty()) {
      CHECK(cb.element(p.element) != nullptr); // the shipped leads suit the shipped codebook
      elements.insert(p.element);
    }
    if (p.audience == PromptAudience::Family) {
      ++family;
      CHECK(p.element.empty()); // VIG leads look at the whole interaction
    } else {
      ++professional;
    }
  }
  CHECK(professional >= 12);
  CHECK(professional <= 16);
  CHECK(family >= 3);
  CHECK(family <= 4);
  CHECK(elements == std::set<std::string>{"engagement", "bond", "safety", "system"});
  REQUIRE(b.prompt("general.inside") != nullptr);
  CHECK(b.prompt("general.inside")->text.nl == "Wat ging er op dat moment in je om?");
  CHECK(b.prompt("nothing") == nullptr);
}

TEST_CASE("promptsFor gives the general leads and the element's own, in file order", "[recall_assets]") {
  const annotate::PromptBank b = store::loadPromptBank(kAssets / "recall/prompts.json");
  std::vector<std::string> expected;
  for (const auto &p : b.prompts)
    if (p.element.empty() || p.element == "safety")
      expected.push_back(p.id);
  std::vector<std::string> got;
  for (const auto &p : b.promptsFor("safety"))
    got.push_back(p.id);
  CHECK(got == expected);
  CHECK(std::find(got.begin(), got.end(), "safety.how_safe") != got.end());
  CHECK(std::find(got.begin(), got.end(), "general.inside") != got.end());
  CHECK(std::find(got.begin(), got.end(), "bond.contact") == got.end());

  for (const auto &p : b.promptsFor(""))
    CHECK(p.element.empty());
  const auto forFamily = b.promptsFor("safety", PromptAudience::Family);
  CHECK_FALSE(forFamily.empty());
  for (const auto &p : forFamily)
    CHECK(p.audience == PromptAudience::Family);
  for (const auto &p : b.promptsFor("safety", PromptAudience::Professional))
    CHECK(p.audience == PromptAudience::Professional);
}

TEST_CASE("The shipped intervision methods load with their roles and phases", "[recall_assets]") {
  const annotate::MethodSet set = store::loadMethods(kAssets / "recall/methods.json");
  std::vector<std::string> keys;
  for (const auto &m : set.methods)
    keys.push_back(m.key);
  CHECK(keys == std::vector<std::string>{"incident", "gossip", "balint", "five_step", "video"});
  REQUIRE(set.roles.size() == 3);
  CHECK(set.role("inbrenger") != nullptr);
  CHECK(set.role("gespreksleider")->name.en == "Facilitator");
  CHECK(set.role("deelnemers") != nullptr);
  CHECK(set.find("") == nullptr); // free recall is no template
  for (const auto &r : set.roles)
    CHECK(complete(r.name));
  for (const annotate::RecallMethod &m : set.methods) {
    INFO(m.key);
    CHECK(complete(m.name));
    CHECK(complete(m.summary));
    REQUIRE_FALSE(m.phases.empty());
    bool plays = false;
    for (const annotate::MethodPhase &p : m.phases) {
      INFO(p.key);
      CHECK(complete(p.name));
      CHECK(complete(p.notes));
      CHECK(p.minutes >= 1);
      CHECK(p.minutes <= 180);
      CHECK((p.speaker == annotate::kEveryoneSpeaks || set.role(p.speaker) != nullptr));
      plays = plays || p.plays;
    }
    CHECK(plays); // every method has a phase that shows the fragment
  }
  const annotate::RecallMethod *incident = set.find("incident");
  REQUIRE(incident != nullptr);
  CHECK(incident->name.nl == "Incidentmethode");
  REQUIRE(incident->phase("sketch") != nullptr);
  CHECK(incident->phase("sketch")->speaker == "inbrenger");
  CHECK(incident->phase("sketch")->plays);
  CHECK_FALSE(incident->phase("questions")->plays);
  CHECK(set.find("balint")->totalMinutes() == 90);
  // Video intervision: the group describes before it looks for strengths.
  const annotate::RecallMethod *video = set.find("video");
  REQUIRE(video != nullptr);
  CHECK(video->phase("describe")->speaker == "deelnemers");
  CHECK(video->phases[2].key == "describe");
  CHECK(video->phases[3].key == "strengths");
}

TEST_CASE("An organisation's own methods replace or add to the shipped ones", "[recall_assets]") {
  annotate::MethodSet set = store::loadMethods(kAssets / "recall/methods.json");
  const auto own = store::parseMethods(
      methods(method("incident", phase("only")) + "," + method("our_own", phase("one") + "," + phase("two"))),
      "own.json");
  const std::size_t before = set.methods.size();
  set.add(own);
  CHECK(set.methods.size() == before + 1);
  CHECK(set.methods.front().key == "incident");
  CHECK(set.methods.front().phases.size() == 1);
  CHECK(set.methods.back().key == "our_own");
  CHECK(set.role("inbrenger")->name.en == "Case presenter");
  CHECK(set.roles.size() == 3);
}

TEST_CASE("Each prompt bank error names the field at fault", "[recall_assets]") {
  CHECK_NOTHROW(store::parsePromptBank(bank(kLead), "test.json"));
  CHECK(badBank(bank(R"({"id":"a","text":{"en":"a?","nl":"a?"}},{"id":"b","text":{"en":"b?","nl":"b?"}},)"
                     R"({"id":"c","text":{"en":"c?","nl":"c?"}},{"id":"d","text":{"en":"d?"}})")) ==
        "prompts[3].text.nl");
  CHECK(badBank(bank(R"({"id":"a","text":{"en":"","nl":"Wat?"}})")) == "prompts[0].text.en");
  CHECK(badBank(bank(R"({"id":"a","text":"What now?"})")) == "prompts[0].text");
  CHECK(badBank(bank(kLead + "," + kLead)) == "prompts[1].id");
  CHECK(badBank(bank(R"({"text":{"en":"a?","nl":"a?"}})")) == "prompts[0].id");
  CHECK(badBank(bank(R"({"id":"a","element":"","text":{"en":"a?","nl":"a?"}})")) == "prompts[0].element");
  CHECK(badBank(bank(R"({"id":"a","for":"supervisor","text":{"en":"a?","nl":"a?"}})")) == "prompts[0].for");
  CHECK(badBank(bank("")) == "prompts");
  CHECK(badBank(bank(kLead, R"("format":"spiegel-codebook","format_version":1)")) == "format");
  CHECK(badBank(bank(kLead, R"("format_version":1)")) == "format");
  std::string message;
  CHECK(badBank(bank(kLead, R"("format":"spiegel-recall-prompts","format_version":2)"), &message) == "format_version");
  CHECK(message.find("newer Spiegel") != std::string::npos);
  CHECK(badBank("{\n  \"format\": ,\n}").rfind("line 2, column ", 0) == 0);
  // An element key need not be in any codebook: an organisation's own may differ.
  const auto b = store::parsePromptBank(
      bank(R"({"id":"a","element":"goals","for":"family","text":{"en":"a?","nl":"a?"}})"), "test.json");
  CHECK(b.prompts.at(0).element == "goals");
  CHECK(b.prompts.at(0).audience == PromptAudience::Family);
}

TEST_CASE("Each intervision methods error names the field at fault", "[recall_assets]") {
  CHECK_NOTHROW(store::parseMethods(methods(method("m", phase("a"))), "test.json"));
  CHECK(badMethods(methods(method("m", phase("a", R"("minutes":0,"speaker":"inbrenger")")))) ==
        "methods[0].phases[0].minutes");
  CHECK(badMethods(methods(method("m", phase("a") + "," + phase("b", R"("minutes":181,"speaker":"inbrenger")")))) ==
        "methods[0].phases[1].minutes");
  CHECK(badMethods(methods(method("m", phase("a", R"("minutes":2.5,"speaker":"inbrenger")")))) ==
        "methods[0].phases[0].minutes");
  CHECK(badMethods(methods(method("m", phase("a", R"("speaker":"inbrenger")")))) == "methods[0].phases[0].minutes");
  CHECK(badMethods(methods(method("m", phase("a", R"("minutes":5,"speaker":"chair")")))) ==
        "methods[0].phases[0].speaker");
  CHECK_NOTHROW(store::parseMethods(methods(method("m", phase("a", R"("minutes":5,"speaker":"iedereen")"))), "t"));
  CHECK(badMethods(methods(method("m", phase("a", R"("minutes":5,"speaker":"inbrenger","plays":"yes")")))) ==
        "methods[0].phases[0].plays");
  CHECK(badMethods(methods(method("m", phase("a") + "," + phase("a")))) == "methods[0].phases[1].key");
  CHECK(badMethods(methods(method("m", phase("a")) + "," + method("m", phase("a")))) == "methods[1].key");
  CHECK(badMethods(methods(method("m", ""))) == "methods[0].phases");
  CHECK(badMethods(methods(R"({"key":"m","name":{"en":"M"},"summary":{"en":"S","nl":"S"},"phases":[)" + phase("a") +
                           "]}")) == "methods[0].name.nl");
  CHECK(badMethods(methods(method("m", phase("a")), R"("roles":[{"key":"inbrenger","name":{"en":"A","nl":"A"}},)"
                                                    R"({"key":"inbrenger","name":{"en":"B","nl":"B"}}])")) ==
        "roles[1].key");
  CHECK(badMethods(methods(method("m", phase("a")), R"("roles":[{"key":"iedereen","name":{"en":"A","nl":"A"}}])")) ==
        "roles[0].key");
  CHECK(badMethods(methods(method("m", phase("a")), R"("roles":[])")) == "roles");
  CHECK(badMethods(methods(method("m", phase("a")), kRoles,
                           R"("format":"spiegel-recall-prompts","format_version":1)")) == "format");
  std::string message;
  CHECK(badMethods(
            methods(method("m", phase("a")), kRoles, R"("format":"spiegel-intervision-methods","format_version":7)"),
            &message) == "format_version");
  CHECK(message.find("newer Spiegel") != std::string::npos);
  CHECK(message.find("reads up to 1") != std::string::npos);
}

TEST_CASE("A missing recall asset is NotFound", "[recall_assets]") {
  try {
    (void)store::loadMethods(kAssets / "recall/none.json");
    FAIL("loaded a file that is not there");
  } catch (const StoreError &e) {
    CHECK(e.code() == ErrorCode::NotFound);
  }
  CHECK_THROWS_AS(store::loadPromptBank(kAssets / "recall/none.json"), StoreError);
}
