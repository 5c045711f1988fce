// The Recall tab, preparing: sessions, their moments, the start and the record.
#include "gui/panels/recall/recall_panel.hpp"
#include "gui/panels/recall/recall_widgets.hpp"

#include "common/clock_text.hpp"
#include "common/edit_description.hpp"
#include "common/i18n.hpp"
#include "common/reflection_record.hpp"
#include "common/review_messages.hpp"
#include "gui/shell/people_widgets.hpp"
#include "gui/shell/test_layout.hpp"
#include "gui/shell/widgets.hpp"
#include "viewmodels/consent_model.hpp"

#include <spiegel/annotate/civil_date.hpp>
#include <spiegel/store/error.hpp>
#include <spiegel/store/package.hpp>

#include <imgui.h>
#include <imgui_stdlib.h>

#include <filesystem>
#include <memory>

namespace spiegel::app::gui {
namespace {
using recall_ui::name;
using recall_ui::report;

// The purposes a recall session is held for.
constexpr annotate::Purpose kPurposes[] = {annotate::Purpose::Recall, annotate::Purpose::Supervision,
                                           annotate::Purpose::Intervision, annotate::Purpose::Reflection};

std::string purposeName(annotate::Purpose p) { return annotate::purposeText(p).in(langCode()); }

// "3. 00:12.500 Engagement −" for a moment from a tag, the times for a stretch.
std::string momentLine(const review::Workspace &ws, const annotate::RecallMoment &m, std::size_t number) {
  std::string line = std::to_string(number) + ". " + (m.start == m.end ? clockText(m.start) : clockSpan(m.start, m.end));
  if (const annotate::Annotation *tag = m.tag.empty() ? nullptr : ws.tags().find(m.tag))
    line += "  " + elementText(ws.codebook(), tag->element) +
            (tag->valence == annotate::Valence::Negative ? " \xE2\x88\x92" : " +");
  if (m.kind == annotate::MomentKind::Micro)
    line += tr("  (micro-moment)", "  (micromoment)");
  return line;
}

std::string sessionLine(const annotate::RecallSession &s, std::size_t moments) {
  std::string line = s.title.empty() ? std::string(tr("Recall session", "Terugkijksessie")) : s.title;
  line += " \xC2\xB7 " + std::to_string(moments) + (moments == 1 ? tr(" moment", " moment") : tr(" moments", " momenten"));
  line += " \xC2\xB7 " + (s.heldOn.empty() ? std::string(tr("not held yet", "nog niet gehouden"))
                                          : std::string(tr("held on ", "gehouden op ")) + s.heldOn);
  return line;
}

// Seconds as typed in a roll field, in microseconds (0 to 60 s).
annotate::Micros fromSeconds(float s) { return static_cast<annotate::Micros>(std::clamp(s, 0.0f, 60.0f) * 1e6f); }
} // namespace

std::string RecallPanel::title() const { return tr("Recall", "Terugkijken"); }

void RecallPanel::draw(AppState &state) {
  if (!state.workspace)
    return;
  if (m_run) {
    drawRun(state);
    return;
  }
  drawSessions(state);
}

void RecallPanel::drawSessions(AppState &state) {
  review::Workspace &ws = *state.workspace;
  const auto sessions = ws.recallSessions(); // a copy: an edit below rebuilds the list
  if (!m_selected.empty() && ws.recallSession(m_selected) == nullptr)
    m_selected.clear();
  if (m_selected.empty() && !sessions.empty())
    m_selected = sessions.back().id;
  if (sessions.empty())
    wrappedText(tr("Replay chosen moments with the person who was filmed: the recording stops by itself at each "
                   "moment, you ask an open question and keep the answer. Start with a new session.",
                   "Kijk gekozen momenten terug met wie er gefilmd is: de opname stopt vanzelf bij elk moment, je "
                   "stelt een open vraag en houdt het antwoord vast. Begin met een nieuwe sessie."));
  for (const auto &s : sessions) {
    ImGui::PushID(s.id.c_str());
    if (ImGui::Selectable(sessionLine(s, ws.recallMoments(s.id).size()).c_str(), s.id == m_selected)) {
      m_selected = s.id;
      m_refused.clear(); // said of the session shown before
    }
    ImGui::PopID();
  }
  if (TestLayout *tl = testLayout())
    tl->value("recall.sessions", static_cast<double>(sessions.size()));
  const bool canEdit = !ws.readOnly();
  ImGui::BeginDisabled(!canEdit);
  if (ImGui::Button(tr("New session", "Nieuwe sessie"))) {
    const std::string title = std::string(tr("Recall session ", "Terugkijksessie ")) +
                              annotate::formatCivilDate(viewmodels::localToday());
    const auto made = ws.newRecallSession(title, annotate::Purpose::Recall);
    report(state, made.error);
    if (made)
      m_selected = *made.value;
  }
  name("recall.new");
  ImGui::EndDisabled();
  if (const annotate::RecallSession *s = m_selected.empty() ? nullptr : ws.recallSession(m_selected)) {
    ImGui::Separator();
    drawSession(state, annotate::RecallSession(*s));
  }
}

void RecallPanel::drawSession(AppState &state, const annotate::RecallSession &s) {
  review::Workspace &ws = *state.workspace;
  annotate::RecallSession edited = s;
  ImGui::SetNextItemWidth(-1.0f);
  if (ImGui::InputText("##recalltitle", &edited.title) && edited.title != s.title)
    report(state, ws.editRecallSession(edited));
  name("recall.title");
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12.0f);
  if (ImGui::BeginCombo(tr("Purpose", "Doel"), purposeName(s.purpose).c_str())) {
    for (annotate::Purpose p : kPurposes)
      if (ImGui::Selectable(purposeName(p).c_str(), p == s.purpose) && p != s.purpose) {
        edited.purpose = p;
        report(state, ws.editRecallSession(edited));
      }
    ImGui::EndCombo();
  }
  itemTooltip(tr("What the session is for: the family's consent is checked for it before the session starts",
                 "Waarvoor de sessie is: de toestemming van het gezin wordt ervoor nagekeken voordat de sessie begint"));
  const bool hasMoments = !ws.recallMoments(s.id).empty();
  ImGui::BeginDisabled(!hasMoments || !state.session || ws.readOnly());
  if (ImGui::Button(tr("Start the session", "De sessie beginnen")))
    start(state, s);
  name("recall.start");
  ImGui::EndDisabled();
  itemTooltip(tr("Plays each moment from its pre-roll and stops at it. Space goes on, N / P go to the next or "
                 "previous moment, Shift+Space pauses as the one asking.",
                 "Speelt elk moment vanaf de aanloop en stopt erbij. Spatie gaat verder, N / P gaan naar het "
                 "volgende of vorige moment, Shift+Spatie pauzeert als degene die vraagt."));
  ImGui::SameLine();
  if (ImGui::Button(tr("Reflection record\xE2\x80\xA6", "Reflectieverslag\xE2\x80\xA6"))) {
    m_exportSession = s.id;
    const std::string stem = std::filesystem::path(ws.projectPath()).stem().string();
    state.events.push(ShowBrowser{.what = BrowseFor::SaveFile,
                                  .saveFor = SaveFor::ReflectionRecord,
                                  .fileName = stem + tr("-reflection.pdf", "-reflectie.pdf")});
  }
  name("recall.record");
  itemTooltip(tr("The record of this session for your SKJ registration, as PDF (or HTML: end the name with .html)",
                 "Het verslag van deze sessie voor je SKJ-registratie, als PDF (of HTML: laat de naam op .html "
                 "eindigen)"));
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.85f, 0.35f, 0.25f, 1.0f));
  for (const auto &why : m_refused)
    wrappedText(why.c_str());
  ImGui::PopStyleColor();
  ImGui::Separator();
  drawAddMoments(state, s);
  drawMoments(state, s);
  ImGui::Spacing();
  ImGui::BeginDisabled(ws.readOnly());
  if (ImGui::SmallButton(tr("Delete this session", "Deze sessie verwijderen")))
    report(state, ws.deleteRecallSession(s.id)); // undoable like every edit
  ImGui::EndDisabled();
}

