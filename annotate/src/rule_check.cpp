#include "spiegel/annotate/rule_check.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "spiegel/annotate/roles.hpp"
#include "spiegel/annotate/time_format.hpp"

namespace spiegel::annotate {
namespace {

// Why 5: a warning must stay readable in a list; the ids list them all.
constexpr std::size_t kMaxNamedIndicators = 5;

std::string signedValue(int v) {
  return v > 0 ? "+" + std::to_string(v) : std::to_string(v);
}

bool about(const Annotation &a, const Element &e, const std::string &subject) {
  if (e.ratedFor == Subject::Family)
    return true;
  return std::find(a.participants.begin(), a.participants.end(), subject) != a.participants.end();
}

// "Leans forward (2×), tag without indicator" in both languages.
Text indicatorList(const Codebook &cb, const std::vector<const Annotation *> &tags) {
  std::vector<std::pair<std::string, int>> counts; // indicator id ("" = free tag), first-seen order
  for (const Annotation *a : tags) {
    const std::string key = a->indicator.value_or("");
    auto it = std::find_if(counts.begin(), counts.end(), [&](const auto &c) { return c.first == key; });
    if (it == counts.end())
      counts.emplace_back(key, 1);
    else
      ++it->second;
  }
  Text out;
  for (std::size_t i = 0; i < counts.size() && i < kMaxNamedIndicators; ++i) {
    const auto &[id, n] = counts[i];
    const Indicator *ind = id.empty() ? nullptr : cb.indicator(id);
    Text name = ind != nullptr ? ind->label
                : id.empty()   ? Text{"tag without indicator", "tag zonder indicator"}
                               : Text{id, id};
    const std::string times = n > 1 ? " (" + std::to_string(n) + "×)" : "";
    out.en += (i > 0 ? "; " : "") + name.en + times;
    out.nl += (i > 0 ? "; " : "") + name.nl + times;
  }
  if (counts.size() > kMaxNamedIndicators) {
    const std::string more = std::to_string(counts.size() - kMaxNamedIndicators);
    out.en += "; and " + more + " more";
    out.nl += "; en nog " + more;
  }
  return out;
}

std::vector<Uuid> idsOf(const std::vector<const Annotation *> &tags) {
  std::vector<Uuid> ids;
  for (const Annotation *a : tags)
    ids.push_back(a->id);
  return ids;
}

std::vector<std::string> indicatorIds(const std::vector<const Annotation *> &tags) {
  std::vector<std::string> ids;
  for (const Annotation *a : tags)
    if (a->indicator && std::find(ids.begin(), ids.end(), *a->indicator) == ids.end())
      ids.push_back(*a->indicator);
  return ids;
}

RuleWarning ratingWarning(const Codebook &cb, const Rating &r, const Element &e,
                          const std::vector<const Annotation *> &tags, bool positive,
                          std::span<const Participant> participants) {
  const Text who = subjectText(r.subject, participants);
  const ScalePoint *point = cb.scalePoint(r.value);
  const std::string value = signedValue(r.value);
  const Text valueText =
      point != nullptr ? Text{value + " (" + point->label.en + ")", value + " (" + point->label.nl + ")"}
                       : Text{value, value};
  const Text list = indicatorList(cb, tags);
  RuleWarning w{positive ? RuleKind::PositiveOnlyNotAboveZero : RuleKind::NegativeOnlyNotBelowZero,
                {},
                r.recording,
                r.reviewer,
                r.subject,
                r.element,
                r.id,
                r.value,
                idsOf(tags),
                indicatorIds(tags)};
  w.message.en = "Rating of " + who.en + " for " + e.name.en + " is " + valueText.en + ", but only " +
                 (positive ? "positive" : "negative") + " indicators were tagged: " + list.en +
                 ". With only " + (positive ? "positive" : "negative") + " indicators the rating should be " +
                 (positive ? "above" : "below") + " 0; revise the rating or the tags.";
  w.message.nl = "De beoordeling van " + who.nl + " voor " + e.name.nl + " is " + valueText.nl +
                 ", maar er zijn alleen " + (positive ? "positieve" : "negatieve") +
                 " indicatoren getagd: " + list.nl + ". Met alleen " +
                 (positive ? "positieve" : "negatieve") + " indicatoren hoort de beoordeling " +
                 (positive ? "boven" : "onder") + " 0 te liggen; pas de beoordeling of de tags aan.";
  return w;
}

void checkOneRating(const Codebook &cb, const Rating &r, std::span<const Annotation> annotations,
                    std::span<const Participant> participants, std::vector<RuleWarning> &out) {
  const Element *e = cb.element(r.element);
  if (e == nullptr)
    return;
  std::vector<const Annotation *> tags;
  bool anyPositive = false, anyNegative = false;
  for (const Annotation &a : annotations) {
    if (a.deleted || a.recording != r.recording || a.reviewer != r.reviewer || a.element != r.element)
      continue;
    if (!about(a, *e, r.subject))
      continue;
    tags.push_back(&a);
    (a.valence == Valence::Positive ? anyPositive : anyNegative) = true;
  }
  std::stable_sort(tags.begin(), tags.end(),
                   [](const Annotation *x, const Annotation *y) { return x->start < y->start; });
  if (cb.rulePositiveOnlyAboveZero && anyPositive && !anyNegative && r.value <= 0)
    out.push_back(ratingWarning(cb, r, *e, tags, true, participants));
  if (cb.ruleNegativeOnlyBelowZero && anyNegative && !anyPositive && r.value >= 0)
    out.push_back(ratingWarning(cb, r, *e, tags, false, participants));
}

void checkOncePerSession(const Codebook &cb, std::span<const Annotation> annotations,
                         std::span<const Participant> participants, std::vector<RuleWarning> &out) {
  // (recording, reviewer, subject, indicator id) → tags
  std::map<std::tuple<Uuid, Uuid, std::string, std::string>, std::vector<const Annotation *>> groups;
  for (const Annotation &a : annotations) {
    if (a.deleted || !a.indicator)
      continue;
    const Indicator *ind = cb.indicator(*a.indicator);
    const Element *e = ind != nullptr ? cb.element(ind->element) : nullptr;
    if (ind == nullptr || e == nullptr || !ind->oncePerSession)
      continue;
    if (e->ratedFor == Subject::Family || a.isFamilyLevel()) {
      groups[{a.recording, a.reviewer, kFamilySubject, ind->id}].push_back(&a);
    } else {
      for (const Uuid &p : a.participants)
        groups[{a.recording, a.reviewer, p, ind->id}].push_back(&a);
    }
  }
  for (auto &[key, tags] : groups) {
    if (tags.size() < 2)
      continue;
    std::stable_sort(tags.begin(), tags.end(),
                     [](const Annotation *x, const Annotation *y) { return x->start < y->start; });
    const auto &[recording, reviewer, subject, indicatorId] = key;
    const Indicator &ind = *cb.indicator(indicatorId);
    const Text who = subjectText(subject, participants);
    std::string times;
    for (const Annotation *a : tags)
      times += (times.empty() ? "" : ", ") + formatTime(a->start);
    const std::string n = std::to_string(tags.size());
    RuleWarning w{RuleKind::OncePerSessionRepeated,
                  {},
                  recording,
                  reviewer,
                  subject,
                  ind.element,
                  std::nullopt,
                  std::nullopt,
                  idsOf(tags),
                  {ind.id}};
    w.message.en = "\"" + ind.label.en + "\" is tagged " + n + " times for " + who.en + " (" + times +
                   "), but it counts once per session; keep one tag and delete the others.";
    w.message.nl = "\"" + ind.label.nl + "\" is " + n + " keer getagd voor " + who.nl + " (" + times +
                   "), maar telt één keer per gesprek; houd één tag en verwijder de andere.";
    out.push_back(std::move(w));
  }
}

} // namespace

Text subjectText(const std::string &subject, std::span<const Participant> participants) {
  if (subject == kFamilySubject)
    return {"the family", "het gezin"};
  auto it = std::find_if(participants.begin(), participants.end(),
                         [&](const Participant &p) { return p.id == subject; });
  if (it == participants.end())
    return {"an unknown participant", "een onbekende deelnemer"};
  Text t = roleText(it->role);
  if (!it->alias.empty()) {
    t.en += " (" + it->alias + ")";
    t.nl += " (" + it->alias + ")";
  }
  return t;
}

std::vector<RuleWarning> checkRatings(const Codebook &codebook, std::span<const Annotation> annotations,
                                      std::span<const Rating> ratings,
                                      std::span<const Participant> participants) {
  std::vector<RuleWarning> out;
  for (const Rating &r : ratings)
    if (!r.deleted)
      checkOneRating(codebook, r, annotations, participants, out);
  checkOncePerSession(codebook, annotations, participants, out);
  auto elementOrder = [&](const std::string &key) {
    const Element *e = codebook.element(key);
    return e != nullptr ? e - codebook.elements.data()
                        : static_cast<std::ptrdiff_t>(codebook.elements.size());
  };
  std::stable_sort(out.begin(), out.end(), [&](const RuleWarning &x, const RuleWarning &y) {
    return std::forward_as_tuple(x.recording, x.reviewer, elementOrder(x.element), x.subject) <
           std::forward_as_tuple(y.recording, y.reviewer, elementOrder(y.element), y.subject);
  });
  return out;
}

} // namespace spiegel::annotate
