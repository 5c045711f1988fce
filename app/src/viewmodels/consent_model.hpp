#pragma once
// What the Consent tab and `spiegel consent` show (issue #13 §1): per person
// and purpose the state of the one consent check (annotate::checkConsent,
// asked through review::Workspace::consentFor), with the reasons in the
// user's language, and the sentence said once when a project is opened for
// a purpose it lacks consent for.
//   const auto grid = consentGrid(ws, localToday());
//   for (const auto &row : grid.rows) for (const auto &cell : row.cells) draw(cell.status, cell.reasons);
// Pure functions of the workspace (localToday() reads the clock); any thread
// that owns the workspace.
#include "viewmodels/people_view.hpp"

#include "spiegel/annotate/consent.hpp"
#include "spiegel/review/workspace.hpp"

#include <string>
#include <vector>

namespace spiegel::app::viewmodels {

// Worst first is the order of the enum: one colour per cell.
enum class ConsentStatus { Allowed, Missing, Expired, Withdrawn, Refused };

struct ConsentCell {
  annotate::Purpose purpose = annotate::Purpose::Reflection;
  ConsentStatus status = ConsentStatus::Allowed;
  std::vector<std::string> reasons; // sentences (describe()), in the current language
};

struct ConsentRow {
  annotate::Uuid person;
  std::string name;       // personLabel()
  std::string age;        // "under 12", "12–15", "16+", "age unknown" (current language)
  std::string consenters; // who must consent for this person today, e.g. "moeder, vader + assent"
  std::vector<ConsentCell> cells; // one per annotate::allPurposes(), in that order
};

struct ConsentGrid {
  std::vector<ConsentRow> rows;            // the live participants in display order
  std::vector<bool> allowed;               // per purpose: may the whole recording be used
  bool nothingRecorded = false;            // no consent record at all ("no consent recorded yet")
};

// The participant a user's word means: id, alias, role key or role label
// (either language), nullptr when none. A role held by two people is
// ambiguous (nullptr, *ambiguous set) — the alias tells them apart.
[[nodiscard]] const annotate::Participant *findPerson(const std::vector<annotate::Participant> &people,
                                                      const std::string &word, bool *ambiguous = nullptr);
[[nodiscard]] std::string ageBandText(annotate::AgeBand band);

[[nodiscard]] ConsentGrid consentGrid(const review::Workspace &ws, annotate::CivilDate today);

// Every problem of `verdict` as one sentence each, in the current language.
[[nodiscard]] std::vector<std::string> consentReasons(const review::Workspace &ws,
                                                      const annotate::ConsentVerdict &verdict);

// The one sentence said when a project is opened for `purpose`: empty when
// the use is allowed; "No consent recorded yet …" when there are no
// records at all; otherwise who is missing, named.
[[nodiscard]] std::string openingNotice(const review::Workspace &ws, annotate::Purpose purpose,
                                        annotate::CivilDate today);

// The start screen's calm reminder for a project whose recording is to be
// kept until `retainUntil` (issue #13 §2): empty when that is more than
// kRetentionNoticeDays away (or not a day); else "keep until …, in N days"
// or "… has passed", with what to do.
inline constexpr int kRetentionNoticeDays = 30;
// One or two sentences on how long the recording's consents allow keeping
// it (Workspace::retentionAdvice), and whether its keep-until day is later
// than that; empty while the day of recording is not known. `suggested`
// gets the day to offer ("" when none).
[[nodiscard]] std::string retentionAdviceText(const review::Workspace &ws, const annotate::RetentionRules &rules,
                                              std::string *suggested = nullptr);
[[nodiscard]] std::string retentionReminder(const std::string &label, const std::string &retainUntil,
                                            annotate::CivilDate today);

// Today in the local time zone (consent days are local days).
[[nodiscard]] annotate::CivilDate localToday();

} // namespace spiegel::app::viewmodels
