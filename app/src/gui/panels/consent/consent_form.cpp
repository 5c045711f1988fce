// The Consent tab's form below the grid (consent_panel.hpp): for the chosen
// person and purpose, every party whose answer is needed today with the
// answer on record and buttons to record a new one; the scope fields that
// go with it; and the person's age and custody facts.
#include "gui/panels/consent/consent_panel.hpp"

#include "common/i18n.hpp"
#include "common/review_messages.hpp"
#include "gui/panels/consent/consent_look.hpp"
#include "gui/shell/people_widgets.hpp"
#include "gui/shell/test_layout.hpp"
#include "gui/shell/widgets.hpp"
#include "viewmodels/consent_model.hpp"

#include "spiegel/annotate/civil_date.hpp"

#include <imgui.h>

#include <algorithm>

namespace spiegel::app::gui {
namespace {

using annotate::AgeBand;
using annotate::ConsentState;
using annotate::Participant;

constexpr AgeBand kBands[] = {AgeBand::Unknown, AgeBand::Under12, AgeBand::From12To15, AgeBand::From16};

annotate::ConsentFacts factsOf(const review::Workspace &ws) {
  return {.people = ws.participants(),
          .consents = ws.consents(),
          .recording = ws.recording().id,
          .recordedOn = annotate::parseCivilDate(ws.recording().recordedOn)};
}

// A minor (or a child whose age is not known) needs the custodial parents too.
bool needsParents(const Participant &p, AgeBand band) {
  return p.kind == annotate::ParticipantKind::FamilyMember && band != AgeBand::From16;
}

// What is on record for one party, in a few words.
std::string recordText(const annotate::Consent *c) {
  if (c == nullptr)
    return tr("not recorded", "niet vastgelegd");
  switch (c->state) {
  case ConsentState::Given: {
    std::string s = tr("agreed on ", "ingestemd op ") + c->givenOn;
    if (!c->faceVisible)
      s += tr(", face not to be seen", ", gezicht niet in beeld");
    if (!c->expires.empty())
      s += tr(", until ", ", tot ") + c->expires;
    return s;
  }
  case ConsentState::Refused: return tr("refused on ", "geweigerd op ") + c->givenOn;
  case ConsentState::Withdrawn: return tr("withdrawn on ", "ingetrokken op ") + c->withdrawnOn;
  }
  return {};
}

// A day typed in a field: "" stays "", anything else must be a day.
std::optional<std::string> dayField(const char *text) {
  const std::string s(text);
  if (s.empty())
    return s;
  if (!annotate::parseCivilDate(s))
    return std::nullopt;
  return s;
}

std::string notADay(const char *text) {
  return "\"" + std::string(text) +
         tr("\" is not a day: write it as YYYY-MM-DD, e.g. 2026-12-03.",
            "\" is geen dag: schrijf die als JJJJ-MM-DD, bijvoorbeeld 2026-12-03.");
}

} // namespace

void ConsentPanel::openForm(const review::Workspace &ws, const Cell &cell) {
  m_cell = cell;
  m_formOpened = true;
  m_form = {};
  const auto facts = factsOf(ws);
  const annotate::Consent *own = annotate::currentConsent(facts, cell.person, cell.person, cell.purpose);
  const auto recorded = annotate::parseCivilDate(ws.recording().recordedOn);
  const auto given = recorded.value_or(viewmodels::localToday());
  copyInto(m_form.givenOn, own != nullptr && !own->givenOn.empty() ? own->givenOn : annotate::formatCivilDate(given));
  if (own != nullptr) {
    copyInto(m_form.evidence, own->evidence);
    copyInto(m_form.audience, own->audience);
    copyInto(m_form.expires, own->expires);
    m_form.faceVisible = own->faceVisible;
  } else if (cell.purpose == annotate::Purpose::Teaching) { // at most five years (domain.md §5)
    copyInto(m_form.expires, annotate::formatCivilDate(annotate::addYears(given, 5)));
  }
  if (const Participant *p = ws.participant(cell.person)) {
    m_form.birthYear = p->birthYear;
    m_form.ageBand = static_cast<int>(std::find(std::begin(kBands), std::end(kBands), p->ageBand) - std::begin(kBands));
    m_form.custodians = p->custodians;
    copyInto(m_form.custodySource, p->custodySource);
    copyInto(m_form.custodyCheckedOn, p->custodyCheckedOn);
  }
}

void ConsentPanel::drawForm(AppState &state, review::Workspace &ws) {
  const Participant *person = ws.participant(m_cell->person);
  if (person == nullptr) { // removed meanwhile
    m_cell.reset();
    return;
  }
  const float em = ImGui::GetFontSize();
  ImGui::Text("%s · %s", personLabel(*person).c_str(), annotate::purposeText(m_cell->purpose).in(langCode()).c_str());
  ImGui::SameLine();
  if (ImGui::SmallButton(tr("Close##form", "Sluit##form")))
    m_cell.reset();
  if (auto *tl = testLayout())
    tl->lastItem("consent.form.close");
  if (!m_cell)
    return;
  const auto today = viewmodels::localToday();
  const AgeBand band = annotate::ageBandOn(*person, today);
  std::vector<const Participant *> parties{person};
  if (needsParents(*person, band))
    for (const auto &c : person->custodians)
      if (const Participant *parent = ws.participant(c))
        parties.push_back(parent);
  for (const Participant *party : parties)
    drawParty(state, ws, *person, *party);
  if (needsParents(*person, band) && person->custodians.empty())
    calmNote(tr("Record the custodial parents below: a minor's consent needs every one of them.",
                "Leg hieronder de gezagdragende ouders vast: voor een minderjarige is ieders toestemming nodig."));

  hintText(tr("With the next answer:", "Bij het volgende antwoord:"));
  const auto field = [&](const char *label, const char *id, Field &buf, float width, const char *tip) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(label);
    ImGui::SameLine(em * 6.0f);
    ImGui::SetNextItemWidth(em * width);
    ImGui::InputText(id, buf.data(), buf.size());
    itemTooltip(tip);
  };
  field(tr("given on", "gegeven op"), "##given", m_form.givenOn, 6.5f,
        tr("The day it was given: the day of recording. An earlier day (intake) is too general.",
           "De dag waarop die is gegeven: de dag van de opname. Een eerdere dag (intake) is te algemeen."));
  ImGui::SameLine();
  ImGui::TextUnformatted(tr("until", "tot"));
  ImGui::SameLine();
  dayInput("##expires", m_form.expires,
           tr("The last day the consent holds, as agreed. Empty: no end was named.",
              "De laatste dag dat de toestemming geldt, zoals afgesproken. Leeg: er is geen einde genoemd."),
           tr("no end", "geen einde"));
  field(tr("evidence", "bewijs"), "##evidence", m_form.evidence, 16.0f,
        tr("How it is evidenced, e.g. \"signed form in the dossier\".",
           "Hoe het is vastgelegd, bijvoorbeeld \"getekend formulier in het dossier\"."));
  field(tr("audience", "publiek"), "##audience", m_form.audience, 16.0f,
        tr("Who may see it, as told to the family (e.g. \"the training group\").",
           "Wie het mag zien, zoals aan het gezin verteld (bijvoorbeeld \"de opleidingsgroep\")."));
  ImGui::Checkbox(tr("the face may be seen", "het gezicht mag in beeld"), &m_form.faceVisible);
  itemTooltip(tr("Off: only uses in which this person is made unrecognisable are allowed.",
                 "Uit: alleen gebruik waarin deze persoon onherkenbaar is gemaakt, is toegestaan."));
  if (person->kind == annotate::ParticipantKind::FamilyMember) {
    ImGui::Separator();
    drawPersonFacts(state, ws, *person);
  }
}

