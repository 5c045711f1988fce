// The Consent tab's rows and the opening sentence (consent_model.hpp).
#include "viewmodels/consent_model.hpp"

#include "common/i18n.hpp"

#include "spiegel/annotate/civil_date.hpp"
#include "spiegel/annotate/roles.hpp"

#include <algorithm>
#include <ctime>

namespace spiegel::app::viewmodels {

using annotate::AgeBand;
using annotate::ConsentProblemKind;
using annotate::Participant;

const Participant *findPerson(const std::vector<Participant> &people, const std::string &word, bool *ambiguous) {
  if (ambiguous != nullptr)
    *ambiguous = false;
  for (const auto &p : people)
    if (p.id == word || (!p.alias.empty() && p.alias == word) || personLabel(p) == word)
      return &p;
  const Participant *found = nullptr;
  for (const auto &p : people) {
    const auto text = annotate::roleText(p.role);
    if (p.role != word && text.en != word && text.nl != word)
      continue;
    if (found != nullptr) {
      if (ambiguous != nullptr)
        *ambiguous = true;
      return nullptr;
    }
    found = &p;
  }
  return found;
}

std::string ageBandText(AgeBand band) {
  switch (band) {
  case AgeBand::Under12: return tr("under 12", "jonger dan 12");
  case AgeBand::From12To15: return tr("12–15", "12–15");
  case AgeBand::From16: return tr("16+", "16+");
  case AgeBand::Unknown: break;
  }
  return tr("age unknown", "leeftijd onbekend");
}

namespace {

ConsentStatus statusOf(ConsentProblemKind k) {
  switch (k) {
  case ConsentProblemKind::Withdrawn: return ConsentStatus::Withdrawn;
  case ConsentProblemKind::Refused: return ConsentStatus::Refused;
  case ConsentProblemKind::Expired: return ConsentStatus::Expired;
  default: return ConsentStatus::Missing;
  }
}

std::string nameIn(const review::Workspace &ws, const annotate::Uuid &id) {
  const auto *p = ws.participant(id);
  return p != nullptr ? personLabel(*p) : tr("someone no longer listed", "iemand die niet meer in de lijst staat");
}

// Who must consent for p on `today` (the rules of annotate/consent.hpp).
std::string consentersOf(const review::Workspace &ws, const Participant &p, AgeBand band) {
  std::string parents;
  for (const auto &c : p.custodians)
    parents += (parents.empty() ? "" : ", ") + nameIn(ws, c);
  if (parents.empty())
    parents = tr("custodial parents (not recorded)", "gezagdragende ouders (niet vastgelegd)");
  switch (band) {
  case AgeBand::Under12: return parents + tr(" + the child's assent", " + instemming van het kind");
  case AgeBand::From12To15: return personLabel(p) + tr(" and ", " en ") + parents;
  case AgeBand::From16: return personLabel(p);
  case AgeBand::Unknown: break;
  }
  return tr("enter the age first", "vul eerst de leeftijd in");
}

} // namespace

std::vector<std::string> consentReasons(const review::Workspace &ws, const annotate::ConsentVerdict &verdict) {
  std::vector<std::string> out;
  const auto nameOf = [&](const annotate::Uuid &id) { return nameIn(ws, id); };
  for (const auto &problem : verdict.problems)
    out.push_back(annotate::describe(problem, nameOf).in(langCode()));
  return out;
}

ConsentGrid consentGrid(const review::Workspace &ws, annotate::CivilDate today) {
  ConsentGrid grid;
  grid.nothingRecorded = ws.consents().empty();
  for (const auto &p : ws.participants()) {
    const auto band = annotate::ageBandOn(p, today);
    grid.rows.push_back({p.id, personLabel(p), ageBandText(band), consentersOf(ws, p, band), {}});
  }
  const auto nameOf = [&](const annotate::Uuid &id) { return nameIn(ws, id); };
  for (const auto purpose : annotate::allPurposes()) {
    const auto verdict = ws.consentFor({.purpose = purpose, .today = today});
    grid.allowed.push_back(verdict.allowed());
    for (auto &row : grid.rows) {
      ConsentCell cell{purpose, ConsentStatus::Allowed, {}};
      for (const auto &problem : verdict.problems) {
        if (problem.person != row.person)
          continue;
        cell.status = std::max(cell.status, statusOf(problem.kind));
        cell.reasons.push_back(annotate::describe(problem, nameOf).in(langCode()));
      }
      row.cells.push_back(std::move(cell));
    }
  }
  return grid;
}

std::string openingNotice(const review::Workspace &ws, annotate::Purpose purpose, annotate::CivilDate today) {
  const auto verdict = ws.consentFor({.purpose = purpose, .today = today});
  if (verdict.allowed())
    return {};
  const std::string what = annotate::purposeText(purpose).in(langCode());
  if (ws.consents().empty())
    return tr("No consent recorded yet for this recording (", "Nog geen toestemming vastgelegd voor deze opname (") +
           what + tr("): record it in the Consent tab before you use the recording.",
                     "): leg die vast in het tabblad Toestemming voordat je de opname gebruikt.");
  std::vector<std::string> people;
  for (const auto &problem : verdict.problems) {
    if (problem.person.empty())
      return consentReasons(ws, verdict).front() + ".";
    const auto name = nameIn(ws, problem.person);
    if (std::find(people.begin(), people.end(), name) == people.end())
      people.push_back(name);
  }
  std::string names;
  for (const auto &n : people)
    names += (names.empty() ? "" : ", ") + n;
  return tr("Consent for ", "Toestemming voor ") + what + tr(" is not complete for: ", " is niet rond voor: ") + names +
         tr(". The Consent tab says what is missing.", ". Het tabblad Toestemming zegt wat er ontbreekt.");
}

std::string retentionReminder(const std::string &label, const std::string &retainUntil, annotate::CivilDate today) {
  const auto day = annotate::parseCivilDate(retainUntil);
  if (!day)
    return {};
  const int left = annotate::daysBetween(today, *day);
  if (left > kRetentionNoticeDays)
    return {};
  const std::string name = "\u201C" + label + "\u201D";
  if (left < 0)
    return name + tr(": its recording was to be kept until ", ": de opname zou bewaard worden tot ") + retainUntil +
           tr(". Delete it (spiegel delete), or set a later day in the Consent tab if it is still needed.",
              ". Verwijder die (spiegel delete), of zet een latere dag in het tabblad Toestemming als die nog nodig is.");
  const std::string when = left == 0   ? std::string(tr("today", "vandaag"))
                           : left == 1 ? std::string(tr("tomorrow", "morgen"))
                                       : tr("in ", "over ") + std::to_string(left) + tr(" days", " dagen");
  return name + tr(": keep its recording until ", ": bewaar de opname tot ") + retainUntil + " (" + when +
         tr("). Delete it then, or sooner once it is no longer needed.",
            "). Verwijder die dan, of eerder zodra die niet meer nodig is.");
}

std::string retentionAdviceText(const review::Workspace &ws, const annotate::RetentionRules &rules,
                                std::string *suggested) {
  if (suggested != nullptr)
    suggested->clear();
  const std::optional<annotate::RetentionAdvice> known = ws.retentionAdvice(rules);
  if (!known)
    return {};
  const annotate::RetentionAdvice &advice = *known;
  std::string text;
  if (advice.latest) {
    const std::string latest = annotate::formatCivilDate(*advice.latest);
    if (suggested != nullptr)
      *suggested = latest;
    const bool teaching = advice.longest == annotate::Purpose::Teaching;
    text = tr("Its consents allow keeping it until ", "De toestemmingen staan bewaren toe tot ") + latest + " (" +
           annotate::purposeText(*advice.longest).in(langCode()) + ": " +
           (teaching ? tr("at most ", "hoogstens ") + std::to_string(annotate::kTeachingYears) + tr(" years", " jaar")
                     : tr("at most ", "hoogstens ") + std::to_string(rules.workingMonths) +
                           tr(" months, your organisation's maximum", " maanden, het maximum van je organisatie")) +
           tr("); sooner once it is no longer needed.", "); eerder zodra die niet meer nodig is.");
    const auto until = annotate::parseCivilDate(ws.recording().retainUntil);
    if (until && *until > *advice.latest)
      text += tr(" The keep-until day is later than that: bring it forward.",
                 " De bewaardag ligt later: zet hem eerder.");
  } else if (!advice.research) {
    text = tr("No use is consented by everyone yet, so no keep-until day can be suggested.",
              "Nog geen gebruik heeft ieders toestemming, dus er is geen bewaardag voor te stellen.");
  }
  if (advice.research)
    text += std::string(text.empty() ? "" : " ") +
            tr("Research: keep it as the research protocol says.", "Onderzoek: bewaar die zoals het onderzoeksprotocol zegt.");
  return text;
}

annotate::CivilDate localToday() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  localtime_r(&t, &tm);
  return {tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

} // namespace spiegel::app::viewmodels