void RecallPanel::drawMoments(AppState &state, const annotate::RecallSession &s) {
  review::Workspace &ws = *state.workspace;
  const auto moments = ws.recallMoments(s.id);
  ImGui::Text("%s", tr("Moments", "Momenten"));
  if (moments.empty())
    hintText(tr("No moments yet: add them with the buttons above.", "Nog geen momenten: voeg ze toe met de knoppen hierboven."));
  for (std::size_t i = 0; i < moments.size(); ++i) {
    const auto &m = moments[i];
    ImGui::PushID(m.id.c_str());
    if (ImGui::SmallButton("\xE2\x86\x91"))
      report(state, ws.moveRecallMoment(m.id, -1));
    ImGui::SameLine();
    if (ImGui::SmallButton("\xE2\x86\x93"))
      report(state, ws.moveRecallMoment(m.id, +1));
    ImGui::SameLine();
    if (ImGui::SmallButton("\xC3\x97"))
      report(state, ws.removeRecallMoment(m.id));
    itemTooltip(tr("Take this moment out of the session (the tag stays)",
                   "Dit moment uit de sessie halen (de tag blijft)"));
    ImGui::SameLine();
    if (ImGui::Selectable(momentLine(ws, m, i + 1).c_str(), m.id == m_selectedMoment))
      m_selectedMoment = m.id == m_selectedMoment ? annotate::Uuid() : m.id;
    if (m.id == m_selectedMoment) {
      annotate::RecallMoment edited = m;
      float pre = static_cast<float>(m.preRoll) / 1e6f, post = static_cast<float>(m.postRoll) / 1e6f;
      ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6.0f);
      if (ImGui::InputFloat(tr("s before", "s ervoor"), &pre, 1.0f, 5.0f, "%.0f"))
        edited.preRoll = fromSeconds(pre);
      ImGui::SameLine();
      ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6.0f);
      if (ImGui::InputFloat(tr("s after", "s erna"), &post, 1.0f, 5.0f, "%.0f"))
        edited.postRoll = fromSeconds(post);
      ImGui::SetNextItemWidth(-1.0f);
      ImGui::InputTextWithHint("##lead", tr("The question to ask here (optional)", "De vraag die je hier stelt (mag leeg)"),
                               &edited.prompt);
      name("recall.moment_prompt");
      if (!(edited == m))
        report(state, ws.editRecallMoment(edited));
    }
    ImGui::PopID();
  }
  if (TestLayout *tl = testLayout())
    tl->value("recall.moments", static_cast<double>(moments.size()));
}

