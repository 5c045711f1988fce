// The Recall tab, running a session: RecallRun's orders carried out on the
// player and the workspace, the pause's question and answers, the closing form.
#include "gui/panels/recall/recall_panel.hpp"
#include "gui/panels/recall/recall_widgets.hpp"

#include "common/assets.hpp"
#include "common/clock_text.hpp"
#include "common/i18n.hpp"
#include "common/review_messages.hpp"
#include "gui/shell/actions.hpp"
#include "gui/shell/keymap_input.hpp"
#include "gui/shell/people_widgets.hpp"
#include "gui/shell/test_layout.hpp"
#include "gui/shell/widgets.hpp"

#include <spiegel/store/error.hpp>
#include <spiegel/store/recall_assets_json.hpp>

#include <imgui.h>
#include <imgui_stdlib.h>

namespace spiegel::app::gui {
namespace {
using viewmodels::RecallPhase;

using recall_ui::name;
using recall_ui::report;

const char *phaseText(RecallPhase p) {
  switch (p) {
  case RecallPhase::Approaching: return tr("Playing towards the moment", "Speelt naar het moment toe");
  case RecallPhase::AtMoment: return tr("Stopped at the moment", "Gestopt bij het moment");
  case RecallPhase::Held: return tr("Paused", "Gepauzeerd");
  case RecallPhase::PostRoll: return tr("Playing on after the moment", "Speelt door na het moment");
  case RecallPhase::Closing: return tr("Every moment has been played", "Alle momenten zijn gespeeld");
  }
  return "";
}

const char *phaseKey(RecallPhase p) {
  switch (p) {
  case RecallPhase::Approaching: return "approaching";
  case RecallPhase::AtMoment: return "at_moment";
  case RecallPhase::Held: return "held";
  case RecallPhase::PostRoll: return "post_roll";
  case RecallPhase::Closing: return "closing";
  }
  return "";
}

// A multi-line field that saves into `text` when it changed; true then.
bool textBox(const char *id, const char *hint, std::string &text, float lines) {
  ImGui::TextUnformatted(hint);
  return ImGui::InputTextMultiline(id, &text, ImVec2(-1.0f, ImGui::GetTextLineHeight() * lines));
}
} // namespace

const annotate::PromptBank &RecallPanel::bank() {
  if (!m_bank) {
    m_bank.emplace();
    try {
      const std::string file = promptBankFile();
      if (!file.empty())
        *m_bank = store::loadPromptBank(file);
    } catch (const store::StoreError &e) {
      m_bankError = e.what(); // the session runs with free questions only
    }
  }
  return *m_bank;
}

void RecallPanel::apply(AppState &state, const viewmodels::RecallOrder &order) {
  review::Workspace &ws = *state.workspace;
  if (order.record) {
    const auto made = ws.pauseRecall(m_run->session(), order.moment, order.at, *order.record, order.prompt);
    report(state, made.error);
    if (made)
      m_pause = *made.value;
  }
  if (order.pause)
    actions::setPlaying(state, false);
  if (order.seek)
    actions::seekTo(state, *order.seek, media::SeekMode::Exact);
  if (order.play)
    actions::setPlaying(state, true);
}

void RecallPanel::stop(AppState &state) {
  m_run.reset();
  m_pause.clear();
  state.mode = keymap::Mode::Reviewing;
  actions::setPlaying(state, false);
}

void RecallPanel::handleTabKeys(AppState &state) {
  if (!m_run)
    return;
  if (!state.workspace || !state.session || state.workspace->recallSession(m_run->session()) == nullptr) {
    stop(state); // the project closed, or the session was deleted (or undone)
    return;
  }
  const auto &st = state.session->state;
  if (state.workspace->revision() != m_seenRevision) { // an edit (or undo) may have changed the moments
    m_seenRevision = state.workspace->revision();
    m_run->setMoments(state.workspace->recallMoments(m_run->session()));
  }
  using keymap::Action;
  keymap::Presses keys(state, {Action::RecallContinue, Action::RecallInquirerPause, Action::RecallMoment});
  while (const auto p = keys.next()) {
    switch (p->action) {
    case Action::RecallContinue: apply(state, m_run->proceed(st.playing, st.position)); break;
    case Action::RecallInquirerPause: apply(state, m_run->personPause(annotate::PausedBy::Inquirer, st.position)); break;
    case Action::RecallMoment: apply(state, m_run->jump(p->arg)); break;
    default: break;
    }
  }
  apply(state, m_run->tick(st.position, st.playing, st.seeking));
  if (st.playing)
    state.animating = true; // the run watches the playhead every frame
}

void RecallPanel::drawRun(AppState &state) {
  const RecallPhase phase = m_run->phase();
  if (TestLayout *tl = testLayout()) {
    tl->value("recall.phase", phaseKey(phase));
    tl->value("recall.index", static_cast<double>(m_run->index()));
    tl->value("recall.pause", m_pause);
  }
  if (phase == RecallPhase::Closing) {
    drawClosing(state);
    return;
  }
  const annotate::RecallMoment *m = m_run->moment();
  ImGui::Text("%s %zu %s %zu", tr("Moment", "Moment"), m_run->index() + 1, tr("of", "van"), m_run->count());
  if (m != nullptr) {
    ImGui::SameLine();
    ImGui::TextDisabled("%s", (m->start == m->end ? clockText(m->start) : clockSpan(m->start, m->end)).c_str());
  }
  hintText(phaseText(phase));
  const bool paused = phase == RecallPhase::AtMoment || phase == RecallPhase::Held;
  if (ImGui::Button(paused ? tr("Continue (Space)", "Verder (spatie)") : tr("Pause (Space)", "Pauzeren (spatie)")))
    apply(state, m_run->proceed(state.session->state.playing, state.session->state.position));
  name("recall.continue");
  ImGui::SameLine();
  if (ImGui::Button(tr("Previous (P)", "Vorige (P)")))
    apply(state, m_run->jump(-1));
  name("recall.previous");
  ImGui::SameLine();
  if (ImGui::Button(tr("Next (N)", "Volgende (N)")))
    apply(state, m_run->jump(+1));
  name("recall.next");
  if (!paused) {
    ImGui::BeginDisabled(!state.session->state.playing);
    if (ImGui::Button(tr("Pause as the one asking (Shift+Space)", "Pauzeren als vragensteller (Shift+spatie)")))
      apply(state, m_run->personPause(annotate::PausedBy::Inquirer, state.session->state.position));
    ImGui::EndDisabled();
  }
  ImGui::Separator();
  if (paused && !m_pause.empty())
    drawPause(state);
  ImGui::Spacing();
  if (ImGui::SmallButton(tr("End the session now", "De sessie nu afsluiten")))
    apply(state, m_run->finish());
  name("recall.end");
}

// The pause just made: the question asked (bank or typed), the answer and
// the notes for later. Each field saves as it is typed (one undo step).
void RecallPanel::drawPause(AppState &state) {
  review::Workspace &ws = *state.workspace;
  const annotate::RecallPause *found = ws.recallPause(m_pause);
  if (found == nullptr) {
    m_pause.clear();
    return;
  }
  annotate::RecallPause p = *found;
  const annotate::RecallMoment *m = m_run->moment();
  std::string element;
  if (m != nullptr && !m->tag.empty())
    if (const auto *tag = ws.tags().find(m->tag))
      element = tag->element;
  ImGui::TextUnformatted(tr("Question", "Vraag"));
  ImGui::SetNextItemWidth(-1.0f);
  if (ImGui::BeginCombo("##bank", tr("Choose an open question\xE2\x80\xA6", "Kies een open vraag\xE2\x80\xA6"))) {
    const auto leads = bank().promptsFor(element);
    for (std::size_t i = 0; i < leads.size(); ++i) {
      const std::string &text = leads[i].text.in(langCode());
      if (ImGui::Selectable(text.c_str(), text == p.prompt))
        p.prompt = text;
      if (TestLayout *tl = testLayout())
        tl->lastItem("recall.bank." + std::to_string(i));
    }
    ImGui::EndCombo();
  }
  name("recall.bank");
  if (!m_bankError.empty())
    hintText(m_bankError.c_str());
  ImGui::SetNextItemWidth(-1.0f);
  ImGui::InputTextWithHint("##prompt", tr("or type your own question", "of typ je eigen vraag"), &p.prompt);
  name("recall.prompt");
  textBox("##answer", tr("What was said", "Wat er gezegd is"), p.answer, 4.0f);
  name("recall.answer");
  textBox("##later", tr("For later (interpretations, kept apart)", "Voor later (interpretaties, apart gehouden)"),
          p.forLater, 2.0f);
  name("recall.for_later");
  if (!(p == *found))
    report(state, ws.editRecallPause(p));
}

void RecallPanel::drawClosing(AppState &state) {
  review::Workspace &ws = *state.workspace;
  const annotate::RecallSession *found = ws.recallSession(m_run->session());
  if (found == nullptr)
    return;
  annotate::RecallSession s = *found;
  if (s.minutes == 0) {
    const auto spent = std::chrono::duration_cast<std::chrono::minutes>(std::chrono::steady_clock::now() - m_startedAt);
    s.minutes = std::max<int>(1, static_cast<int>(spent.count()));
  }
  ImGui::TextUnformatted(tr("Closing the session", "De sessie afsluiten"));
  textBox("##lessons", tr("Lessons learned", "Geleerde lessen"), s.lessons, 3.0f);
  name("recall.lessons");
  textBox("##technical", tr("Technical-instrumental: what did you do, and how?",
                            "Technisch-instrumenteel: wat deed je, en hoe?"),
          s.technical, 2.0f);
  name("recall.technical");
  textBox("##normative", tr("Normative: what was right to do, and why?", "Normatief: wat was juist om te doen, en waarom?"),
          s.normative, 2.0f);
  name("recall.normative");
  textBox("##personal", tr("Personal: what did it do to you?", "Persoonlijk: wat deed het met jou?"), s.personal, 2.0f);
  name("recall.personal");
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8.0f);
  ImGui::InputInt(tr("minutes", "minuten"), &s.minutes);
  s.minutes = std::clamp(s.minutes, 0, 24 * 60);
  name("recall.minutes");
  if (!(s == *found))
    report(state, ws.editRecallSession(s));
  if (ImGui::Button(tr("Back to the last moment", "Terug naar het laatste moment")))
    m_run->reopen();
  ImGui::SameLine();
  if (ImGui::Button(tr("Finish", "Afronden"))) {
    state.notify(tr("The session is kept in the project. Its record: the Recall tab or File \xE2\x96\xB8 Export.",
                    "De sessie staat in het project. Het verslag: het tabblad Terugkijken of Bestand \xE2\x96\xB8 Exporteren."));
    stop(state);
  }
  name("recall.finish");
}

} // namespace spiegel::app::gui
