#pragma once
// The two data assets of recall and intervision sessions (issue #14;
// domain.md §3–4): the prompt bank (short, open, non-evaluative leads, IPR
// style) and the intervision method templates (phases with a suggested
// length, who speaks, what is noted, whether the fragment plays). Pure value
// types; store/recall_assets_json.hpp reads them from assets/recall/*.json.
//
//   for (const RecallPrompt &p : bank.promptsFor(tag.element, PromptAudience::Professional)) offer(p.text.in(lang));
//   if (const RecallMethod *m = methods.find(session.method)) showPhases(m->phases);
#include "spiegel/annotate/types.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace spiegel::annotate {

// Whom a lead is asked of: the professional recalling their own work (IPR,
// supervision, intervision), or a family looking at their own interaction
// (video-hometraining / VIG).
enum class PromptAudience { Professional, Family };

[[nodiscard]] std::string_view promptAudienceKey(PromptAudience a); // "professional", "family"
[[nodiscard]] std::optional<PromptAudience> parsePromptAudience(std::string_view key);

struct RecallPrompt {
  std::string id;      // stable, unique within its bank, e.g. "general.inside"
  std::string element; // codebook element key it suits, "" = any moment
  PromptAudience audience = PromptAudience::Professional;
  Text text; // both languages
  bool operator==(const RecallPrompt &) const = default;
};

struct PromptBank {
  std::vector<RecallPrompt> prompts; // in file order

  [[nodiscard]] const RecallPrompt *prompt(std::string_view id) const;
  // The general leads and those of `element`, in file order (element ""
  // gives the general ones only). The second form keeps one audience.
  [[nodiscard]] std::vector<RecallPrompt> promptsFor(std::string_view element) const;
  [[nodiscard]] std::vector<RecallPrompt> promptsFor(std::string_view element, PromptAudience audience) const;
  bool operator==(const PromptBank &) const = default;
};

// The speaker of a phase that is not one role: the whole group talks.
inline constexpr std::string_view kEveryoneSpeaks = "iedereen";

// A role in an intervision group: "inbrenger" (case presenter),
// "gespreksleider" (facilitator), "deelnemers" (participants).
struct MethodRole {
  std::string key;
  Text name;
  bool operator==(const MethodRole &) const = default;
};

struct MethodPhase {
  std::string key; // unique within its method, e.g. "questions"
  Text name;
  int minutes = 0;     // suggested length, 1–180
  std::string speaker; // a MethodRole key, or kEveryoneSpeaks
  Text notes;          // what is written down in this phase
  bool plays = false;  // the chosen fragment(s) are played in this phase
  bool operator==(const MethodPhase &) const = default;
};

// A method template. Free recall has none: a session without a method.
struct RecallMethod {
  std::string key; // what RecallSession::method stores, e.g. "incident"
  Text name, summary;
  std::vector<MethodPhase> phases; // in running order, at least one

  [[nodiscard]] const MethodPhase *phase(std::string_view phaseKey) const;
  [[nodiscard]] int totalMinutes() const;
  bool operator==(const RecallMethod &) const = default;
};

struct MethodSet {
  std::vector<MethodRole> roles;
  std::vector<RecallMethod> methods; // in file order

  [[nodiscard]] const RecallMethod *find(std::string_view key) const;
  [[nodiscard]] const MethodRole *role(std::string_view key) const;
  // Adds an organisation's own file to the shipped one: a method or role
  // whose key is already here replaces it in place, the others are appended.
  void add(const MethodSet &own);
  bool operator==(const MethodSet &) const = default;
};

} // namespace spiegel::annotate