void RecallPanel::drawAddMoments(AppState &state, const annotate::RecallSession &s) {
  review::Workspace &ws = *state.workspace;
  ImGui::BeginDisabled(ws.readOnly());
  const auto add = [&](std::vector<annotate::RecallMoment> moments) {
    const auto added = ws.addRecallMoments(s.id, std::move(moments));
    report(state, added.error);
    if (added)
      state.notify(std::to_string(*added.value) + tr(" moments added to the session (Ctrl+Z undoes it)",
                                                      " momenten aan de sessie toegevoegd (Ctrl+Z maakt het ongedaan)"));
  };
  if (ImGui::Button(tr("Add the tags shown", "De getoonde tags toevoegen")))
    add(annotate::momentsFromTags(ws.tags().all(), state.tagList.filter(), ws.codebook(), {}));
  name("recall.add_tags");
  itemTooltip(tr("Every tag that the Tags tab's filter shows now (say every negative Safety tag), in time order",
                 "Elke tag die het filter van het tabblad Tags nu toont (bijvoorbeeld elke negatieve tag Veiligheid), "
                 "op volgorde van tijd"));
  ImGui::SameLine();
  const annotate::Annotation *tag = state.selectedTag ? ws.tags().find(*state.selectedTag) : nullptr;
  ImGui::BeginDisabled(tag == nullptr);
  if (ImGui::Button(tr("Add the selected tag", "De gekozen tag toevoegen")) && tag != nullptr) {
    annotate::TagFilter only;
    auto all = annotate::momentsFromTags(std::span<const annotate::Annotation>(tag, 1), only, ws.codebook(), {});
    add(std::move(all));
  }
  ImGui::EndDisabled();
  const auto &st = state.session ? state.session->state : media::PlayerState{};
  ImGui::BeginDisabled(!(st.loopA && st.loopB));
  if (ImGui::Button(tr("Add the A\xE2\x80\x93" "B loop", "De A\xE2\x80\x93" "B-lus toevoegen")) && st.loopA && st.loopB) {
    annotate::RecallMoment m;
    m.start = std::min(*st.loopA, *st.loopB);
    m.end = std::max(*st.loopA, *st.loopB);
    m.kind = m.end - m.start <= annotate::kMicroMomentMax ? annotate::MomentKind::Micro : annotate::MomentKind::Span;
    add({m});
  }
  ImGui::EndDisabled();
  itemTooltip(tr("A stretch marked by hand: set A and B on the timeline first (the L key)",
                 "Een stuk dat je zelf markeert: zet eerst A en B op de tijdlijn (de toets L)"));
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5.0f);
  ImGui::InputFloat(tr("min every", "min om de"), &m_sampleLength, 0.0f, 0.0f, "%.0f");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5.0f);
  ImGui::InputFloat(tr("min##every", "min##every"), &m_sampleEvery, 0.0f, 0.0f, "%.0f");
  ImGui::SameLine();
  if (ImGui::Button(tr("Add time sampling", "Tijdsteekproef toevoegen"))) {
    const auto minutes = [](float m) { return static_cast<annotate::Micros>(std::max(m, 0.0f) * 60e6f); };
    add(annotate::sampledMoments(st.duration, minutes(m_sampleEvery), minutes(m_sampleLength), {}));
  }
  ImGui::EndDisabled();
}