void ConsentPanel::drawParty(AppState &state, review::Workspace &ws, const Participant &person,
                             const Participant &party) {
  const annotate::Consent *c = annotate::currentConsent(factsOf(ws), person.id, party.id, m_cell->purpose);
  const bool own = party.id == person.id;
  const AgeBand band = annotate::ageBandOn(person, viewmodels::localToday());
  ImGui::PushID(party.id.c_str());
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(personLabel(party).c_str());
  if (own && band == AgeBand::Under12)
    itemTooltip(tr("A child under 12: the child's assent, beside the parents' consent.",
                   "Een kind jonger dan 12: de instemming van het kind, naast de toestemming van de ouders."));
  else if (!own)
    itemTooltip(tr("A custodial parent.", "Een gezagdragende ouder."));
  ImGui::SameLine();
  const auto status = c == nullptr ? viewmodels::ConsentStatus::Missing
                      : c->state == ConsentState::Given ? viewmodels::ConsentStatus::Allowed
                      : c->state == ConsentState::Refused ? viewmodels::ConsentStatus::Refused
                                                          : viewmodels::ConsentStatus::Withdrawn;
  ImGui::PushStyleColor(ImGuiCol_Text, statusColour(status));
  wrappedText(recordText(c).c_str());
  ImGui::PopStyleColor();
  if (c != nullptr && !c->evidence.empty())
    itemTooltip((tr("Evidence: ", "Bewijs: ") + c->evidence + tr(" · written down by ", " · vastgelegd door ") +
                 c->recordedBy)
                    .c_str());
  ImGui::Indent(ImGui::GetFontSize());
  if (ImGui::SmallButton(tr("Agreed", "Ingestemd")))
    save(state, ws, person, party, ConsentState::Given);
  if (auto *tl = testLayout())
    tl->lastItem("consent.agreed." + party.role);
  itemTooltip(tr("Record that they agreed, with the fields below.",
                 "Leg vast dat ze hebben ingestemd, met de velden hieronder."));
  ImGui::SameLine();
  if (ImGui::SmallButton(tr("Refused", "Geweigerd")))
    save(state, ws, person, party, ConsentState::Refused);
  ImGui::SameLine();
  ImGui::BeginDisabled(c == nullptr || c->state != ConsentState::Given);
  if (ImGui::SmallButton(tr("Withdrawn", "Ingetrokken")))
    save(state, ws, person, party, ConsentState::Withdrawn);
  if (auto *tl = testLayout())
    tl->lastItem("consent.withdrawn." + party.role);
  ImGui::EndDisabled();
  itemTooltip(tr("They withdrew today: uses are blocked at once and the recording is marked for deletion.",
                 "Vandaag ingetrokken: het gebruik wordt meteen geblokkeerd en de opname wordt gemarkeerd om te "
                 "verwijderen."));
  ImGui::PopID();
}

