#include "spiegel/annotate/recall_assets.hpp"

#include <algorithm>

namespace spiegel::annotate {
namespace {

template <class T> const T *byKey(const std::vector<T> &items, std::string_view key) {
  const auto it = std::find_if(items.begin(), items.end(), [&](const T &t) { return t.key == key; });
  return it == items.end() ? nullptr : &*it;
}

template <class T> void replaceOrAppend(std::vector<T> &items, const std::vector<T> &more) {
  for (const T &t : more) {
    const auto it = std::find_if(items.begin(), items.end(), [&](const T &have) { return have.key == t.key; });
    if (it == items.end())
      items.push_back(t);
    else
      *it = t;
  }
}

} // namespace

std::string_view promptAudienceKey(PromptAudience a) { return a == PromptAudience::Family ? "family" : "professional"; }

std::optional<PromptAudience> parsePromptAudience(std::string_view key) {
  if (key == "professional")
    return PromptAudience::Professional;
  if (key == "family")
    return PromptAudience::Family;
  return std::nullopt;
}

const RecallPrompt *PromptBank::prompt(std::string_view id) const {
  const auto it = std::find_if(prompts.begin(), prompts.end(), [&](const RecallPrompt &p) { return p.id == id; });
  return it == prompts.end() ? nullptr : &*it;
}

std::vector<RecallPrompt> PromptBank::promptsFor(std::string_view element) const {
  std::vector<RecallPrompt> out;
  for (const RecallPrompt &p : prompts)
    if (p.element.empty() || p.element == element)
      out.push_back(p);
  return out;
}

std::vector<RecallPrompt> PromptBank::promptsFor(std::string_view element, PromptAudience audience) const {
  std::vector<RecallPrompt> out = promptsFor(element);
  std::erase_if(out, [&](const RecallPrompt &p) { return p.audience != audience; });
  return out;
}

const MethodPhase *RecallMethod::phase(std::string_view phaseKey) const { return byKey(phases, phaseKey); }

int RecallMethod::totalMinutes() const {
  int total = 0;
  for (const MethodPhase &p : phases)
    total += p.minutes;
  return total;
}

const RecallMethod *MethodSet::find(std::string_view key) const { return byKey(methods, key); }

const MethodRole *MethodSet::role(std::string_view key) const { return byKey(roles, key); }

void MethodSet::add(const MethodSet &own) {
  replaceOrAppend(roles, own.roles);
  replaceOrAppend(methods, own.methods);
}

} // namespace spiegel::annotate
