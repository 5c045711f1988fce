#include "gui/panels/people/round_section.hpp"

#include "common/i18n.hpp"
#include "common/review_messages.hpp"
#include "common/round_text.hpp"
#include "gui/shell/app_state.hpp"
#include "gui/shell/people_widgets.hpp"
#include "gui/shell/test_layout.hpp"
#include "gui/shell/widgets.hpp"
#include "spiegel/annotate/round.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <sstream>

namespace spiegel::app::gui {

namespace {
constexpr float kDialogEm = 30.0f;

void mark(const char *name) {
  if (TestLayout *tl = testLayout())
    tl->lastItem(name);
}
} // namespace

void drawRoundSection(AppState &state) {
  const review::Workspace &ws = *state.workspace;
  const annotate::CodingRound *round = ws.round();
  if (round == nullptr) {
    ImGui::BeginDisabled(ws.readOnly());
    if (ImGui::Button(tr("Start a coding round\xE2\x80\xA6", "Codeerronde starten\xE2\x80\xA6")))
      state.events.push(AskRound{false});
    mark("round.start");
    ImGui::EndDisabled();
    itemTooltip(tr("A group codes this recording, each on their own, and compares afterwards.",
                   "Een groep codeert deze opname, ieder voor zich, en vergelijkt daarna."));
    return;
  }
  const auto &view = ws.roundView();
  wrappedText(roundStatusText(*round, view).c_str());
  if (TestLayout *tl = testLayout()) {
    tl->value("round.done", static_cast<double>(view.status().done));
    tl->value("round.expected", static_cast<double>(view.status().expected));
    tl->value("round.revealed", view.status().iRevealed ? 1.0 : 0.0);
  }
  hintText(roundYouText(view).c_str());
  if (!view.status().iRevealed && ws.identity()) {
    ImGui::BeginDisabled(ws.readOnly());
    if (ImGui::Button(tr("I am done: reveal my coding\xE2\x80\xA6", "Ik ben klaar: mijn codering laten zien\xE2\x80\xA6")))
      state.events.push(AskRound{true});
    mark("round.reveal");
    ImGui::EndDisabled();
    itemTooltip(roundBlindExplained().c_str());
  }
}

void RoundDialog::onEvent(AppState &state, const Event &e) {
  const auto *ask = std::get_if<AskRound>(&e);
  if (ask == nullptr || !state.workspace)
    return;
  if (ask->reveal) {
    m_revealing = true;
    return;
  }
  review::Workspace &ws = *state.workspace;
  m_starting = true;
  m_blind = true;
  m_more.clear();
  m_names.clear();
  const auto me = ws.identity() ? ws.identity()->id : annotate::Uuid();
  for (const auto &r : ws.project().reviewers())
    if (!annotate::isConsensus(r) && !r.gold && r.profile != me)
      m_names.push_back(ws.reviewerNames().at(r.id));
  m_chosen.assign(m_names.size(), 1);
}

void RoundDialog::draw(AppState &state) {
  if (!state.workspace) {
    m_starting = m_revealing = false;
    return;
  }
  drawStart(state);
  drawReveal(state);
}

void RoundDialog::finish(AppState &state, const review::Status &st) {
  m_starting = m_revealing = false;
  ImGui::CloseCurrentPopup();
  if (!st)
    state.events.push(ShowError{describe(st.error), {}});
}

void RoundDialog::drawStart(AppState &state) {
  if (!beginQueuedModal("###round-start", tr("Start a coding round", "Codeerronde starten"), m_starting, kDialogEm))
    return;
  ImGui::Checkbox(tr("Blind: each sees only their own work until they reveal",
                     "Blind: ieder ziet alleen het eigen werk tot die het laat zien"),
                  &m_blind);
  mark("round.blind");
  hintText(roundBlindExplained().c_str());
  ImGui::Spacing();
  if (!m_names.empty())
    ImGui::TextUnformatted(tr("Who takes part:", "Wie doen er mee:"));
  for (std::size_t i = 0; i < m_names.size(); ++i) {
    bool on = m_chosen[i] != 0;
    ImGui::PushID(static_cast<int>(i));
    if (ImGui::Checkbox(m_names[i].c_str(), &on))
      m_chosen[i] = on ? 1 : 0;
    ImGui::PopID();
  }
  ImGui::TextUnformatted(m_names.empty() ? tr("Who takes part (names, with commas):", "Wie doen er mee (namen, met komma's):")
                                         : tr("Others, by name (with commas):", "Anderen, op naam (met komma's):"));
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * kDialogEm);
  ImGui::InputText("##round-more", &m_more);
  mark("round.more");
  const int clicked = dialogButtons(
      kDialogEm, {{tr("Start", "Starten"), tr("Start the round now.", "Start de ronde nu."), true, "round.go"},
                  {tr("Cancel", "Annuleren"), tr("Start no round.", "Geen ronde starten."), true, nullptr}});
  if (clicked == 0) {
    std::vector<std::string> members;
    for (std::size_t i = 0; i < m_names.size(); ++i)
      if (m_chosen[i] != 0)
        members.push_back(m_names[i]);
    std::stringstream more(m_more);
    for (std::string name; std::getline(more, name, ',');)
      members.push_back(name);
    finish(state, state.workspace->startRound(m_blind, members));
  } else if (clicked == 1) {
    finish(state, review::Status::ok());
  }
  endQueuedModal();
}

void RoundDialog::drawReveal(AppState &state) {
  if (!beginQueuedModal("###round-reveal", tr("Reveal your coding", "Je codering laten zien"), m_revealing, kDialogEm))
    return;
  ImGui::TextWrapped("%s", revealConfirmText().c_str());
  const int clicked = dialogButtons(
      kDialogEm, {{tr("Reveal", "Laten zien"),
                   tr("I am done: show my coding to the group.", "Ik ben klaar: laat mijn codering aan de groep zien."),
                   true, "round.reveal.confirm"},
                  {tr("Not yet", "Nog niet"), tr("Keep coding on your own.", "Codeer verder voor jezelf."), true,
                   nullptr}});
  if (clicked == 0)
    finish(state, state.workspace->reveal());
  else if (clicked == 1)
    finish(state, review::Status::ok());
  endQueuedModal();
}

} // namespace spiegel::app::gui