void ConsentPanel::save(AppState &state, review::Workspace &ws, const Participant &person, const Participant &party,
                        ConsentState consentState) {
  const auto given = dayField(m_form.givenOn.data());
  const auto expires = dayField(m_form.expires.data());
  if (!given || given->empty()) {
    m_message = notADay(m_form.givenOn.data());
    return;
  }
  if (!expires) {
    m_message = notADay(m_form.expires.data());
    return;
  }
  const annotate::Consent *current = annotate::currentConsent(factsOf(ws), person.id, party.id, m_cell->purpose);
  annotate::Consent c = current != nullptr ? *current : annotate::Consent{};
  if (consentState == ConsentState::Withdrawn) {
    c.withdrawnOn = annotate::formatCivilDate(viewmodels::localToday());
  } else { // the record of (person, party, purpose) is updated; the audit log keeps its history
    c.withdrawnOn.clear();
    c.givenOn = *given;
    c.expires = *expires;
    c.evidence = m_form.evidence.data();
    c.audience = m_form.audience.data();
    c.faceVisible = m_form.faceVisible;
  }
  c.person = person.id;
  c.party = party.id;
  c.purpose = m_cell->purpose;
  c.state = consentState;
  const auto saved = ws.saveConsent(c);
  m_message = describe(saved.error);
  if (!saved.value)
    return;
  const std::string who = personLabel(party), what = annotate::purposeText(m_cell->purpose).in(langCode());
  const std::string forWhom = party.id == person.id ? std::string() : tr(" for ", " voor ") + personLabel(person);
  switch (consentState) {
  case ConsentState::Given:
    state.notify(tr("Recorded: ", "Vastgelegd: ") + who + tr(" agreed to ", " stemde in met ") + what + forWhom + ".");
    break;
  case ConsentState::Refused:
    state.notify(tr("Recorded: ", "Vastgelegd: ") + who + tr(" refused ", " weigerde ") + what + forWhom + ".");
    break;
  case ConsentState::Withdrawn:
    state.notify(who + tr(" withdrew consent for ", " trok de toestemming in voor ") + what + forWhom +
                 tr(": uses are blocked, the recording is marked for deletion.",
                    ": gebruik is geblokkeerd, de opname is gemarkeerd om te verwijderen."));
    break;
  }
}

