// spiegel consent list|check|set|withdraw|person|recording — consent per
// person × purpose (issue #13 §1). Every answer comes from the one check
// (annotate::checkConsent through review::Workspace::consentFor), worded by
// viewmodels/consent_model, the same as the window's Consent tab.
#include "cli/review_cli.hpp"
#include "cli/store_cli.hpp"
#include "common/arg_parser.hpp"
#include "common/i18n.hpp"
#include "common/settings.hpp"
#include "viewmodels/consent_model.hpp"

#include "spiegel/annotate/civil_date.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <iostream>

namespace spiegel::app {
namespace {
using annotate::ConsentState;
using annotate::Purpose;
using Json = nlohmann::ordered_json;

void help() {
  std::cout << tr(
      "Usage:\n"
      "  spiegel consent list PROJECT.spiegel [--json]\n"
      "      Everyone in the recording: age band, who must consent, and per purpose whether it is allowed today.\n"
      "  spiegel consent check PROJECT.spiegel --purpose P [--on DAY] [--visible PERSON]... [--faces-hidden] [--json]\n"
      "      May the recording (or a stretch where only these people are seen) be used for P? Exit 0 yes, 4 no,\n"
      "      with who is missing and why.\n"
      "  spiegel consent set PROJECT.spiegel PERSON --purpose P [--by PARTY] [--refused] [--given-on DAY]\n"
      "                      [--expires DAY] [--face-hidden] [--audience TEXT] [--evidence TEXT] [--reviewer NAME]\n"
      "      Record that PARTY (the person themself unless given: a custodial parent) consented for PERSON.\n"
      "  spiegel consent withdraw PROJECT.spiegel PERSON (--purpose P | --all) [--by PARTY] [--on DAY]\n"
      "      Withdrawal: the uses are blocked at once and the recording is marked for deletion.\n"
      "  spiegel consent person PROJECT.spiegel PERSON [--birth-year YYYY | --age-band B] [--custodian PARTY]...\n"
      "                      [--custody-source TEXT] [--custody-checked-on DAY]\n"
      "      The facts the check needs: age (B: under_12, 12_15, 16_plus, unknown), who holds parental\n"
      "      authority (gezag), and how and when that was checked.\n"
      "  spiegel consent recording PROJECT.spiegel [--recorded-on DAY] [--retain-until DAY]\n"
      "Purposes: reflection, supervision, intervision, recall, teaching, research. Days: YYYY-MM-DD.\n"
      "PERSON and PARTY: a role (moeder), an alias, or an id.\n",
      "Gebruik:\n"
      "  spiegel consent list PROJECT.spiegel [--json]\n"
      "      Iedereen in de opname: leeftijdsgroep, wie moet toestemmen, en per doel of het vandaag mag.\n"
      "  spiegel consent check PROJECT.spiegel --purpose DOEL [--on DAG] [--visible PERSOON]... [--faces-hidden] [--json]\n"
      "      Mag de opname (of een stuk waarin alleen deze mensen te zien zijn) voor DOEL gebruikt worden?\n"
      "      Afsluitcode 0 ja, 4 nee, met wie er ontbreekt en waarom.\n"
      "  spiegel consent set PROJECT.spiegel PERSOON --purpose DOEL [--by PARTIJ] [--refused] [--given-on DAG]\n"
      "                      [--expires DAG] [--face-hidden] [--audience TEKST] [--evidence TEKST] [--reviewer NAAM]\n"
      "      Leg vast dat PARTIJ (de persoon zelf, tenzij opgegeven: een ouder met gezag) toestemde voor PERSOON.\n"
      "  spiegel consent withdraw PROJECT.spiegel PERSOON (--purpose DOEL | --all) [--by PARTIJ] [--on DAG]\n"
      "      Intrekking: het gebruik wordt meteen geblokkeerd en de opname wordt gemarkeerd om te verwijderen.\n"
      "  spiegel consent person PROJECT.spiegel PERSOON [--birth-year JJJJ | --age-band G] [--custodian PARTIJ]...\n"
      "                      [--custody-source TEKST] [--custody-checked-on DAG]\n"
      "      Wat de controle nodig heeft: leeftijd (G: under_12, 12_15, 16_plus, unknown), wie het gezag heeft,\n"
      "      en hoe en wanneer dat is nagegaan.\n"
      "  spiegel consent recording PROJECT.spiegel [--recorded-on DAG] [--retain-until DAG]\n"
      "Doelen: reflection, supervision, intervision, recall, teaching, research. Dagen: JJJJ-MM-DD.\n"
      "PERSOON en PARTIJ: een rol (moeder), een alias of een id.\n");
}

std::vector<std::string> positionals(ArgParser &p, std::size_t count) { return exactPositionals(p, count, "consent"); }

annotate::CivilDate dayOption(const std::optional<std::string> &text, const char *option) {
  if (!text)
    return viewmodels::localToday();
  if (auto d = annotate::parseCivilDate(*text))
    return *d;
  throw UsageError(std::string(option) + tr(" needs a day as YYYY-MM-DD, not \"", " wil een dag als JJJJ-MM-DD, niet \"") +
                   *text + "\".");
}

Purpose purposeOption(const std::optional<std::string> &key) {
  if (!key)
    throw UsageError(tr("Say which purpose with --purpose (reflection, supervision, intervision, recall, teaching, "
                        "research).",
                        "Zeg voor welk doel met --purpose (reflection, supervision, intervision, recall, teaching, "
                        "research)."));
  if (auto p = annotate::parsePurpose(*key))
    return *p;
  throw UsageError("\"" + *key +
                   tr("\" is not a purpose; use reflection, supervision, intervision, recall, teaching or research.",
                      "\" is geen doel; gebruik reflection, supervision, intervision, recall, teaching of research."));
}

const annotate::Participant &person(const review::Workspace &ws, const std::string &word) {
  bool ambiguous = false;
  if (const auto *p = viewmodels::findPerson(ws.participants(), word, &ambiguous))
    return *p;
  std::string known;
  for (const auto &q : ws.participants())
    known += (known.empty() ? "" : ", ") + viewmodels::personLabel(q);
  throw UsageError("\"" + word + "\"" +
                   (ambiguous ? tr(" is the role of more than one person; name them by alias or id.",
                                   " is de rol van meer dan een persoon; noem de persoon bij alias of id.")
                              : std::string(tr(" is not a person in this recording; they are: ",
                                               " is geen persoon in deze opname; dat zijn: ")) +
                                    (known.empty() ? tr("(none yet)", "(nog niemand)") : known) + "."));
}

// Pads to `width` characters on screen (UTF-8: continuation bytes take none).
std::string padded(const std::string &text, std::size_t width) {
  const auto shown = static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
  return text + std::string(shown < width ? width - shown : 1, ' ');
}

const char *statusWord(viewmodels::ConsentStatus s) {
  switch (s) {
  case viewmodels::ConsentStatus::Allowed: return tr("ok", "ok");
  case viewmodels::ConsentStatus::Missing: return tr("missing", "ontbreekt");
  case viewmodels::ConsentStatus::Expired: return tr("expired", "verlopen");
  case viewmodels::ConsentStatus::Withdrawn: return tr("withdrawn", "ingetrokken");
  case viewmodels::ConsentStatus::Refused: return tr("refused", "geweigerd");
  }
  return "";
}

// A person × purpose table, then who must consent for whom.
void printGrid(const viewmodels::ConsentGrid &grid) {
  if (grid.nothingRecorded)
    std::cout << tr("No consent recorded yet for this recording.\n", "Nog geen toestemming vastgelegd voor deze opname.\n");
  std::size_t nameWidth = 8;
  for (const auto &row : grid.rows)
    nameWidth = std::max(nameWidth, padded(row.name, 0).size() + 2);
  std::cout << padded(tr("person", "persoon"), nameWidth) << padded(tr("age", "leeftijd"), 15);
  for (const auto purpose : annotate::allPurposes())
    std::cout << padded(std::string(annotate::purposeKey(purpose)), 13);
  std::cout << '\n';
  for (const auto &row : grid.rows) {
    std::cout << padded(row.name, nameWidth) << padded(row.age, 15);
    for (const auto &cell : row.cells)
      std::cout << padded(statusWord(cell.status), 13);
    std::cout << '\n';
  }
  std::cout << tr("Who must consent:\n", "Wie moet toestemmen:\n");
  for (const auto &row : grid.rows)
    std::cout << "  " << row.name << ": " << row.consenters << '\n';
  std::cout << tr("Why a use is not allowed: spiegel consent check PROJECT --purpose P\n",
                  "Waarom iets niet mag: spiegel consent check PROJECT --purpose DOEL\n");
}

void printReasons(const std::vector<std::string> &reasons) {
  for (const auto &r : reasons)
    std::cout << "  - " << r << '\n';
}

int runList(ArgParser &p) {
  const bool json = p.flag("--json");
  const auto day = dayOption(p.value("--on"), "--on");
  const auto pos = positionals(p, 1);
  auto ws = openForLooking(pos[0]);
  const auto grid = viewmodels::consentGrid(*ws, day);
  const auto purposes = annotate::allPurposes();
  if (!json) {
    printGrid(grid);
    return kExitOk;
  }
  Json people = Json::array();
  for (const auto &row : grid.rows) {
    Json cells = Json::object();
    for (const auto &cell : row.cells)
      cells[std::string(annotate::purposeKey(cell.purpose))] = {{"allowed", cell.reasons.empty()},
                                                                {"reasons", cell.reasons}};
    people.push_back({{"id", row.person}, {"name", row.name}, {"age", row.age}, {"consent_from", row.consenters},
                      {"purposes", cells}});
  }
  Json allowed = Json::object();
  for (std::size_t i = 0; i < purposes.size(); ++i)
    allowed[std::string(annotate::purposeKey(purposes[i]))] = static_cast<bool>(grid.allowed[i]);
  Json records = Json::array();
  for (const auto &c : ws->consents())
    records.push_back({{"id", c.id}, {"person", c.person}, {"party", c.party},
                       {"purpose", annotate::purposeKey(c.purpose)}, {"state", annotate::consentStateKey(c.state)},
                       {"given_on", c.givenOn}, {"recorded_by", c.recordedBy}, {"face_visible", c.faceVisible},
                       {"audience", c.audience}, {"expires", c.expires}, {"evidence", c.evidence},
                       {"withdrawn_on", c.withdrawnOn}});
  const auto &rec = ws->recording();
  std::cout << Json{{"recording", {{"id", rec.id}, {"recorded_on", rec.recordedOn}, {"retain_until", rec.retainUntil},
                                   {"deletion_requested_on", rec.deletionRequestedOn}}},
                    {"day", annotate::formatCivilDate(day)},
                    {"allowed", allowed},
                    {"people", people},
                    {"consents", records}}
                   .dump(2)
            << '\n';
  return kExitOk;
}

int runCheck(ArgParser &p) {
  const bool json = p.flag("--json");
  const bool facesHidden = p.flag("--faces-hidden");
  const auto purpose = purposeOption(p.value("--purpose"));
  const auto day = dayOption(p.value("--on"), "--on");
  const auto visibleWords = p.values("--visible");
  const auto pos = positionals(p, 1);
  auto ws = openForLooking(pos[0]);
  annotate::ConsentQuery query{.purpose = purpose, .today = day, .visible = std::nullopt, .facesShown = !facesHidden};
  if (!visibleWords.empty()) {
    query.visible.emplace();
    for (const auto &w : visibleWords)
      query.visible->push_back(person(*ws, w).id);
  }
  const auto verdict = ws->consentFor(query);
  const auto reasons = viewmodels::consentReasons(*ws, verdict);
  const std::string what = annotate::purposeText(purpose).in(langCode());
  if (json) {
    Json problems = Json::array();
    for (std::size_t i = 0; i < verdict.problems.size(); ++i)
      problems.push_back({{"person", verdict.problems[i].person}, {"party", verdict.problems[i].party},
                          {"text", reasons[i]}});
    std::cout << Json{{"purpose", annotate::purposeKey(purpose)}, {"day", annotate::formatCivilDate(day)},
                      {"allowed", verdict.allowed()}, {"problems", problems}}
                     .dump(2)
              << '\n';
  } else if (verdict.allowed()) {
    std::cout << tr("Allowed for ", "Toegestaan voor ") << what << tr(" on ", " op ") << annotate::formatCivilDate(day)
              << ".\n";
  } else {
    std::cout << tr("Not allowed for ", "Niet toegestaan voor ") << what << tr(" on ", " op ")
              << annotate::formatCivilDate(day) << ":\n";
    printReasons(reasons);
  }
  return verdict.allowed() ? kExitOk : kExitRefused;
}

// The live record of (person, party, purpose), or a new one.
annotate::Consent recordFor(const review::Workspace &ws, const annotate::Uuid &person, const annotate::Uuid &party,
                            Purpose purpose) {
  for (const auto &c : ws.consents())
    if (c.person == person && c.party == party && c.purpose == purpose)
      return c;
  return {.person = person, .party = party, .purpose = purpose};
}

int runSet(ArgParser &p) {
  const auto reviewer = p.value("--reviewer");
  const auto purpose = purposeOption(p.value("--purpose"));
  const auto by = p.value("--by");
  const bool refused = p.flag("--refused");
  const bool faceHidden = p.flag("--face-hidden");
  const auto givenOn = dayOption(p.value("--given-on"), "--given-on");
  const auto expires = p.value("--expires");
  const auto audience = p.value("--audience"), evidence = p.value("--evidence");
  const auto pos = positionals(p, 2);
  auto ws = openForEditing(pos[0], cliIdentity(reviewer));
  const auto &who = person(*ws, pos[1]);
  const auto &party = by ? person(*ws, *by) : who;
  auto c = recordFor(*ws, who.id, party.id, purpose);
  c.state = refused ? ConsentState::Refused : ConsentState::Given;
  c.givenOn = annotate::formatCivilDate(givenOn);
  c.withdrawnOn.clear();
  c.faceVisible = !faceHidden;
  if (expires)
    c.expires = annotate::formatCivilDate(dayOption(expires, "--expires"));
  if (audience)
    c.audience = *audience;
  if (evidence)
    c.evidence = *evidence;
  check(ws->saveConsent(c).error, pos[0]);
  std::cout << viewmodels::personLabel(party) << (refused ? tr(" refused ", " weigerde ") : tr(" consented to ", " stemde in met "))
            << annotate::purposeText(purpose).in(langCode())
            << (party.id == who.id ? std::string() : tr(" for ", " voor ") + viewmodels::personLabel(who)) << ".\n";
  return kExitOk;
}

int runWithdraw(ArgParser &p) {
  const auto reviewer = p.value("--reviewer");
  const bool all = p.flag("--all");
  const auto purposeKey = p.value("--purpose");
  const auto by = p.value("--by");
  const auto on = dayOption(p.value("--on"), "--on");
  const auto pos = positionals(p, 2);
  std::vector<Purpose> purposes;
  if (all)
    purposes.assign(annotate::allPurposes().begin(), annotate::allPurposes().end());
  else
    purposes.push_back(purposeOption(purposeKey));
  auto ws = openForEditing(pos[0], cliIdentity(reviewer));
  const auto &who = person(*ws, pos[1]);
  const auto &party = by ? person(*ws, *by) : who;
  for (const auto purpose : purposes) {
    auto c = recordFor(*ws, who.id, party.id, purpose);
    if (all && c.id.empty())
      continue; // --all withdraws what was given, it does not invent records
    c.state = ConsentState::Withdrawn;
    c.withdrawnOn = annotate::formatCivilDate(on);
    check(ws->saveConsent(c).error, pos[0]);
  }
  std::cout << tr("Withdrawn. Uses that needed it are blocked from now on; the recording is marked for deletion (",
                  "Ingetrokken. Gebruik waarvoor dit nodig was is vanaf nu geblokkeerd; de opname is gemarkeerd om te "
                  "verwijderen (")
            << ws->recording().deletionRequestedOn << ").\n";
  return kExitOk;
}

int runPerson(ArgParser &p) {
  const auto reviewer = p.value("--reviewer");
  const auto birthYear = p.value("--birth-year"), band = p.value("--age-band");
  const auto custodianWords = p.values("--custodian");
  const auto source = p.value("--custody-source"), checkedOn = p.value("--custody-checked-on");
  const auto pos = positionals(p, 2);
  auto ws = openForEditing(pos[0], cliIdentity(reviewer));
  auto q = person(*ws, pos[1]);
  if (birthYear) {
    try {
      q.birthYear = std::stoi(*birthYear);
    } catch (const std::exception &) {
      throw UsageError(tr("--birth-year needs a year, e.g. 2013.", "--birth-year wil een jaartal, bijvoorbeeld 2013."));
    }
  }
  if (band) {
    static constexpr std::pair<const char *, annotate::AgeBand> kBands[] = {
        {"unknown", annotate::AgeBand::Unknown}, {"under_12", annotate::AgeBand::Under12},
        {"12_15", annotate::AgeBand::From12To15}, {"16_plus", annotate::AgeBand::From16}};
    const auto *it = std::find_if(std::begin(kBands), std::end(kBands), [&](const auto &b) { return *band == b.first; });
    if (it == std::end(kBands))
      throw UsageError(tr("--age-band is under_12, 12_15, 16_plus or unknown.",
                          "--age-band is under_12, 12_15, 16_plus of unknown."));
    q.ageBand = it->second;
  }
  if (!custodianWords.empty()) {
    q.custodians.clear();
    for (const auto &w : custodianWords)
      q.custodians.push_back(person(*ws, w).id);
  }
  if (source)
    q.custodySource = *source;
  if (checkedOn)
    q.custodyCheckedOn = annotate::formatCivilDate(dayOption(checkedOn, "--custody-checked-on"));
  check(ws->updateParticipant(q), pos[0]);
  const auto band2 = annotate::ageBandOn(q, viewmodels::localToday());
  std::cout << viewmodels::personLabel(q) << ": " << viewmodels::ageBandText(band2) << ".\n";
  return kExitOk;
}

int runRecording(ArgParser &p) {
  const auto recordedOn = p.value("--recorded-on"), retainUntil = p.value("--retain-until");
  const auto pos = positionals(p, 1);
  // Writable, but no reviewer needed: the days are the project's, audited under the user's name.
  auto opened = review::Workspace::openProject(openProject(pos[0]), std::nullopt);
  check(opened.error, pos[0]);
  review::Workspace &ws = **opened.value;
  std::string on = ws.recording().recordedOn, until = ws.recording().retainUntil;
  if (recordedOn)
    on = annotate::formatCivilDate(dayOption(recordedOn, "--recorded-on"));
  if (retainUntil)
    until = annotate::formatCivilDate(dayOption(retainUntil, "--retain-until"));
  if (recordedOn || retainUntil)
    check(ws.setRecordingDays(on, until), pos[0]);
  std::cout << tr("Recorded on ", "Opgenomen op ") << (on.empty() ? "?" : on) << tr(", keep until ", ", bewaren tot ")
            << (until.empty() ? "?" : until) << ".\n";
  const std::string advice =
      viewmodels::retentionAdviceText(ws, {.workingMonths = loadSettings(settingsFile()).retentionMonths});
  if (!advice.empty())
    std::cout << advice << "\n";
  return kExitOk;
}

} // namespace

int runConsent(const Args &args) {
  static constexpr Subcommand kSubcommands[] = {
      {"list", runList},         {"check", runCheck},   {"set", runSet},
      {"withdraw", runWithdraw}, {"person", runPerson}, {"recording", runRecording},
  };
  return runSubcommand(args, "consent", help, kSubcommands);
}

} // namespace spiegel::app