// The consent check for the session's purpose, then the day held and the run.
void RecallPanel::start(AppState &state, const annotate::RecallSession &s) {
  review::Workspace &ws = *state.workspace;
  const auto verdict = ws.consentForRecall(s, viewmodels::localToday());
  m_refused.clear();
  if (!verdict.allowed()) {
    m_refused = viewmodels::consentReasons(ws, verdict);
    m_refused.insert(m_refused.begin(),
                     std::string(tr("This session cannot start: there is no consent for ",
                                    "Deze sessie kan niet beginnen: er is geen toestemming voor ")) +
                         purposeName(s.purpose) +
                         tr(". Record it in the Consent tab, or choose another purpose.",
                            ". Leg die vast in het tabblad Toestemming, of kies een ander doel."));
    return;
  }
  annotate::RecallSession held = s;
  held.heldOn = annotate::formatCivilDate(viewmodels::localToday());
  if (held.heldOn != s.heldOn)
    report(state, ws.editRecallSession(held));
  m_run.emplace(s.id, ws.recallMoments(s.id), state.session->state.duration);
  m_seenRevision = ws.revision();
  m_pause.clear();
  m_startedAt = std::chrono::steady_clock::now();
  state.mode = keymap::Mode::Recall;
  apply(state, m_run->start());
}

void RecallPanel::onEvent(AppState &state, const Event &e) {
  const auto *chosen = std::get_if<SaveFileChosen>(&e);
  if (chosen == nullptr || !state.workspace)
    return;
  if (chosen->what == SaveFor::ReflectionSeries)
    m_exportSession.reset();
  if (chosen->what == SaveFor::ReflectionRecord || chosen->what == SaveFor::ReflectionSeries)
    exportRecord(state, chosen->path);
}

// Built from the project here (UI thread), its stills decoded and the file
// written on a worker; the export is audited when it is written.
void RecallPanel::exportRecord(AppState &state, const std::string &path) {
  const auto format = recordFormatOf(path);
  if (!format) {
    state.events.push(ShowError{std::string(tr("The record is written as .pdf or .html, not ",
                                               "Het verslag wordt geschreven als .pdf of .html, niet als ")) +
                                std::filesystem::path(path).filename().string() +
                                tr(": end the name with one of those.", ": laat de naam op een van die twee eindigen.")});
    return;
  }
  review::Workspace &ws = *state.workspace;
  auto built = buildReflectionRecord(ws.project(), m_exportSession,
                                     annotate::formatCivilDate(viewmodels::localToday()));
  if (built.problem != RecordProblem::None) {
    state.events.push(ShowError{tr("There is no recall session to write a record of.",
                                   "Er is geen terugkijksessie om een verslag van te maken.")});
    return;
  }
  auto record = std::make_shared<ReflectionRecord>(std::move(built.record));
  m_export = state.tasks.submit([record, path, fmt = *format, session = m_exportSession, &state](tasks::TaskContext &ctx) {
    const auto stills = makeStills(*record);
    try {
      store::writeTextFile(path, renderRecord(*record, stills, fmt));
    } catch (const std::exception &err) {
      ctx.post([&state, message = std::string(err.what()), path] {
        state.events.push(ShowError{std::string(tr("Could not write the reflection record to ",
                                                   "Kon het reflectieverslag niet schrijven naar ")) +
                                    path + " (" + message + tr("). Check the folder and the free space.",
                                                               "). Controleer de map en de vrije ruimte.")});
      });
      return;
    }
    ctx.post([&state, path, detail = recordAuditDetail(*record, stills, session)] {
      if (state.workspace && !state.workspace->readOnly()) {
        try {
          state.workspace->project().logAudit("export", "reflection record " + path, detail);
        } catch (const store::StoreError &) {
          // the record is written; a log that cannot be written says so at its next check
        }
      }
      state.notify(tr("Wrote the reflection record to ", "Het reflectieverslag staat in ") + path);
    });
  });
}

} // namespace spiegel::app::gui