void ConsentPanel::drawPersonFacts(AppState &state, review::Workspace &ws, const Participant &person) {
  const float em = ImGui::GetFontSize();
  hintText(tr("Age and custody decide whose consent is needed; they are checked again at every use.",
              "Leeftijd en gezag bepalen wiens toestemming nodig is; dat wordt bij elk gebruik opnieuw bekeken."));
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr("born in", "geboren in"));
  ImGui::SameLine(em * 6.0f);
  ImGui::SetNextItemWidth(em * 6.5f);
  ImGui::InputInt("##born", &m_form.birthYear, 0, 0);
  itemTooltip(tr("The year of birth is enough (0: not known). With only a year, the stricter age counts.",
                 "Het geboortejaar is genoeg (0: onbekend). Met alleen een jaar telt de strengere leeftijd."));
  ImGui::SameLine();
  ImGui::TextUnformatted(tr("or", "of"));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(em * 8.0f);
  const std::string preview =
      m_form.ageBand == 0 ? std::string(tr("age band", "leeftijdsgroep")) : viewmodels::ageBandText(kBands[m_form.ageBand]);
  if (ImGui::BeginCombo("##band", preview.c_str())) {
    for (int i = 0; i < 4; ++i)
      if (ImGui::Selectable(viewmodels::ageBandText(kBands[i]).c_str(), m_form.ageBand == i))
        m_form.ageBand = i;
    ImGui::EndCombo();
  }
  ImGui::TextUnformatted(tr("custodial parents", "gezagdragende ouders"));
  for (const auto &q : ws.participants()) {
    if (q.id == person.id || q.kind != annotate::ParticipantKind::FamilyMember)
      continue;
    bool on = std::find(m_form.custodians.begin(), m_form.custodians.end(), q.id) != m_form.custodians.end();
    ImGui::SameLine();
    if (ImGui::Checkbox((personLabel(q) + "##cust" + q.id).c_str(), &on)) {
      if (on)
        m_form.custodians.push_back(q.id);
      else
        std::erase(m_form.custodians, q.id);
    }
  }
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr("checked via", "nagegaan via"));
  ImGui::SameLine(em * 6.0f);
  ImGui::SetNextItemWidth(em * 8.0f);
  ImGui::InputTextWithHint("##source", tr("e.g. gezagsregister", "bijv. gezagsregister"), m_form.custodySource.data(),
                           m_form.custodySource.size());
  ImGui::SameLine();
  ImGui::TextUnformatted(tr("on", "op"));
  ImGui::SameLine();
  dayInput("##checked", m_form.custodyCheckedOn,
           tr("How and when custody (gezag) was checked, e.g. in the custody register.",
              "Hoe en wanneer het gezag is nagegaan, bijvoorbeeld in het gezagsregister."));
  if (ImGui::SmallButton(tr("Save age and custody", "Bewaar leeftijd en gezag"))) {
    const auto checked = dayField(m_form.custodyCheckedOn.data());
    if (!checked) {
      m_message = notADay(m_form.custodyCheckedOn.data());
      return;
    }
    if (m_form.birthYear != 0 && (m_form.birthYear < 1900 || m_form.birthYear > viewmodels::localToday().year)) {
      m_message = tr("The year of birth must be a year such as 2013 (or 0 when not known).",
                     "Het geboortejaar moet een jaartal zijn zoals 2013 (of 0 als het onbekend is).");
      return;
    }
    Participant q = person;
    q.birthYear = m_form.birthYear;
    q.ageBand = kBands[m_form.ageBand];
    q.custodians = m_form.custodians;
    q.custodySource = m_form.custodySource.data();
    q.custodyCheckedOn = *checked;
    const review::Status st = ws.updateParticipant(q);
    m_message = describe(st.error);
    if (st)
      state.notify(personLabel(q) + ": " + viewmodels::ageBandText(annotate::ageBandOn(q, viewmodels::localToday())) +
                   tr(" (Ctrl+Z undoes it).", " (Ctrl+Z maakt het ongedaan)."));
  }
}

} // namespace spiegel::app::gui
